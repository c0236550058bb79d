using LfrGovernance.Core.Foi;

namespace LfrGovernance.Tests.Unit.Foi;

public sealed class FoiRequestTests
{
    private static readonly WorkingDayCalendar Calendar = new();
    private static readonly DateOnly Today = new(2026, 6, 10);

    private static FoiRequest Request(FoiRequestStatus status = FoiRequestStatus.InProgress) =>
        new() { Reference = "FOI/2026/0001", Summary = "LFR", ReceivedOn = new DateOnly(2026, 4, 30), Status = status };

    [Fact]
    public void Questions_are_read_with_their_numbers_sub_questions_and_continued_lines()
    {
        var read = FoiQuestionText.Parse("1. Has the force collaborated\n   with any organisation?\n(a) Were images shared?\n1b) Who authorised it?\n\n2: Any policy?\n3 Any plans?");

        Assert.Empty(read.Problems);
        Assert.Equal(
            [new("1", "Has the force collaborated with any organisation?"), new("1a", "Were images shared?"), new("1b", "Who authorised it?"),
                new("2", "Any policy?"), new NumberedQuestion("3", "Any plans?")],
            read.Questions);
    }

    [Fact]
    public void Questions_without_a_first_number_or_numbered_twice_are_refused_line_by_line()
    {
        Assert.Equal("Line 1: start the first question with its number, for example \u201c1. Has the force...\u201d",
            Assert.Single(FoiQuestionText.Parse("Tell me everything").Problems));
        Assert.Equal("Line 2: question 1 appears twice", Assert.Single(FoiQuestionText.Parse("1. One\n1. Again").Problems));
        Assert.Equal("Line 1: a sub-question (\u201ca\u201d) comes before any numbered question", FoiQuestionText.Parse("a. First").Problems[0]);
        Assert.Single(FoiQuestionText.Parse("  ").Problems);
    }

    [Theory]
    [InlineData("FOI/2026/0142", true)]
    [InlineData("DM2018/1152", true)]
    [InlineData("01.FOI.22.026317", true)]
    [InlineData("FOI 2026", false)]
    [InlineData("/FOI", false)]
    [InlineData("=HYPERLINK(1)", false)]
    public void A_reference_is_the_forces_format_or_a_legacy_one(string reference, bool accepted) =>
        Assert.Equal(accepted, FoiRequestRules.IsReference(reference));

    [Fact]
    public void The_reference_format_numbers_requests_within_their_year()
    {
        Assert.Equal("FOI/2026/0007", new FoiSettings().Reference(2026, 7));
        Assert.Equal("01.FOI.26.000012", new FoiSettings { ReferenceFormat = "01.FOI.26.{nnnnnn}" }.Reference(2026, 12));
    }

    [Fact]
    public void A_status_that_says_something_happened_needs_its_date_and_dates_come_in_order()
    {
        var responded = Request(FoiRequestStatus.Responded);
        var reviewed = Request(FoiRequestStatus.InternalReview);
        reviewed.RespondedOn = new DateOnly(2026, 5, 20);
        reviewed.InternalReviewRequestedOn = new DateOnly(2026, 5, 19);
        var future = Request();
        future.ReceivedOn = Today.AddDays(1);

        Assert.Equal(nameof(FoiRequest.RespondedOn), Assert.Single(FoiRequestRules.Check(responded, Today)).Field);
        Assert.Equal(nameof(FoiRequest.InternalReviewRequestedOn), Assert.Single(FoiRequestRules.Check(reviewed, Today)).Field);
        Assert.Equal(nameof(FoiRequest.ReceivedOn), Assert.Single(FoiRequestRules.Check(future, Today)).Field);
    }

    [Fact]
    public void What_is_due_next_follows_the_status()
    {
        var open = FoiRequestClock.For(Request(), [], Calendar, Today);
        var extended = FoiRequestClock.For(Request(FoiRequestStatus.PublicInterestExtension), [], Calendar, Today);
        var review = Request(FoiRequestStatus.InternalReview);
        review.RespondedOn = new DateOnly(2026, 5, 29);
        review.InternalReviewRequestedOn = new DateOnly(2026, 6, 1);
        var reviewing = FoiRequestClock.For(review, [], Calendar, Today);
        var closed = FoiRequestClock.For(Request(FoiRequestStatus.Closed), [], Calendar, Today);

        Assert.Equal(("Response", new DateOnly(2026, 6, 1)), (open.Next!.What, open.Next.Deadline.Due));
        // 20 further working days after 1 June 2026 (no bank holiday in June but Scotland's of 15 June).
        Assert.Equal(new DateOnly(2026, 6, 30), extended.Next!.Deadline.Due);
        Assert.Equal("Internal review", reviewing.Next!.What);
        Assert.Null(closed.Next);
    }

    [Fact]
    public void A_clarification_still_awaited_stops_the_clock_up_to_today()
    {
        var request = Request();
        var pause = new FoiClarification { RequestId = request.Id, RequestedOn = new DateOnly(2026, 5, 29), What = "Which period?" };

        var deadlines = FoiRequestClock.For(request, [pause], Calendar, Today);

        Assert.Equal(new DateOnly(2026, 5, 29), deadlines.AwaitingSince);
        // 18 working days were used by 28 May; 29 May to 10 June do not count; 11 June is the 19th, Friday 12 June the 20th.
        Assert.Equal(new DateOnly(2026, 6, 12), deadlines.Response.Due);
    }
}
