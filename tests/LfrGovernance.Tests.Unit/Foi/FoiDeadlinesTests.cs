using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Tests.Unit.Foi;

public sealed class FoiDeadlinesTests
{
    private static readonly WorkingDayCalendar Calendar = new();

    [Fact]
    public void A_request_received_on_Monday_2_December_2024_is_due_on_Friday_3_January_2025()
    {
        // 2 December is itself St Andrew's Day substitute, which does not matter: counting starts the day after.
        // 3 to 24 December are working days 1 to 16; 25 and 26 December skipped; 27 is 17; 30 and 31 are 18 and 19;
        // 1 January and Scotland's 2 January skipped; Friday 3 January is the 20th.
        var deadline = FoiDeadlines.Response(Calendar, new(2024, 12, 2));

        Assert.Equal(new DateOnly(2025, 1, 3), deadline.Due);
        Assert.Equal((new DateOnly(2024, 12, 2), 20), (deadline.CountedFrom, deadline.WorkingDays));
        Assert.Equal(new CountedDay(new(2024, 12, 3), 1, null), deadline.Days[0]);
        Assert.Equal(new CountedDay(new(2024, 12, 24), 16, null), Day(deadline, new(2024, 12, 24)));
        Assert.Equal("Christmas Day (all UK)", Day(deadline, new(2024, 12, 25)).SkippedBecause);
        Assert.Equal("Boxing Day (all UK)", Day(deadline, new(2024, 12, 26)).SkippedBecause);
        Assert.Equal("Saturday", Day(deadline, new(2024, 12, 28)).SkippedBecause);
        Assert.Equal("New Year's Day (all UK)", Day(deadline, new(2025, 1, 1)).SkippedBecause);
        Assert.Equal("2 January (Scotland)", Day(deadline, new(2025, 1, 2)).SkippedBecause);
        Assert.Equal(new CountedDay(new(2025, 1, 3), 20, null), deadline.Days[^1]);
        // Every day from 3 December to 3 January is listed once, and 20 of them counted.
        Assert.Equal(32, deadline.Days.Count);
        Assert.Equal(20, deadline.Days.Count(d => d.Counted));
    }

    [Theory]
    [InlineData(2025, 2, 28)]
    [InlineData(2025, 3, 1)]
    [InlineData(2025, 3, 2)]
    public void A_request_received_on_a_Saturday_or_Sunday_is_due_the_same_day_as_one_received_the_Friday_before(int year, int month, int day)
    {
        // Monday 3 March 2025 is working day 1 for all three; St Patrick's Day (Monday 17 March, Northern Ireland) is
        // skipped, so the 20th is Monday 31 March. Received on Monday 3 March it would be Tuesday 1 April.
        Assert.Equal(new DateOnly(2025, 3, 31), FoiDeadlines.Response(Calendar, new(year, month, day)).Due);
        Assert.Equal(new DateOnly(2025, 4, 1), FoiDeadlines.Response(Calendar, new(2025, 3, 3)).Due);
    }

    [Fact]
    public void Clarification_stops_the_clock_from_the_day_it_is_asked_for_to_the_day_it_is_answered()
    {
        // Received Monday 2 December 2024; 3 and 4 December are days 1 and 2. Clarification asked for on Thursday 5 and
        // answered on Tuesday 10: 5, 6, 9 and 10 December (four working days) are not counted. Wednesday 11 is day 3,
        // and the due date moves four working days past 3 January: Thursday 9 January 2025.
        var pause = new ClockPause(new(2024, 12, 5), new(2024, 12, 10));

        var deadline = FoiDeadlines.Response(Calendar, new(2024, 12, 2), [pause]);

        Assert.Equal(new DateOnly(2025, 1, 9), deadline.Due);
        Assert.Equal(2, Day(deadline, new(2024, 12, 4)).WorkingDay);
        Assert.Equal("clock stopped awaiting clarification (asked for on 5 December 2024, answered on 10 December 2024)",
            Day(deadline, new(2024, 12, 5)).SkippedBecause);
        Assert.Equal("Saturday; clock stopped awaiting clarification (asked for on 5 December 2024, answered on 10 December 2024)",
            Day(deadline, new(2024, 12, 7)).SkippedBecause);
        Assert.False(Day(deadline, new(2024, 12, 10)).Counted);
        Assert.Equal(3, Day(deadline, new(2024, 12, 11)).WorkingDay);
    }

