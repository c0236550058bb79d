using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Core.Records;

/// <summary>A record type that is part of another (a deployment's watchlist categories and alerts, a system's
/// accuracy evaluations...): shown on its owner's page, and handled as its owner is.</summary>
/// <param name="Part">The part's type.</param>
/// <param name="Owner">The owner's type.</param>
/// <param name="OwnerKey">The part's property holding its owner's id.</param>
public sealed record RecordPart(Type Part, Type Owner, string OwnerKey);

/// <summary>Which records are parts of which. A part takes its owner's handling marking and do-not-confirm-or-deny
/// flag when it is added, and again whenever the owner's change (<c>HistoryInterceptor</c> does both, in the same
/// save, so every part's change is in its history too): a flagged deployment's alerts are as hidden as the
/// deployment, wherever they are counted. Documents attached to a record are its parts as well, whatever its type,
/// and so are the authorisation decisions on a deployment or a collaboration (a decision never changes otherwise).</summary>
public static class RecordParts
{
    public static readonly IReadOnlyList<RecordPart> All =
    [
        new(typeof(WatchlistCategory), typeof(Deployment), nameof(WatchlistCategory.DeploymentId)),
        new(typeof(DeploymentAlert), typeof(Deployment), nameof(DeploymentAlert.DeploymentId)),
        new(typeof(AccuracyEvaluation), typeof(FacialRecognitionSystem), nameof(AccuracyEvaluation.SystemId)),
        new(typeof(ImageSharing), typeof(Collaboration), nameof(ImageSharing.CollaborationId)),
        new(typeof(AssessmentRisk), typeof(Assessment), nameof(AssessmentRisk.AssessmentId)),
        new(typeof(AssessmentMeasure), typeof(Assessment), nameof(AssessmentMeasure.AssessmentId)),
        new(typeof(AssessmentCoverage), typeof(Assessment), nameof(AssessmentCoverage.AssessmentId)),
        new(typeof(RankHeld), typeof(Person), nameof(RankHeld.PersonId)),
        new(typeof(FoiRequester), typeof(FoiRequest), nameof(FoiRequester.RequestId)),
        new(typeof(FoiClarification), typeof(FoiRequest), nameof(FoiClarification.RequestId)),
        new(typeof(FoiQuestion), typeof(FoiRequest), nameof(FoiQuestion.RequestId)),
        new(typeof(FoiExemption), typeof(FoiQuestion), nameof(FoiExemption.QuestionId)),
    ];

    /// <summary>The part type's description, or null when the type is no part (documents are handled apart: their
    /// owner can be of any type).</summary>
    public static RecordPart? Of(Type type) => All.FirstOrDefault(p => p.Part == type);

    /// <summary>The part types of <paramref name="owner"/>.</summary>
    public static IEnumerable<RecordPart> PartsOf(Type owner) => All.Where(p => p.Owner == owner);

    /// <summary>The kind of subject an authorisation decision names for records of <paramref name="owner"/>, or null
    /// when no decision is made on such records. Decisions are parts of their subject too.</summary>
    public static DecisionSubject? DecisionSubjectOf(Type owner) =>
        owner == typeof(Deployment) ? DecisionSubject.Deployment
        : owner == typeof(Collaboration) ? DecisionSubject.Collaboration
        : null;

    /// <summary>The type of a decision's subject.</summary>
    public static Type TypeOf(DecisionSubject subject) => subject switch
    {
        DecisionSubject.Deployment => typeof(Deployment),
        DecisionSubject.Collaboration => typeof(Collaboration),
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, "Not a kind of subject."),
    };
}
