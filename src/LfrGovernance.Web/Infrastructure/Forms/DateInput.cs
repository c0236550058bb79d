using System.Globalization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Infrastructure.Forms;

/// <summary>A day as the GOV.UK date input posts it (day, month, year boxes), and optionally a UK time of day.
/// Posted as <c>{key}.Day</c>, <c>{key}.Month</c>, <c>{key}.Year</c> and <c>{key}.Time</c>; errors go under
/// <c>{key}</c>, which the error summary links to the day box.</summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    /// <summary>A UK time of day ("14:30", "2:30pm"), for inputs that take one.</summary>
    public string? Time { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year)
        && string.IsNullOrWhiteSpace(Time);

    public static DateInput From(DateOnly? day) => day is { } d
        ? new DateInput { Day = Text(d.Day), Month = Text(d.Month), Year = Text(d.Year) }
        : new DateInput();

    /// <summary>The inputs for a UTC instant, in UK time.</summary>
    public static DateInput From(DateTime? utc)
    {
        if (utc is not { } instant)
        {
            return new DateInput();
        }
        var local = UkTime.ToLocal(instant);
        return new DateInput
        {
            Day = Text(local.Day), Month = Text(local.Month), Year = Text(local.Year),
            Time = local.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The day entered; null when nothing was entered (an error if <paramref name="required"/>) or after
    /// adding the problem under <paramref name="key"/>. <paramref name="what"/> names the date in messages, e.g.
    /// "the date the DPIA was approved".</summary>
    public DateOnly? ReadDay(ModelStateDictionary modelState, string key, string what, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day)) { missing.Add("day"); }
        if (string.IsNullOrWhiteSpace(Month)) { missing.Add("month"); }
        if (string.IsNullOrWhiteSpace(Year)) { missing.Add("year"); }
        if (missing.Count == 3)
        {
            if (required)
            {
                modelState.AddModelError(key, $"Enter {what}");
            }
            return null;
        }
        if (missing.Count > 0)
        {
            modelState.AddModelError(key, $"{Capitalise(what)} must include a {string.Join(" and ", missing)}");
            return null;
        }
        if (int.TryParse(Day!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(Month!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }
        modelState.AddModelError(key, $"{Capitalise(what)} must be a real date, for example 27 3 2024");
        return null;
    }

    /// <summary>The day and UK time entered, as a UTC instant; null when nothing was entered (an error if
    /// <paramref name="required"/>) or after adding the problem under <paramref name="key"/>.</summary>
    public DateTime? ReadInstant(ModelStateDictionary modelState, string key, string what, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (IsEmpty)
        {
            if (required)
            {
                modelState.AddModelError(key, $"Enter {what}");
            }
            return null;
        }
        var before = modelState.ErrorCount;
        var day = ReadDay(modelState, key, what, required: true);
        if (string.IsNullOrWhiteSpace(Time))
        {
            modelState.AddModelError(key, $"{Capitalise(what)} must include a time, for example 14:30");
            return null;
        }
        if (!TryReadTime(Time, out var time))
        {
            modelState.AddModelError(key, $"The time of {what} must be a real time, for example 14:30 or 2:30pm");
            return null;
        }
        if (day is not { } date || modelState.ErrorCount > before)
        {
            return null;
        }
        if (UkTime.FromLocal(date.ToDateTime(time)) is { } utc)
        {
            return utc;
        }
        modelState.AddModelError(key, $"The time of {what} did not happen in the UK: the clocks went forward an hour then");
        return null;
    }

    /// <summary>Reads "14:30", "14.30", "2:30pm", "2pm" or "noon".</summary>
    public static bool TryReadTime(string text, out TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace('.', ':');
        if (value is "noon" or "midday")
        {
            time = new TimeOnly(12, 0);
            return true;
        }
        if (value is "midnight")
        {
            time = new TimeOnly(0, 0);
            return true;
        }
        string[] formats = ["H:mm", "HH:mm", "h:mmtt", "htt", "hh:mmtt", "hhtt"];
        return TimeOnly.TryParseExact(value.ToUpperInvariant(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>What the date partial shows: the inputs, the key they are posted under, the question, a hint, and
/// whether a time of day is asked too.</summary>
public sealed record DateInputSection(DateInput Fields, string Key, string Legend, string? Hint = null, bool WithTime = false);
