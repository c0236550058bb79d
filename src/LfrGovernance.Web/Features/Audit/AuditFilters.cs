using System.Globalization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Audit;

/// <summary>A date as typed into a GOV.UK date input: day, month and year, each as text.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);
}

/// <summary>The filters both audit logs share: who, and between which UK dates.</summary>
public abstract class AuditFilterInput
{
    /// <summary>Part of the user's name or id.</summary>
    public string? User { get; set; }

    public DateParts From { get; set; } = new();

    public DateParts To { get; set; } = new();

    /// <summary>The page to show, from 1.</summary>
    public int Page { get; set; } = 1;
}

/// <summary>The date range of a filter, read and checked: UTC instants, from inclusive, to exclusive.</summary>
public sealed record DateRange(DateOnly? From, DateOnly? To)
{
    public DateTime? FromUtc => From is { } day ? StartUtc(day) : null;

    /// <summary>The start of the day after the "to" date, so the whole of that day is included.</summary>
    public DateTime? ToUtcExclusive => To is { } day ? StartUtc(day.AddDays(1)) : null;

    /// <summary>A UK date as people write it: "1 March 2024".</summary>
    public static string Format(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    // Midnight always exists in UK time (the clocks change at 1am), so FromLocal always answers.
    private static DateTime StartUtc(DateOnly day) => UkTime.FromLocal(day.ToDateTime(TimeOnly.MinValue))!.Value;

    /// <summary>Reads both dates as UK dates. A date that is not real gets an error beside its field.</summary>
    public static DateRange Read(AuditFilterInput input, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        var from = ReadDate(input.From, nameof(AuditFilterInput.From), "From date", modelState);
        var to = ReadDate(input.To, nameof(AuditFilterInput.To), "To date", modelState);
        if (from is not null && to is not null && to < from)
        {
            modelState.AddModelError(nameof(AuditFilterInput.To), "To date must be the same as or after the from date");
            to = null;
        }
        return new DateRange(from, to);
    }

    private static DateOnly? ReadDate(DateParts parts, string key, string label, ModelStateDictionary modelState)
    {
        if (parts.IsEmpty)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(parts.Day) || string.IsNullOrWhiteSpace(parts.Month) || string.IsNullOrWhiteSpace(parts.Year))
        {
            modelState.AddModelError(key, $"{label} must include a day, month and year");
            return null;
        }
        if (!int.TryParse(parts.Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts.Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1900 or > 9998 || parts.Year!.Trim().Length != 4
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            modelState.AddModelError(key, $"{label} must be a real date, for example 27 3 2024");
            return null;
        }
        return new DateOnly(year, month, day);
    }
}

/// <summary>Small pieces the audit pages share.</summary>
public static class AuditText
{
    /// <summary>A LIKE pattern matching text that contains <paramref name="value"/> literally (\ escapes).</summary>
    public static string ContainsPattern(string value) =>
        "%" + value.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>Stored roles (comma-separated role values) as people read them.</summary>
    public static string RolesForDisplay(string roles) => string.Join(", ",
        roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Authorization.Roles.DisplayName));

    /// <summary>The filters as words, for the access log and the page: "User contains “bea”; from 1 March 2024".</summary>
    public static string Describe(IEnumerable<(string Name, string? Value)> filters)
    {
        var parts = filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => $"{f.Name} {f.Value}").ToList();
        if (parts.Count == 0)
        {
            return "No filters (everything)";
        }
        var words = string.Join("; ", parts);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The user filter, for <see cref="Describe"/>.</summary>
    public static (string, string?) UserFilter(AuditFilterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ("user contains", string.IsNullOrWhiteSpace(input.User) ? null : $"“{input.User.Trim()}”");
    }

    /// <summary>The date filters, for <see cref="Describe"/>.</summary>
    public static (string, string?)[] DateFilters(DateRange dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return
        [
            ("from", dates.From is { } from ? DateRange.Format(from) : null),
            ("to", dates.To is { } to ? DateRange.Format(to) + " inclusive (UK dates)" : null),
        ];
    }
}
