using LfrGovernance.Core.Deployments;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>A watchlist category's fields as people see them, for its history and its pages.</summary>
public sealed class WatchlistCategoryFields : RecordFields
{
    public const string RecordType = nameof(WatchlistCategory);

    public static readonly WatchlistCategoryFields Instance = new();

    public static readonly IReadOnlyList<WatchlistCategoryKind> Kinds = Enum.GetValues<WatchlistCategoryKind>();

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(WatchlistCategory.Category), "Category"),
        new(nameof(WatchlistCategory.Size), "Number of people"),
        new(nameof(WatchlistCategory.ImageSource), "Source of images"),
        new(nameof(WatchlistCategory.LegalBasis), "Legal basis"),
        new(nameof(WatchlistCategory.Justification), "Justification"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string KindName(WatchlistCategoryKind kind) => kind switch
    {
        WatchlistCategoryKind.WantedByPoliceOrCourts => "Wanted by the police or the courts",
        WatchlistCategoryKind.Suspects => "Suspects",
        WatchlistCategoryKind.MissingOrVulnerable => "Missing or vulnerable people",
        WatchlistCategoryKind.RiskToSelfOrOthers => "People posing a risk to themselves or others",
        WatchlistCategoryKind.Other => "Other",
        _ => kind.ToString(),
    };

    public override string Display(string field, string? stored) =>
        field == nameof(WatchlistCategory.Category) && Enum.TryParse<WatchlistCategoryKind>(stored, out var kind)
            ? KindName(kind)
            : base.Display(field, stored);
}

/// <summary>An alert row's fields as people see them, for its history and its pages.</summary>
public sealed class AlertFields : RecordFields
{
    public const string RecordType = nameof(DeploymentAlert);

    public static readonly AlertFields Instance = new();

    public static readonly IReadOnlyList<AlertAdjudication> Adjudications = Enum.GetValues<AlertAdjudication>();

    public static readonly IReadOnlyList<AlertAction> Actions = Enum.GetValues<AlertAction>();

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(DeploymentAlert.OccurredAt), "Time of the alert"),
        new(nameof(DeploymentAlert.Category), "Watchlist category"),
        new(nameof(DeploymentAlert.Adjudication), "Judged"),
        new(nameof(DeploymentAlert.Confirmed), "Identity confirmed"),
        new(nameof(DeploymentAlert.Action), "What followed"),
        new(nameof(DeploymentAlert.ImageRetainedUntil), "Image kept until"),
        new(nameof(DeploymentAlert.Notes), "Notes"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string AdjudicationName(AlertAdjudication adjudication) => adjudication switch
    {
        AlertAdjudication.NotAdjudicated => "Not judged",
        AlertAdjudication.TrueAlert => "True alert",
        AlertAdjudication.FalseAlert => "False alert",
        _ => adjudication.ToString(),
    };

    public static string ActionName(AlertAction action) => action switch
    {
        AlertAction.NoAction => "No action",
        AlertAction.Engagement => "Engagement",
        AlertAction.Arrest => "Arrest",
        AlertAction.OtherAction => "Other action",
        _ => action.ToString(),
    };

    public override string Display(string field, string? stored) => field switch
    {
        nameof(DeploymentAlert.Category) when Enum.TryParse<WatchlistCategoryKind>(stored, out var kind) => WatchlistCategoryFields.KindName(kind),
        nameof(DeploymentAlert.Adjudication) when Enum.TryParse<AlertAdjudication>(stored, out var adjudication) => AdjudicationName(adjudication),
        nameof(DeploymentAlert.Action) when Enum.TryParse<AlertAction>(stored, out var action) => ActionName(action),
        _ => base.Display(field, stored),
    };
}
