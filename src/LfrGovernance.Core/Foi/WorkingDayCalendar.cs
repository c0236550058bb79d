using System.Globalization;

namespace LfrGovernance.Core.Foi;

/// <summary>A bank holiday proclaimed for one year only (a jubilee, a state funeral, a coronation), which the calendar
/// is told of because no rule can foresee it.</summary>
public sealed record OneOffHoliday(DateOnly Date, string Name, UkNation Nations = UkNation.All);

/// <summary>Working days as FOIA s.10(6) defines them: every day but Saturday, Sunday, Christmas Day, Good Friday and a
/// bank holiday in any part of the UK, standing (<see cref="StandingBankHolidays"/>) or one-off (given by the caller).
/// Immutable; build a new one when the list of one-offs changes.</summary>
public sealed class WorkingDayCalendar
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly Dictionary<DateOnly, List<OneOffHoliday>> _oneOffs;

    /// <summary>A calendar that knows the standing bank holidays and <paramref name="oneOffs"/>.</summary>
    public WorkingDayCalendar(IEnumerable<OneOffHoliday>? oneOffs = null)
    {
        OneOffs = [.. (oneOffs ?? []).OrderBy(h => h.Date)];
        _oneOffs = OneOffs.GroupBy(h => h.Date).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The one-off holidays this calendar was given, in date order.</summary>
    public IReadOnlyList<OneOffHoliday> OneOffs { get; }

    /// <summary>Whether <paramref name="day"/> is a working day.</summary>
    public bool IsWorkingDay(DateOnly day) => Reasons(day).Count == 0;

    /// <summary>Why <paramref name="day"/> is not a working day ("Saturday", "Good Friday (all UK)", "St Andrew's Day
    /// substitute (Scotland)", "Sunday; Christmas Day"), or null when it is one.</summary>
    public string? Why(DateOnly day) => Reasons(day) is { Count: > 0 } reasons ? string.Join("; ", reasons) : null;

    /// <summary>Every reason <paramref name="day"/> is not a working day: the weekday, then the holidays on it. Empty
    /// for a working day.</summary>
    public IReadOnlyList<string> Reasons(DateOnly day)
    {
        var reasons = new List<string>();
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            reasons.Add(day.ToString("dddd", English));
        }
        var given = _oneOffs.GetValueOrDefault(day) ?? [];
        // A one-off the caller names replaces the package's name for the same holiday, so it is not listed twice.
        var standing = StandingBankHolidays.On(day).Where(h => !(h.OneOff && given.Count > 0)).ToList();
        // Christmas Day counts under s.10 even on a weekend, when the bank holiday moves to a substitute day.
        if (day is { Month: 12, Day: 25 } && standing.Count == 0)
        {
            reasons.Add("Christmas Day");
        }
        reasons.AddRange(standing.Select(h => h.Describe()));
        reasons.AddRange(given.Select(h => new BankHoliday(h.Date, h.Name, h.Nations, OneOff: true).Describe()));
        return reasons;
    }

    /// <summary>The <paramref name="count"/>th working day following <paramref name="from"/> (never
    /// <paramref name="from"/> itself unless <paramref name="count"/> is 0); a negative count goes back.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int count)
    {
        var step = count < 0 ? -1 : 1;
        var day = from;
        for (var left = Math.Abs(count); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }
        return day;
    }

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/>, so that
    /// <c>WorkingDaysBetween(a, AddWorkingDays(a, n)) == n</c> for n of 0 or more; when <paramref name="to"/> is
    /// earlier, minus the working days after <paramref name="to"/> up to and including <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var (first, last, sign) = to >= from ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return sign * count;
    }
}
