using System.Globalization;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Foi;

/// <summary>A time the clock stood still: clarification (s.1(3)) or a fee (s.10(2)) asked for on
/// <see cref="Requested"/>, and the answer or the fee received on <see cref="Answered"/>. Neither day, nor any between,
/// is counted.</summary>
public sealed record ClockPause(DateOnly Requested, DateOnly Answered, string Awaiting = "clarification");

/// <summary>One day of a count: counted as working day <see cref="WorkingDay"/>, or skipped for
/// <see cref="SkippedBecause"/>.</summary>
public sealed record CountedDay(DateOnly Date, int? WorkingDay, string? SkippedBecause)
{
    /// <summary>Whether the day counted towards the deadline.</summary>
    public bool Counted => WorkingDay is not null;
}

/// <summary>A due date and how it was reached: counting starts the day after <see cref="CountedFrom"/>, and
/// <see cref="Days"/> lists every day from then to <see cref="Due"/>, counted or skipped with its reason.</summary>
public sealed record Deadline(DateOnly CountedFrom, int WorkingDays, DateOnly Due, IReadOnlyList<CountedDay> Days);

/// <summary>The internal review's due date (20 working days after the request) and the latest it may be extended to
/// (40 working days).</summary>
public sealed record InternalReviewDeadlines(Deadline Normal, Deadline Latest);

/// <summary>How far a due date is from a given day, in working days: 0 is due that day; when overdue, minus the working
/// days since the due date (0 on a weekend straight after it, but still overdue).</summary>
public sealed record TimeToDue(int WorkingDays, bool Overdue)
{
    /// <summary>"due today", "due in 3 working days", "overdue by 1 working day" or "overdue".</summary>
    public string Describe() => (Overdue, WorkingDays) switch
    {
        (true, 0) => "overdue",
        (true, var n) => $"overdue by {Plural(-n)}",
        (false, 0) => "due today",
        (false, var n) => $"due in {Plural(n)}",
    };

    private static string Plural(int n) => n == 1 ? "1 working day" : $"{n} working days";
}

/// <summary>The statutory deadlines of an FOI request (FOIA s.10, and the code of practice for internal reviews),
/// counted on a <see cref="WorkingDayCalendar"/>, each with the day-by-day account of how it was reached.</summary>
public static class FoiDeadlines
{
    /// <summary>s.10(1): the response is due by the 20th working day following receipt.</summary>
    public const int ResponseWorkingDays = 20;

    /// <summary>s.10(3): the ICO takes a "reasonable" public interest extension to be up to 20 further working days.</summary>
    public const int PublicInterestExtensionWorkingDays = 20;

    /// <summary>An internal review normally within 20 working days of the request for it...</summary>
    public const int InternalReviewWorkingDays = 20;

    /// <summary>...and never more than 40.</summary>
    public const int InternalReviewLatestWorkingDays = 40;

    /// <summary>The date the response to a request received on <paramref name="received"/> is due: the 20th working
    /// day following receipt, with the clock stopped for each of <paramref name="pauses"/>.</summary>
    /// <remarks>Receipt may be on a non-working day (ICO line to take 47): the count still starts the day after. While
    /// clarification or a fee is awaited the clock stops: days already counted stay counted, the day of the request and
    /// every day up to and including the day of the answer are skipped, and counting resumes with the next working
    /// day. For clarification, s.10(6)(b) makes the day the answer arrives the date of receipt, and the ICO then
    /// restarts the 20 days from it; the register keeps the stop-the-clock reading, which never gives a later date.</remarks>
    public static Deadline Response(WorkingDayCalendar calendar, DateOnly received, IEnumerable<ClockPause>? pauses = null)
    {
        var stops = (pauses ?? []).ToList();
        foreach (var pause in stops)
        {
            if (pause.Answered < pause.Requested)
            {
                throw new DomainRuleException(
                    $"The {pause.Awaiting} cannot be answered on {UkDate(pause.Answered)}, before it was asked for on {UkDate(pause.Requested)}.");
            }
            if (pause.Requested < received)
            {
                throw new DomainRuleException(
                    $"The {pause.Awaiting} cannot be asked for on {UkDate(pause.Requested)}, before the request was received on {UkDate(received)}.");
            }
        }
        return Count(calendar, received, ResponseWorkingDays, stops);
    }

    /// <summary>The date a response extended to consider the public interest is due: <paramref name="furtherWorkingDays"/>
    /// working days after the normal due date. The refusal notice saying the extension is needed is still due by the
    /// normal date.</summary>
    public static Deadline PublicInterestExtension(WorkingDayCalendar calendar, DateOnly responseDue,
        int furtherWorkingDays = PublicInterestExtensionWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(furtherWorkingDays);
        return Count(calendar, responseDue, furtherWorkingDays, []);
    }

    /// <summary>The dates an internal review asked for on <paramref name="requested"/> is due: normally the 20th working
    /// day after, at the latest the 40th.</summary>
    public static InternalReviewDeadlines InternalReview(WorkingDayCalendar calendar, DateOnly requested) =>
        new(Count(calendar, requested, InternalReviewWorkingDays, []), Count(calendar, requested, InternalReviewLatestWorkingDays, []));

    /// <summary>How many working days <paramref name="today"/> is before <paramref name="due"/>, or how overdue.</summary>
    public static TimeToDue DueIn(WorkingDayCalendar calendar, DateOnly today, DateOnly due)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new(calendar.WorkingDaysBetween(today, due), today > due);
    }

    /// <summary>The <paramref name="workingDays"/>th working day following <paramref name="from"/>, skipping every day
    /// within <paramref name="pauses"/>, with each day on the way and why it was or was not counted.</summary>
    public static Deadline Count(WorkingDayCalendar calendar, DateOnly from, int workingDays, IReadOnlyCollection<ClockPause> pauses)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(pauses);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var days = new List<CountedDay>();
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            var reasons = calendar.Reasons(day).ToList();
            reasons.AddRange(pauses.Where(p => p.Requested <= day && day <= p.Answered).Select(p =>
                $"clock stopped awaiting {p.Awaiting} (asked for on {UkDate(p.Requested)}, answered on {UkDate(p.Answered)})"));
            if (reasons.Count == 0)
            {
                counted++;
                days.Add(new(day, counted, null));
            }
            else
            {
                days.Add(new(day, null, string.Join("; ", reasons)));
            }
        }
        return new(from, workingDays, day, days);
    }

    private static string UkDate(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
