using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Core.Authorisation;

/// <summary>Whether a failed readiness check stops authorisation or only warns the authoriser.</summary>
public enum ReadinessSeverity
{
    Blocks,
    Warns,
}

/// <summary>One check of the readiness checklist: whether it passed and why, in plain English, and, where it rests
/// on a record (a DPIA, an evaluation), that record.</summary>
public sealed record ReadinessItem(string Key, bool Passed, string Reason, ReadinessSeverity Severity, Guid? RecordId = null)
{
    /// <summary>True when the check failed and the force's settings make it stop authorisation.</summary>
    public bool Blocks => !Passed && Severity == ReadinessSeverity.Blocks;
}

/// <summary>The DPIA an authoriser relies on, as it stood: its own version label and its register version.</summary>
public sealed record ReliedOnDpia(Guid Id, string Reference, string DocumentVersion, int RecordVersion);

/// <summary>The checklist for one deployment at one moment, and the DPIA in force, if any.</summary>
public sealed record ReadinessReport(IReadOnlyList<ReadinessItem> Items, ReliedOnDpia? Dpia)
{
    /// <summary>True when a failed check stops authorisation.</summary>
    public bool BlocksAuthorisation => Items.Any(i => i.Blocks);
}

/// <summary>The readiness checklist shown to the authoriser (issue 5): what must be in place before a deployment is
/// authorised, each item passed or failed with the reason. A failure blocks authorisation unless the force configures
/// the check as a warning (<see cref="AuthorisationSettings.WarningChecks"/>); the threshold check always warns.</summary>
public static class ReadinessChecklist
{
    public const string Dpia = "dpia";
    public const string EqualityImpact = "equality-impact";
    public const string WatchlistCriteria = "watchlist-criteria";
    public const string WatchlistCategories = "watchlist-categories";
    public const string PublicNotice = "public-notice";
    public const string Threshold = "threshold";
    public const string PlannedTimes = "planned-times";

    /// <summary>Every check, in the order the checklist shows them.</summary>
    public static readonly IReadOnlyList<string> Keys = [Dpia, EqualityImpact, WatchlistCriteria, WatchlistCategories, PublicNotice, Threshold, PlannedTimes];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Evaluates the checklist for <paramref name="deployment"/> on <paramref name="today"/>.</summary>
    /// <param name="categories">The deployment's watchlist categories (retired ones are ignored).</param>
    /// <param name="assessments">Assessments that may cover the deployment or its system.</param>
    /// <param name="coverage">Their coverage rows: only those naming the deployment or its system count.</param>
    /// <param name="evaluations">Accuracy evaluations: only the current ones of the deployment's system count.</param>
    public static ReadinessReport Evaluate(Deployment deployment, IReadOnlyCollection<WatchlistCategory> categories,
        IReadOnlyCollection<Assessment> assessments, IReadOnlyCollection<AssessmentCoverage> coverage,
        IReadOnlyCollection<AccuracyEvaluation> evaluations, AuthorisationSettings settings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(settings);
        var d = deployment;
        var covered = coverage
            .Where(c => !c.IsRetired && ((c.SubjectType == AssessedRecordType.Deployment && c.SubjectId == d.Id)
                || (c.SubjectType == AssessedRecordType.System && c.SubjectId == d.SystemId)))
            .Select(c => c.AssessmentId)
            .ToHashSet();
        var covering = assessments.Where(a => !a.IsRetired && covered.Contains(a.Id)).ToList();

        ReadinessSeverity SeverityOf(string key) =>
            key == Threshold || settings.WarningChecks.Contains(key, StringComparer.OrdinalIgnoreCase) ? ReadinessSeverity.Warns : ReadinessSeverity.Blocks;
        ReadinessItem Item(string key, bool passed, string reason, Guid? recordId = null) => new(key, passed, reason, SeverityOf(key), recordId);

        var (dpiaItem, dpia) = CheckDpia(covering, today, Item);
        var currentCategories = categories.Where(c => !c.IsRetired && c.DeploymentId == d.Id).ToList();
        var items = new List<ReadinessItem>
        {
            dpiaItem,
            CheckEqualityImpact(covering, Item),
            string.IsNullOrWhiteSpace(d.WatchlistCriteria)
                ? Item(WatchlistCriteria, false, "The watchlist criteria are not stated: say who may be placed on the watchlist")
                : Item(WatchlistCriteria, true, "The watchlist criteria are stated"),
            CheckCategories(currentCategories, Item),
            CheckPublicNotice(d, Item),
            CheckThreshold(d, evaluations.Where(e => !e.IsRetired && e.SystemId == d.SystemId).ToList(), Item),
            CheckPlannedTimes(d, Item),
        };
        return new ReadinessReport(items, dpia);
    }

