using LfrGovernance.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Tests.Unit;

public sealed class FormInputTests
{
    [Fact]
    public void A_day_reads_back_and_a_blank_optional_day_is_no_error()
    {
        var state = new ModelStateDictionary();

        Assert.Equal(new DateOnly(2024, 3, 27), new DateInput { Day = "27", Month = "3", Year = "2024" }.ReadDay(state, "Input.On", "the date"));
        Assert.Null(new DateInput().ReadDay(state, "Input.On", "the date"));
        Assert.True(state.IsValid);
    }

    [Theory]
    [InlineData("31", "2", "2024", "The date must be a real date, for example 27 3 2024")]
    [InlineData("", "2", "2024", "The date must include a day")]
    [InlineData("1", "", "", "The date must include a month and year")]
    public void A_bad_day_is_explained_beside_the_field(string day, string month, string year, string message)
    {
        var state = new ModelStateDictionary();

        Assert.Null(new DateInput { Day = day, Month = month, Year = year }.ReadDay(state, "Input.On", "the date"));
        Assert.Equal(message, state["Input.On"]!.Errors.Single().ErrorMessage);
    }

    [Fact]
    public void A_required_day_left_blank_is_asked_for()
    {
        var state = new ModelStateDictionary();

        new DateInput().ReadDay(state, "Input.On", "the date it was approved", required: true);

        Assert.Equal("Enter the date it was approved", state["Input.On"]!.Errors.Single().ErrorMessage);
    }

    [Fact]
    public void An_instant_is_read_in_uk_time_summer_and_winter()
    {
        var state = new ModelStateDictionary();

        var summer = new DateInput { Day = "1", Month = "7", Year = "2024", Time = "2:30pm" }.ReadInstant(state, "k", "the start");
        var winter = new DateInput { Day = "1", Month = "12", Year = "2024", Time = "14:30" }.ReadInstant(state, "k", "the start");

        Assert.Equal(new DateTime(2024, 7, 1, 13, 30, 0, DateTimeKind.Utc), summer);
        Assert.Equal(new DateTime(2024, 12, 1, 14, 30, 0, DateTimeKind.Utc), winter);
        var shownBack = DateInput.From(summer);
        Assert.Equal(("1", "7", "2024", "14:30"), (shownBack.Day, shownBack.Month, shownBack.Year, shownBack.Time));
    }

    [Fact]
    public void An_instant_without_a_time_or_in_the_skipped_hour_is_refused()
    {
        var noTime = new ModelStateDictionary();
        var skipped = new ModelStateDictionary();

        Assert.Null(new DateInput { Day = "1", Month = "7", Year = "2024" }.ReadInstant(noTime, "k", "the start"));
        Assert.Null(new DateInput { Day = "31", Month = "3", Year = "2024", Time = "01:30" }.ReadInstant(skipped, "k", "the start"));

        Assert.Equal("The start must include a time, for example 14:30", noTime["k"]!.Errors.Single().ErrorMessage);
        Assert.Contains("clocks went forward", skipped["k"]!.Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12,120", 12120L)]
    [InlineData(" 7 ", 7L)]
    public void Counts_are_read_with_thousands_separators(string text, long expected)
    {
        Assert.Equal(expected, NumberInput.ReadCount(text, new ModelStateDictionary(), "k", "faces seen"));
    }

    [Theory]
    [InlineData("-1", "Faces seen cannot be negative")]
    [InlineData("1.5", "Faces seen must be a whole number, like 12 or 12,120")]
    [InlineData("lots", "Faces seen must be a whole number, like 12 or 12,120")]
    public void Bad_counts_are_explained(string text, string message)
    {
        var state = new ModelStateDictionary();

        Assert.Null(NumberInput.ReadCount(text, state, "k", "faces seen"));
        Assert.Equal(message, state["k"]!.Errors.Single().ErrorMessage);
    }

    [Theory]
    [InlineData("£1,250.50", 125050L)]
    [InlineData("1250", 125000L)]
    [InlineData("0.07", 7L)]
    public void Money_is_read_as_pence(string text, long pence)
    {
        Assert.Equal(pence, NumberInput.ReadPence(text, new ModelStateDictionary(), "k", "the cost"));
    }

    [Fact]
    public void Money_with_fractions_of_a_penny_is_refused_and_pence_are_shown_as_pounds()
    {
        var state = new ModelStateDictionary();

        Assert.Null(NumberInput.ReadPence("1.005", state, "k", "the cost"));
        Assert.False(state.IsValid);
        Assert.Equal("£1,250.50", NumberInput.FormatMoney(125050));
        Assert.Equal("£1,250", NumberInput.FormatMoney(125000));
        Assert.Equal("1250.50", NumberInput.PenceForInput(125050));
    }

    [Fact]
    public void A_threshold_outside_its_range_is_refused()
    {
        var state = new ModelStateDictionary();

        Assert.Equal(0.6, NumberInput.ReadDecimal("0.6", state, "k", "the threshold", 0, 1));
        Assert.Null(NumberInput.ReadDecimal("1.2", state, "k", "the threshold", 0, 1));
        Assert.Equal("The threshold must be between 0 and 1", state["k"]!.Errors.Single().ErrorMessage);
    }
}
