using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.AsAt;

/// <summary>Choosing the past date and time (UK time) to view the register at.</summary>
public static class ChooseInstant
{
    public const string DateKey = "Input.Day";
    public const string TimeKey = "Input.Time";

    private static readonly string[] TimeFormats = ["H:mm", "H:mm:ss", "H.mm", "H.mm.ss"];

    public sealed class Input
    {
        public string? Day { get; set; }

        public string? Month { get; set; }

        public string? Year { get; set; }

        /// <summary>Optional, on the 24-hour clock, with or without seconds.</summary>
        public string? Time { get; set; }

        /// <summary>The page to go back to (local addresses only).</summary>
        public string? ReturnUrl { get; set; }
    }

    public sealed record Page(Input Input, DateTime? CurrentAsAtUtc);

    /// <summary>The instant entered, in UTC, or null with the problems added to <paramref name="modelState"/>.
    /// A date without a time means the end of that day.</summary>
    public static DateTime? Validate(Input input, DateTime nowUtc, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        var parts = new[] { ("day", input.Day), ("month", input.Month), ("year", input.Year) };
        var missing = parts.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count == 3)
        {
            modelState.AddModelError(DateKey, "Enter the date you want to view the register at");
            return null;
        }
        if (missing.Count > 0)
        {
            modelState.AddModelError(DateKey, $"The date must include a {string.Join(" and a ", missing)}");
            return null;
        }
        if (!int.TryParse(input.Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(input.Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(input.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1000 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            modelState.AddModelError(DateKey, "The date must be a real date, for example 27 3 2026");
            return null;
        }

        var timeOfDay = new TimeSpan(23, 59, 59);
        var timeGiven = !string.IsNullOrWhiteSpace(input.Time);
        if (timeGiven)
        {
            if (!DateTime.TryParseExact(input.Time!.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                modelState.AddModelError(TimeKey, "Enter the time on the 24-hour clock, for example 14:30 or 14:30:15");
                return null;
            }
            timeOfDay = time.TimeOfDay;
        }

        if (UkTime.FromLocal(new DateTime(year, month, day).Add(timeOfDay)) is not { } instant)
        {
            modelState.AddModelError(TimeKey, "That time did not exist in the UK because the clocks went forward. Enter a time after 2am");
            return null;
        }
        if (instant > nowUtc)
        {
            modelState.AddModelError(timeGiven ? TimeKey : DateKey, timeGiven
                ? "The date and time must be in the past"
                : "The date must be in the past. For today, also enter a time");
            return null;
        }
        return instant;
    }
}