    /// <summary>The checklist as stored with a decision.</summary>
    public static string Serialise(IReadOnlyList<ReadinessItem> items) => JsonSerializer.Serialize(items, Json);

    /// <summary>A checklist stored with a decision, read back.</summary>
    public static IReadOnlyList<ReadinessItem> Deserialise(string json) => JsonSerializer.Deserialize<List<ReadinessItem>>(json, Json) ?? [];

    private static (ReadinessItem, ReliedOnDpia?) CheckDpia(List<Assessment> covering, DateOnly today, Func<string, bool, string, Guid?, ReadinessItem> item)
    {
        var dpias = covering.Where(a => a.Kind == AssessmentKind.Dpia).ToList();
        var approved = dpias.Where(a => a.Status == AssessmentStatus.Approved && a.ApprovedOn is { } on && on <= today).ToList();
        var inForce = approved.Where(a => !a.IsPastReview(today))
            .OrderByDescending(a => a.ApprovedOn).ThenByDescending(a => a.Version).FirstOrDefault();
        if (inForce is not null)
        {
            var review = inForce.NextReviewOn is { } next ? $", due for review on {Day(next)}" : ", with no review date";
            return (item(Dpia, true, $"DPIA {inForce.Reference} version {inForce.DocumentVersion} is approved (on {Day(inForce.ApprovedOn!.Value)}){review}", inForce.Id),
                new ReliedOnDpia(inForce.Id, inForce.Reference, inForce.DocumentVersion, inForce.Version));
        }
        if (approved.OrderByDescending(a => a.NextReviewOn).FirstOrDefault() is { } lapsed)
        {
            return (item(Dpia, false, $"DPIA {lapsed.Reference} version {lapsed.DocumentVersion} was due for review on {Day(lapsed.NextReviewOn!.Value)}: it is past its review date", lapsed.Id), null);
        }
        if (dpias.FirstOrDefault() is { } unapproved)
        {
            return (item(Dpia, false, $"DPIA {unapproved.Reference} version {unapproved.DocumentVersion} covers it but is not approved", unapproved.Id), null);
        }
        return (item(Dpia, false, "No DPIA covers this deployment or its system", null), null);
    }

    private static ReadinessItem CheckEqualityImpact(List<Assessment> covering, Func<string, bool, string, Guid?, ReadinessItem> item)
    {
        var present = covering
            .Where(a => a.Kind == AssessmentKind.EqualityImpact
                && a.Status is not (AssessmentStatus.Rejected or AssessmentStatus.Withdrawn or AssessmentStatus.Superseded))
            .OrderByDescending(a => a.Status == AssessmentStatus.Approved).ThenByDescending(a => a.ApprovedOn)
            .FirstOrDefault();
        return present is null
            ? item(EqualityImpact, false, "No equality impact assessment covers this deployment or its system", null)
            : item(EqualityImpact, true, $"Equality impact assessment {present.Reference} version {present.DocumentVersion} covers it", present.Id);
    }

