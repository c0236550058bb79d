using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Forces;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Authorisation;

/// <summary>A decision made outside the register, as a document records it: who decided, the rank they held then, when,
/// what, why, by what process, and the document.</summary>
/// <param name="DecidedAtUtc">The start of <paramref name="DecidedOn"/> in the force's time zone, as UTC.</param>
public sealed record RecordedDecisionRequest(
    DecisionOutcome Outcome, Person? Decider, Rank RankHeld, DateOnly DecidedOn, DateTime DecidedAtUtc, string? Rationale, string? Conditions,
    string? ProcessFollowed, string? RecordedFrom);

/// <summary>Decisions made before the force adopted the register, or on paper, brought onto the record so that the
/// register can say who authorised a past deployment or collaboration, at what rank and by what process (FOI question
/// 1b). A recorded decision is not a signature: it says which document it comes from, the history says who recorded
/// it, and it never moves a deployment through its lifecycle. The minimum rank is not enforced on it (the register
/// records what happened, and the page says when it was below today's minimum).</summary>
public static class RecordedDecisions
{
    /// <summary>The outcomes a recorded decision may have.</summary>
    public static readonly IReadOnlyList<DecisionOutcome> Outcomes = [DecisionOutcome.Authorised, DecisionOutcome.Refused];

    /// <summary>Checks a recorded decision on <paramref name="subject"/> and returns the decision to add, superseding
    /// <paramref name="inForce"/>, or the rules it would break.</summary>
    /// <param name="hasSignedDecision">True when a decision on the subject was already signed in the register: its
    /// record then starts there, and earlier paper decisions would come after it.</param>
    /// <param name="recordedBy">The account recording the decision.</param>
    public static DecisionResult Record(ForceRecord subject, DecisionSubject kind, RecordedDecisionRequest request, AuthorisationDecision? inForce,
        bool hasSignedDecision, string recordedBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(recordedBy);
        var breaches = new List<RuleBreach>();
        if (subject.IsRetired)
        {
            breaches.Add(new(string.Empty, "The record is retired: reinstate it before recording a decision on it"));
        }
        if (subject is Deployment { Status: DeploymentStatus.Draft or DeploymentStatus.SubmittedForAuthorisation or DeploymentStatus.ReturnedForChanges } open)
        {
            breaches.Add(new(string.Empty, $"This deployment's application is {Words(open.Status)}: an authorising officer decides on it in the register"));
        }
        if (hasSignedDecision)
        {
            breaches.Add(new(string.Empty, "Decisions on this record are already signed in the register: a decision from a document cannot be added after them"));
        }
        if (!Outcomes.Contains(request.Outcome))
        {
            breaches.Add(new(nameof(AuthorisationDecision.Outcome), "Select whether it was authorised or refused"));
        }
        if (request.Decider is not { IsRetired: false } decider)
        {
            breaches.Add(new(nameof(AuthorisationDecision.DeciderId), "Select the officer who decided"));
        }
        else if (decider.RankOn(request.DecidedOn) is { } held && held != request.RankHeld)
        {
            breaches.Add(new(nameof(AuthorisationDecision.RankHeld),
                $"{decider.Name}'s person record says they held the rank of {Ranks.DisplayName(held)} on that date: correct the rank, or their ranks held"));
        }
        if (request.DecidedOn > today)
        {
            breaches.Add(new(nameof(AuthorisationDecision.DecidedAt), "The date of the decision must be today or in the past"));
        }
        else if (inForce is not null && inForce.DecidedAt > request.DecidedAtUtc)
        {
            breaches.Add(new(nameof(AuthorisationDecision.DecidedAt), "A later decision is already on the record: record decisions in the order they were made"));
        }
        Require(breaches, request.Rationale, nameof(AuthorisationDecision.Rationale), "Enter the reasons the document gives for the decision");
        Require(breaches, request.RecordedFrom, nameof(AuthorisationDecision.RecordedFrom), "Enter the document the decision is recorded from");
        if (kind == DecisionSubject.Collaboration)
        {
            Require(breaches, request.ProcessFollowed, nameof(AuthorisationDecision.ProcessFollowed), "Enter the process followed in deciding");
        }
        if (breaches.Count > 0)
        {
            return new(null, breaches);
        }
        return new(new AuthorisationDecision
        {
            ForceId = subject.ForceId,
            Marking = subject.Marking,
            DoNotConfirmOrDeny = subject.DoNotConfirmOrDeny,
            SubjectKind = kind,
            SubjectId = subject.Id,
            Outcome = request.Outcome,
            DeciderId = request.Decider!.Id,
            RankHeld = request.RankHeld,
            DeciderAccountObjectId = recordedBy,
            DeciderName = request.Decider.Name,
            DecidedAt = request.DecidedAtUtc,
            Rationale = request.Rationale!.Trim(),
            Conditions = Blank(request.Conditions),
            ProcessFollowed = Blank(request.ProcessFollowed),
            RecordedFrom = request.RecordedFrom!.Trim(),
            SupersedesId = inForce?.Id,
        }, []);
    }

    private static void Require(List<RuleBreach> breaches, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            breaches.Add(new(field, message));
        }
    }

    private static string Words(DeploymentStatus status) => status switch
    {
        DeploymentStatus.SubmittedForAuthorisation => "submitted for authorisation",
        DeploymentStatus.ReturnedForChanges => "returned for changes",
        _ => "a draft",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
