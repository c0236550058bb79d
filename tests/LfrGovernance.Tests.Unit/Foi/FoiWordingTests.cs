using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Foi.Catalogue;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Tests.Unit.Foi;

/// <summary>How FOI answers write numbers, money, dates, counts and lists (en-GB, as forces' answers read).</summary>
public sealed class FoiWordingTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1_234, "1,234")]
    [InlineData(3_100_000, "3,100,000")]
    public void Numbers_are_written_with_thousands_separated(long value, string expected) => Assert.Equal(expected, FoiWording.Number(value));

    [Theory]
    [InlineData(1_250_000, "GBP", "£12,500")]
    [InlineData(1_250_050, "GBP", "£12,500.50")]
    [InlineData(5, "GBP", "£0.05")]
    [InlineData(-500, "GBP", "-£5")]
    [InlineData(100_000, "EUR", "€1,000")]
    [InlineData(100_000, "CHF", "CHF 1,000")]
    public void Money_held_in_pence_is_written_in_pounds_with_pence_only_when_there_are_some(long pence, string currency, string expected) =>
        Assert.Equal(expected, FoiWording.Money(pence, currency));

    [Fact]
    public void Days_and_periods_are_written_as_answers_write_them()
    {
        Assert.Equal("3 May 2018", FoiWording.Day(new DateOnly(2018, 5, 3)));
        Assert.Equal("between 1 January 2018 and 31 December 2019", FoiWording.Period(new DateOnly(2018, 1, 1), new DateOnly(2019, 12, 31)));
        Assert.Equal("on 3 May 2018", FoiWording.Period(new DateOnly(2018, 5, 3), new DateOnly(2018, 5, 3)));
    }

    [Fact]
    public void Counts_take_the_singular_for_one_and_lists_are_joined_with_and()
    {
        Assert.Equal("1 organisation", FoiWording.Count(1, "organisation"));
        Assert.Equal("2,077 alerts", FoiWording.Count(2_077, "alert"));
        Assert.Equal("3 people", FoiWording.Count(3, "person", "people"));
        Assert.Equal(string.Empty, FoiWording.List([]));
        Assert.Equal("advice", FoiWording.List(["advice"]));
        Assert.Equal("advice and funding", FoiWording.List(["advice", "funding"]));
        Assert.Equal("advice, image sharing and funding", FoiWording.List(["advice", "image sharing", " ", "funding"]));
        Assert.Equal("live or retrospective", FoiWording.List(["live", "retrospective"], "or"));
    }

    [Fact]
    public void Sentences_start_with_a_capital_and_end_with_a_full_stop_once()
    {
        Assert.Equal("Alert images: 12.", FoiWording.Sentence(" alert images: 12 "));
        Assert.Equal("No information is held.", FoiWording.Sentence("No information is held."));
        Assert.Equal("Were images shared?", FoiWording.Sentence("were images shared?"));
        Assert.Equal("\"Verify, then engage\"", FoiWording.Quote(" Verify, then engage. "));
    }

    [Fact]
    public void The_kinds_of_a_request_are_named_and_every_kind_or_none_is_facial_recognition()
    {
        static FoiScope Asking(params FacialRecognitionKind[] kinds) => new(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), null, kinds.ToHashSet(), null);

        Assert.Equal("live facial recognition", FoiWording.Kinds(Asking(FacialRecognitionKind.Live)));
        Assert.Equal("live and operator-initiated facial recognition", FoiWording.Kinds(Asking(FacialRecognitionKind.OperatorInitiated, FacialRecognitionKind.Live)));
        Assert.Equal("facial recognition", FoiWording.Kinds(Asking()));
        Assert.Equal("facial recognition", FoiWording.Kinds(Asking(Enum.GetValues<FacialRecognitionKind>())));
    }

    [Fact]
    public void The_registers_values_are_named_in_the_words_of_an_answer()
    {
        Assert.Equal(["image sharing", "a joint operation"], FoiNames.Manner(CollaborationManner.ImageSharing | CollaborationManner.JointOperation));
        Assert.Equal("continuing", FoiNames.Of(CollaborationStatus.Active));
        Assert.Equal("deleted immediately", FoiNames.Period(0, RetentionPeriodUnit.Immediately));
        Assert.Equal("24 hours", FoiNames.Period(24, RetentionPeriodUnit.Hours));
        Assert.Equal("1 month", FoiNames.Period(1, RetentionPeriodUnit.Months));
        Assert.Equal("Body-worn video stills", FoiNames.Of(RetainedDataCategory.Other, " Body-worn video stills "));
    }
}
