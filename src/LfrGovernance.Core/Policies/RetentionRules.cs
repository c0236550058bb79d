using System.Globalization;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Policies;

/// <summary>A category whose retention figures are out of date: the date of its latest count, or null if it was
/// never counted.</summary>
public sealed record StaleRetentionFigure(RetainedDataCategory Category, string? OtherCategory, DateOnly? LatestCountOn);

/// <summary>The rules of retention rules and retained-image counts (domain section 6), how a period is written, and
/// whether the counts are recent enough to answer FOI question 2b.</summary>
public static class RetentionRules
{
    /// <summary>How long retained-image figures stay current when no setting says otherwise.</summary>
    public const int DefaultFiguresCurrentForDays = 90;

    public static IReadOnlyList<RuleBreach> Check(RetentionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var breaches = new List<RuleBreach>();
        CheckOther(breaches, rule.Category, rule.OtherCategory, nameof(RetentionRule.OtherCategory));
        if (rule.Period < 0)
        {
            breaches.Add(new(nameof(RetentionRule.Period), "The period cannot be negative"));
        }
        else if (rule.Period == 0 && rule.PeriodUnit != RetentionPeriodUnit.Immediately)
        {
            breaches.Add(new(nameof(RetentionRule.Period), "A period of 0 means the data is deleted immediately: choose \u201cImmediately\u201d, or enter a period above 0"));
        }
        else if (rule.Period > 0 && rule.PeriodUnit == RetentionPeriodUnit.Immediately)
        {
            breaches.Add(new(nameof(RetentionRule.PeriodUnit), "Data deleted immediately has a period of 0: enter 0, or choose hours, days, months or years"));
        }
        if (string.IsNullOrWhiteSpace(rule.DeletionMethod))
        {
            breaches.Add(new(nameof(RetentionRule.DeletionMethod), "Enter how the data is deleted"));
        }
        return breaches;
    }

    public static IReadOnlyList<RuleBreach> Check(RetainedImageCount count, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(count);
        var breaches = new List<RuleBreach>();
        CheckOther(breaches, count.Category, count.OtherCategory, nameof(RetainedImageCount.OtherCategory));
        if (count.CountedOn > today)
        {
            breaches.Add(new(nameof(RetainedImageCount.CountedOn), "The date of the count cannot be in the future"));
        }
        if (count.Count < 0)
        {
            breaches.Add(new(nameof(RetainedImageCount.Count), "The number of images cannot be negative"));
        }
        if (count.BeyondPolicy < 0)
        {
            breaches.Add(new(nameof(RetainedImageCount.BeyondPolicy), "The number kept beyond the retention rule cannot be negative"));
        }
        else if (count.BeyondPolicy > count.Count && count.Count >= 0)
        {
            breaches.Add(new(nameof(RetainedImageCount.BeyondPolicy),
                string.Create(CultureInfo.GetCultureInfo("en-GB"), $"The number kept beyond the retention rule ({count.BeyondPolicy:N0}) cannot be more than the number of images ({count.Count:N0})")));
        }
        if (count.BeyondPolicy > 0 && string.IsNullOrWhiteSpace(count.ReasonBeyondPolicy))
        {
            breaches.Add(new(nameof(RetainedImageCount.ReasonBeyondPolicy), "Enter why images are kept beyond the retention rule"));
        }
        return breaches;
    }

    /// <summary>A period as people say it: "Deleted immediately", "24 hours", "31 days", "1 month".</summary>
    public static string PeriodInWords(int period, RetentionPeriodUnit unit)
    {
        if (unit == RetentionPeriodUnit.Immediately || period == 0)
        {
            return "Deleted immediately";
        }
        var noun = unit switch
        {
            RetentionPeriodUnit.Hours => "hour",
            RetentionPeriodUnit.Days => "day",
            RetentionPeriodUnit.Months => "month",
            RetentionPeriodUnit.Years => "year",
            _ => unit.ToString().ToLowerInvariant(),
        };
        return string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{period:N0} {noun}{(period == 1 ? "" : "s")}");
    }

    /// <summary>The categories with a current retention rule whose latest current count is older than
    /// <paramref name="currentForDays"/> days on <paramref name="today"/>, or that were never counted. "Other"
    /// categories are told apart by name (ignoring case and spaces at either end).</summary>
    public static IReadOnlyList<StaleRetentionFigure> OutOfDateFigures(IEnumerable<RetentionRule> rules, IEnumerable<RetainedImageCount> counts,
        DateOnly today, int currentForDays)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfNegative(currentForDays);
        var latest = counts.Where(c => !c.IsRetired)
            .GroupBy(c => CategoryKey(c.Category, c.OtherCategory))
            .ToDictionary(g => g.Key, g => g.Max(c => c.CountedOn), StringComparer.Ordinal);
        var oldest = today.AddDays(-currentForDays);
        return rules.Where(r => !r.IsRetired)
            .GroupBy(r => CategoryKey(r.Category, r.OtherCategory))
            .Select(g => (Rule: g.First(), Latest: latest.TryGetValue(g.Key, out var on) ? on : (DateOnly?)null))
            .Where(x => x.Latest is null || x.Latest < oldest)
            .Select(x => new StaleRetentionFigure(x.Rule.Category, x.Rule.Category == RetainedDataCategory.Other ? x.Rule.OtherCategory?.Trim() : null, x.Latest))
            .OrderBy(x => x.Category).ThenBy(x => x.OtherCategory, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>One key per category: the enum name, or "Other:" and the name in lower case.</summary>
    public static string CategoryKey(RetainedDataCategory category, string? otherCategory) =>
        category == RetainedDataCategory.Other
            ? "Other:" + (otherCategory ?? string.Empty).Trim().ToLowerInvariant()
            : category.ToString();

    private static void CheckOther(List<RuleBreach> breaches, RetainedDataCategory category, string? other, string field)
    {
        if (category == RetainedDataCategory.Other && string.IsNullOrWhiteSpace(other))
        {
            breaches.Add(new(field, "Enter the name of the category of data"));
        }
    }
}