    [Fact]
    public void A_fee_awaited_stops_the_clock_the_same_way_and_says_so()
    {
        var deadline = FoiDeadlines.Response(Calendar, new(2024, 12, 2), [new ClockPause(new(2024, 12, 5), new(2024, 12, 10), "a fee")]);

        Assert.Equal(new DateOnly(2025, 1, 9), deadline.Due);
        Assert.StartsWith("clock stopped awaiting a fee", Day(deadline, new(2024, 12, 5)).SkippedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pause_after_the_due_date_does_not_move_it()
    {
        var deadline = FoiDeadlines.Response(Calendar, new(2024, 12, 2), [new ClockPause(new(2025, 1, 6), new(2025, 1, 8))]);

        Assert.Equal(new DateOnly(2025, 1, 3), deadline.Due);
    }

    [Fact]
    public void A_pause_answered_before_it_was_asked_for_or_asked_for_before_receipt_is_refused()
    {
        var backwards = Assert.Throws<DomainRuleException>(() =>
            FoiDeadlines.Response(Calendar, new(2024, 12, 2), [new ClockPause(new(2024, 12, 10), new(2024, 12, 5))]));
        Assert.Equal("The clarification cannot be answered on 5 December 2024, before it was asked for on 10 December 2024.", backwards.Message);

        var early = Assert.Throws<DomainRuleException>(() =>
            FoiDeadlines.Response(Calendar, new(2024, 12, 2), [new ClockPause(new(2024, 11, 29), new(2024, 12, 5))]));
        Assert.Equal("The clarification cannot be asked for on 29 November 2024, before the request was received on 2 December 2024.", early.Message);
    }

    [Fact]
    public void A_public_interest_extension_is_20_further_working_days_after_the_normal_due_date_unless_set_otherwise()
    {
        // From Friday 3 January 2025, four clear weeks with no holiday: Friday 31 January; ten days: Friday 17 January.
        var extended = FoiDeadlines.PublicInterestExtension(Calendar, new(2025, 1, 3));

        Assert.Equal(new DateOnly(2025, 1, 31), extended.Due);
        Assert.Equal(new CountedDay(new(2025, 1, 4), null, "Saturday"), extended.Days[0]);
        Assert.Equal(1, Day(extended, new(2025, 1, 6)).WorkingDay);
        Assert.Equal(new DateOnly(2025, 1, 17), FoiDeadlines.PublicInterestExtension(Calendar, new(2025, 1, 3), 10).Due);
        Assert.Throws<ArgumentOutOfRangeException>(() => FoiDeadlines.PublicInterestExtension(Calendar, new(2025, 1, 3), 0));
    }

    [Fact]
    public void An_internal_review_asked_for_on_3_March_2025_is_due_on_1_April_and_at_the_latest_on_1_May()
    {
        // 20: St Patrick's Day (17 March) skipped, so Tuesday 1 April. 40: Good Friday (18 April) and Easter Monday
        // (21 April) skipped as well, so Thursday 1 May.
        var review = FoiDeadlines.InternalReview(Calendar, new(2025, 3, 3));

        Assert.Equal(new DateOnly(2025, 4, 1), review.Normal.Due);
        Assert.Equal(new DateOnly(2025, 5, 1), review.Latest.Due);
        Assert.Equal("Good Friday (all UK)", Day(review.Latest, new(2025, 4, 18)).SkippedBecause);
    }

    [Theory]
    [InlineData(2024, 12, 30, 2, false, "due in 2 working days")] // 31 December and 3 January to come
    [InlineData(2025, 1, 2, 1, false, "due in 1 working day")] // 2 January is a holiday in Scotland
    [InlineData(2025, 1, 3, 0, false, "due today")]
    [InlineData(2025, 1, 4, 0, true, "overdue")] // the Saturday after: late, though no working day has passed
    [InlineData(2025, 1, 7, -2, true, "overdue by 2 working days")] // Monday 6 and Tuesday 7 January
    public void Due_in_counts_working_days_to_the_due_date_or_since_it(int year, int month, int day, int workingDays, bool overdue, string text)
    {
        var dueIn = FoiDeadlines.DueIn(Calendar, new(year, month, day), new(2025, 1, 3));

        Assert.Equal(new TimeToDue(workingDays, overdue), dueIn);
        Assert.Equal(text, dueIn.Describe());
    }

    [Fact]
    public void A_one_off_holiday_given_to_the_calendar_moves_a_due_date_and_is_named_in_the_explanation()
    {
        // A made-up one-off on Wednesday 18 December 2024 pushes the 20th working day from 3 to 6 January 2025.
        var calendar = new WorkingDayCalendar([new(new(2024, 12, 18), "Made-up holiday")]);

        var deadline = FoiDeadlines.Response(calendar, new(2024, 12, 2));

        Assert.Equal(new DateOnly(2025, 1, 6), deadline.Due);
        Assert.Equal("Made-up holiday (one-off, all UK)", Day(deadline, new(2024, 12, 18)).SkippedBecause);
    }

    private static CountedDay Day(Deadline deadline, DateOnly date) => Assert.Single(deadline.Days, d => d.Date == date);
}
