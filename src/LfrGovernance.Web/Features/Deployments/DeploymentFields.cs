using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>A deployment's fields as people see them: labels for history and conflicts, and the names of its
/// kinds, statuses, objectives and notice methods.</summary>
public sealed class DeploymentFields : RecordFields
{
    public const string RecordType = nameof(Deployment);

    public static readonly DeploymentFields Instance = new();

    /// <summary>How the shared record pages (retire, reinstate, purpose, lists) name deployments.</summary>
    public static readonly RecordKind<Deployment> Kind = new("deployment", "deployments", "/deployments", d => d.Reference, Instance)
    {
        Keeps = "watchlist categories, alerts and history",
    };

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(Deployment.Reference), "Reference"),
        new(nameof(Deployment.SystemId), "System"),
        new(nameof(Deployment.Kind), "Kind of facial recognition"),
        new(nameof(Deployment.Status), "Status"),
        new(nameof(Deployment.Objective), "Policing objective"),
        new(nameof(Deployment.Purpose), "Purpose"),
        new(nameof(Deployment.IntelligenceCase), "Intelligence case"),
        new(nameof(Deployment.LegitimateAim), "Legitimate aim"),
        new(nameof(Deployment.Necessity), "Necessity"),
        new(nameof(Deployment.Proportionality), "Proportionality"),
        new(nameof(Deployment.ApplicantId), "Applicant"),
        new(nameof(Deployment.ApplicantAccountObjectId), "Applicant's sign-in account"),
        new(nameof(Deployment.CancelledAt), "Cancelled"),
        new(nameof(Deployment.CancellationReason), "Why it was cancelled"),
        new(nameof(Deployment.LocationName), "Location"),
        new(nameof(Deployment.LocationAddress), "Address"),
        new(nameof(Deployment.Latitude), "Latitude"),
        new(nameof(Deployment.Longitude), "Longitude"),
        new(nameof(Deployment.PlannedStart), "Planned start"),
        new(nameof(Deployment.PlannedEnd), "Planned end"),
        new(nameof(Deployment.ActualStart), "Actual start"),
        new(nameof(Deployment.ActualEnd), "Actual end"),
        new(nameof(Deployment.WatchlistSize), "Watchlist size"),
        new(nameof(Deployment.WatchlistCriteria), "Watchlist criteria"),
        new(nameof(Deployment.WatchlistBuiltAt), "Watchlist built"),
        new(nameof(Deployment.WatchlistReviewedById), "Watchlist reviewed by"),
        new(nameof(Deployment.WatchlistReviewedAt), "Watchlist reviewed"),
        new(nameof(Deployment.WatchlistDestroyedById), "Watchlist destroyed by"),
        new(nameof(Deployment.WatchlistDestroyedAt), "Watchlist destroyed"),
        new(nameof(Deployment.ThresholdUsed), "Match threshold used"),
        new(nameof(Deployment.CameraCount), "Cameras"),
        new(nameof(Deployment.PublicNoticeGiven), "Public notice given in advance"),
        new(nameof(Deployment.PublicNoticeMethods), "How the public was told"),
        new(nameof(Deployment.PublicNoticeAt), "When the public was told"),
        new(nameof(Deployment.PublicNoticeNotGivenReason), "Why no notice was given"),
        new(nameof(Deployment.FacesSeen), "Faces seen"),
        new(nameof(Deployment.TotalAlerts), "Total alerts"),
        new(nameof(Deployment.TrueAlertsConfirmed), "True alerts, confirmed"),
        new(nameof(Deployment.TrueAlertsUnconfirmed), "True alerts, unconfirmed"),
        new(nameof(Deployment.FalseAlertsConfirmed), "False alerts, confirmed"),
        new(nameof(Deployment.FalseAlertsUnconfirmed), "False alerts, unconfirmed"),
        new(nameof(Deployment.Engagements), "Engagements"),
        new(nameof(Deployment.Arrests), "Arrests"),
        new(nameof(Deployment.OtherAction), "Other action"),
        new(nameof(Deployment.NoAction), "No action"),
        new(nameof(Deployment.ReviewedOn), "Post-deployment review date"),
        new(nameof(Deployment.ReviewerId), "Reviewer"),
        new(nameof(Deployment.ReviewFindings), "Review findings"),
        new(nameof(Deployment.ReviewActions), "Review actions"),
        new(nameof(Deployment.Notes), "Notes"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static readonly IReadOnlyList<FacialRecognitionKind> Kinds = Enum.GetValues<FacialRecognitionKind>();

    public static readonly IReadOnlyList<DeploymentStatus> Statuses = Enum.GetValues<DeploymentStatus>();

    public static readonly IReadOnlyList<PolicingObjective> Objectives = Enum.GetValues<PolicingObjective>();

    public static readonly IReadOnlyList<PublicNoticeMethods> NoticeMethods =
        [.. Enum.GetValues<PublicNoticeMethods>().Where(m => m != PublicNoticeMethods.None)];

    public static string KindName(FacialRecognitionKind kind) => kind switch
    {
        FacialRecognitionKind.Live => "Live",
        FacialRecognitionKind.Retrospective => "Retrospective",
        FacialRecognitionKind.OperatorInitiated => "Operator-initiated",
        _ => kind.ToString(),
    };

    public static string StatusName(DeploymentStatus status) => status switch
    {
        DeploymentStatus.SubmittedForAuthorisation => "Submitted for authorisation",
        DeploymentStatus.ReturnedForChanges => "Returned for changes",
        _ => status.ToString(),
    };

    public static string ObjectiveName(PolicingObjective objective) => objective switch
    {
        PolicingObjective.CrimeHotspot => "Crime hotspot",
        PolicingObjective.WantedOffenders => "Wanted offenders",
        PolicingObjective.MissingPersons => "Missing persons",
        PolicingObjective.MajorEvent => "Major event",
        PolicingObjective.CounterTerrorism => "Counter-terrorism",
        _ => objective.ToString(),
    };

    public static string MethodName(PublicNoticeMethods method) => method switch
    {
        PublicNoticeMethods.SocialMedia => "Social media",
        PublicNoticeMethods.Press => "Press release",
        _ => method.ToString(),
    };

    /// <summary>The notice methods in words: "Signage, Website".</summary>
    public static string MethodsName(PublicNoticeMethods methods) => methods == PublicNoticeMethods.None
        ? "None"
        : string.Join(", ", NoticeMethods.Where(m => methods.HasFlag(m)).Select(MethodName));

    public override string Display(string field, string? stored) => field switch
    {
        nameof(Deployment.Kind) when Enum.TryParse<FacialRecognitionKind>(stored, out var kind) => KindName(kind),
        nameof(Deployment.Status) when Enum.TryParse<DeploymentStatus>(stored, out var status) => StatusName(status),
        nameof(Deployment.Objective) when Enum.TryParse<PolicingObjective>(stored, out var objective) => ObjectiveName(objective),
        nameof(Deployment.PublicNoticeMethods) when Enum.TryParse<PublicNoticeMethods>(stored, out var methods) => MethodsName(methods),
        _ => base.Display(field, stored),
    };

    /// <summary>What the deployment form offers: the current systems and the current people.</summary>
    public sealed record Choices(IReadOnlyList<Choice> Systems, IReadOnlyList<Choice> People)
    {
        /// <summary>The current systems and people, and any the record already names though retired since.</summary>
        public static async Task<Choices> LoadAsync(GovernanceDbContext db, CancellationToken cancellationToken, params Guid?[] keep) =>
            new(await RecordChoices.SystemsAsync(db, keep, cancellationToken), await RecordChoices.PeopleAsync(db, keep, cancellationToken));
    }
}
