using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>A request's fields as the FOI team sees them: labels for the history, and the names of statuses,
/// requester categories and laws.</summary>
public sealed class FoiFields : RecordFields
{
    public const string RecordType = nameof(FoiRequest);

    public static readonly FoiFields Instance = new();

    /// <summary>How the shared record pages name requests and find their pages.</summary>
    public static readonly RecordKind<FoiRequest> Kind = new("request", "requests", "/foi", r => r.Reference, Instance);

    public static readonly IReadOnlyList<FoiRequestStatus> Statuses = Enum.GetValues<FoiRequestStatus>();

    public static readonly IReadOnlyList<FoiRequesterCategory> Categories = Enum.GetValues<FoiRequesterCategory>();

    public static readonly IReadOnlyList<FacialRecognitionKind> Kinds = Enum.GetValues<FacialRecognitionKind>();

    /// <summary>The statuses of a request still being answered (something is due on it).</summary>
    public static readonly IReadOnlyList<FoiRequestStatus> Open =
    [
        FoiRequestStatus.Received, FoiRequestStatus.ClarificationRequested, FoiRequestStatus.InProgress,
        FoiRequestStatus.PublicInterestExtension, FoiRequestStatus.InternalReview,
    ];

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(FoiRequest.Reference), "Reference"),
        new(nameof(FoiRequest.Summary), "Summary"),
        new(nameof(FoiRequest.ReceivedOn), "Received"),
        new(nameof(FoiRequest.RequesterCategory), "Requester"),
        new(nameof(FoiRequest.Legislation), "Legislation"),
        new(nameof(FoiRequest.Status), "Status"),
        new(nameof(FoiRequest.AssigneeId), "Assigned to"),
        new(nameof(FoiRequest.ScopeFrom), "Period asked about from"),
        new(nameof(FoiRequest.ScopeTo), "Period asked about to"),
        new(nameof(FoiRequest.ScopeKinds), "Kinds of facial recognition asked about"),
        new(nameof(FoiRequest.ExtendedDueOn), "Full response due (public interest extension)"),
        new(nameof(FoiRequest.RespondedOn), "Response sent"),
        new(nameof(FoiRequest.InternalReviewRequestedOn), "Internal review asked for"),
        new(nameof(FoiRequest.InternalReviewExtended), "Internal review extended to 40 working days"),
        new(nameof(FoiRequest.InternalReviewDoneOn), "Internal review done"),
        new(nameof(FoiRequest.IcoComplaintOn), "Complaint to the ICO"),
        new(nameof(FoiRequest.ClosedOn), "Closed"),
        new(nameof(FoiRequest.Notes), "Notes"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string StatusName(FoiRequestStatus status) => status switch
    {
        FoiRequestStatus.Received => "Received",
        FoiRequestStatus.ClarificationRequested => "Clarification requested",
        FoiRequestStatus.InProgress => "In progress",
        FoiRequestStatus.PublicInterestExtension => "Public interest extension",
        FoiRequestStatus.Responded => "Responded",
        FoiRequestStatus.InternalReview => "Internal review",
        FoiRequestStatus.IcoComplaint => "Complaint to the ICO",
        FoiRequestStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string CategoryName(FoiRequesterCategory category) => category switch
    {
        FoiRequesterCategory.CampaignGroup => "Campaign group",
        _ => category.ToString(),
    };

    public static string LegislationName(FoiLegislation legislation) => legislation switch
    {
        FoiLegislation.Eir => "Environmental Information Regulations 2004",
        _ => "Freedom of Information Act 2000",
    };

    public static string KindName(FacialRecognitionKind kind) => kind switch
    {
        FacialRecognitionKind.OperatorInitiated => "Operator-initiated",
        _ => kind.ToString(),
    };

    public static string KindsName(FacialRecognitionKinds kinds) => kinds == FacialRecognitionKinds.None
        ? "Every kind"
        : string.Join(", ", Kinds.Where(k => kinds.HasFlag(FlagOf(k))).Select(KindName));

    public static FacialRecognitionKinds FlagOf(FacialRecognitionKind kind) => (FacialRecognitionKinds)(1 << (int)kind);

    public override string Display(string field, string? stored) => field switch
    {
        nameof(FoiRequest.Status) when Enum.TryParse<FoiRequestStatus>(stored, out var status) => StatusName(status),
        nameof(FoiRequest.RequesterCategory) when Enum.TryParse<FoiRequesterCategory>(stored, out var category) => CategoryName(category),
        nameof(FoiRequest.Legislation) when Enum.TryParse<FoiLegislation>(stored, out var law) => LegislationName(law),
        nameof(FoiRequest.ScopeKinds) when Enum.TryParse<FacialRecognitionKinds>(stored, out var kinds) => KindsName(kinds),
        _ => base.Display(field, stored),
    };
}