    private static ReadinessItem CheckCategories(List<WatchlistCategory> categories, Func<string, bool, string, Guid?, ReadinessItem> item)
    {
        if (categories.Count == 0)
        {
            return item(WatchlistCategories, false, "No watchlist category is recorded: record who is on the watchlist, by category", null);
        }
        var unjustified = categories.Where(c => string.IsNullOrWhiteSpace(c.Justification)).Select(c => CategoryWords(c.Category)).Distinct().ToList();
        return unjustified.Count > 0
            ? item(WatchlistCategories, false, $"Not every watchlist category is justified: say why {string.Join(", ", unjustified)} are on it", null)
            : item(WatchlistCategories, true, categories.Count == 1 ? "The watchlist's category is justified" : $"Each of the watchlist's {categories.Count} categories is justified", null);
    }

    private static ReadinessItem CheckPublicNotice(Deployment d, Func<string, bool, string, Guid?, ReadinessItem> item) => d.PublicNoticeGiven switch
    {
        null => item(PublicNotice, false, "Whether the public will be told in advance is not decided", null),
        true when d.PublicNoticeMethods == PublicNoticeMethods.None => item(PublicNotice, false, "The public is to be told in advance, but how is not stated", null),
        true => item(PublicNotice, true, "The public will be told in advance", null),
        false when string.IsNullOrWhiteSpace(d.PublicNoticeNotGivenReason) => item(PublicNotice, false, "The public is not to be told in advance, but the reason is not stated", null),
        false => item(PublicNotice, true, "The public is not to be told in advance, and the reason is stated", null),
    };

    private static ReadinessItem CheckThreshold(Deployment d, List<AccuracyEvaluation> evaluations, Func<string, bool, string, Guid?, ReadinessItem> item)
    {
        if (d.ThresholdUsed is not { } threshold)
        {
            return item(Threshold, false, "No match threshold is set", null);
        }
        if (AccuracyEvaluations.LowestThresholdWithoutImbalance(evaluations) is not { } lowest)
        {
            return item(Threshold, false, "No accuracy evaluation of the system found a threshold free of demographic imbalance", null);
        }
        var evaluation = evaluations.Where(e => !e.DemographicImbalanceFound && e.Threshold.Equals(lowest))
            .OrderByDescending(e => e.EvaluatedOn).First();
        var source = $"the lowest threshold the evaluation by {evaluation.Evaluator} ({Day(evaluation.EvaluatedOn)}) found free of demographic imbalance";
        return AccuracyEvaluations.IsBelowLowestWithoutImbalance(threshold, lowest)
            ? item(Threshold, false, $"The threshold {Number(threshold)} is below {Number(lowest)}, {source}", evaluation.Id)
            : item(Threshold, true, $"The threshold {Number(threshold)} is not below {Number(lowest)}, {source}", evaluation.Id);
    }

    private static ReadinessItem CheckPlannedTimes(Deployment d, Func<string, bool, string, Guid?, ReadinessItem> item) => (d.PlannedStart, d.PlannedEnd) switch
    {
        (null, null) => item(PlannedTimes, false, "The planned start and end are not set", null),
        (null, _) => item(PlannedTimes, false, "The planned start is not set", null),
        (_, null) => item(PlannedTimes, false, "The planned end is not set", null),
        ({ } start, { } end) when end <= start => item(PlannedTimes, false, "The planned end is not after the planned start", null),
        _ => item(PlannedTimes, true, "The planned start and end are set", null),
    };

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", Invariant);

    private static string Number(double value) => value.ToString("0.###", Invariant);

    private static string CategoryWords(WatchlistCategoryKind kind) => kind switch
    {
        WatchlistCategoryKind.WantedByPoliceOrCourts => "people wanted by police or courts",
        WatchlistCategoryKind.Suspects => "suspects",
        WatchlistCategoryKind.MissingOrVulnerable => "missing or vulnerable people",
        WatchlistCategoryKind.RiskToSelfOrOthers => "people posing a risk to themselves or others",
        _ => "people in the other category",
    };
}
