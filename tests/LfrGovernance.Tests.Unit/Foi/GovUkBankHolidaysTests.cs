using System.Text;
using LfrGovernance.Core.Foi;

namespace LfrGovernance.Tests.Unit.Foi;

public sealed class GovUkBankHolidaysTests
{
    // A few events in the shape of https://www.gov.uk/bank-holidays.json. The millennium holiday is real but older than
    // anything GOV.UK still lists; it stands for a one-off the package does not know.
    private const string Sample = """
        {"england-and-wales":{"division":"england-and-wales","events":[
            {"title":"Platinum Jubilee bank holiday","date":"2022-06-03","notes":"","bunting":true},
            {"title":"Bank Holiday for the State Funeral of Queen Elizabeth II","date":"2022-09-19","notes":"","bunting":false},
            {"title":"Christmas Day","date":"2024-12-25","notes":"","bunting":true},
            {"title":"Millennium bank holiday","date":"1999-12-31","notes":"","bunting":true}]},
         "scotland":{"division":"scotland","events":[
            {"title":"2nd January","date":"2024-01-02","notes":"","bunting":true},
            {"title":"St Andrew’s Day","date":"2024-12-02","notes":"Substitute day","bunting":true},
            {"title":"Bank Holiday for the State Funeral of Queen Elizabeth II","date":"2022-09-19","notes":"","bunting":false},
            {"title":"Christmas Day","date":"2024-12-25","notes":"","bunting":true}]},
         "northern-ireland":{"division":"northern-ireland","events":[
            {"title":"Bank Holiday for the State Funeral of Queen Elizabeth II","date":"2022-09-19","notes":"","bunting":false},
            {"title":"Christmas Day","date":"2024-12-25","notes":"","bunting":true}]}}
        """;

    [Fact]
    public void The_file_is_read_into_holidays_with_every_division_that_lists_each()
    {
        var file = GovUkBankHolidays.Read(Sample);

        Assert.True(file.IsValid);
        Assert.Equal(
        [
            new GovUkBankHoliday(new(1999, 12, 31), "Millennium bank holiday", UkNation.EnglandAndWales),
            new GovUkBankHoliday(new(2022, 6, 3), "Platinum Jubilee bank holiday", UkNation.EnglandAndWales),
            new GovUkBankHoliday(new(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", UkNation.All),
            new GovUkBankHoliday(new(2024, 1, 2), "2nd January", UkNation.Scotland),
            new GovUkBankHoliday(new(2024, 12, 2), "St Andrew’s Day", UkNation.Scotland),
            new GovUkBankHoliday(new(2024, 12, 25), "Christmas Day", UkNation.All),
        ], file.Holidays);
    }

    [Fact]
    public void The_file_is_read_from_an_uploaded_stream_of_UTF_8()
    {
        using var upload = new MemoryStream(Encoding.UTF8.GetBytes(Sample));

        var file = GovUkBankHolidays.Read(upload);

        Assert.Contains(file.Holidays, h => h.Title == "St Andrew’s Day");
    }

    [Fact]
    public void Only_dates_that_are_not_already_bank_holidays_are_one_offs_to_add()
    {
        // 2022's one-offs are already known to the package, and the rest are standing holidays.
        var file = GovUkBankHolidays.Read(Sample);

        var toAdd = GovUkBankHolidays.OneOffsToAdd(file.Holidays);

        Assert.Equal([new OneOffHoliday(new(1999, 12, 31), "Millennium bank holiday", UkNation.EnglandAndWales)], toAdd);
        Assert.Empty(GovUkBankHolidays.OneOffsToAdd(file.Holidays, toAdd));
    }

    [Theory]
    [InlineData("{\"england-and-wales\":", "The file is not valid JSON (line 1, position 22): is it the bank-holidays.json file from GOV.UK?")]
    [InlineData("[]", "The file should hold one JSON object with a part for each of england-and-wales, scotland and northern-ireland.")]
    public void A_file_that_is_not_the_GOV_UK_shape_is_refused_with_a_reason(string json, string error)
    {
        var file = GovUkBankHolidays.Read(json);

        Assert.False(file.IsValid);
        Assert.Empty(file.Holidays);
        Assert.Equal([error], file.Errors);
    }

    [Fact]
    public void Every_fault_in_the_events_is_reported_with_where_it_is()
    {
        const string json = """
            {"england-and-wales":{"events":[
                {"title":"Christmas Day","date":"25/12/2024"},
                {"date":"2024-12-26"},
                {"title":"New Year’s Day"},
                "2025-01-01"]},
             "scotland":{"division":"scotland"},
             "wales":{"events":[]}}
            """;

        var file = GovUkBankHolidays.Read(json);

        Assert.Empty(file.Holidays);
        Assert.Equal(
        [
            "Event 1 of england-and-wales (\"Christmas Day\") has the date \"25/12/2024\": expected a date like 2025-12-25.",
            "Event 2 of england-and-wales has no title.",
            "Event 3 of england-and-wales (\"New Year’s Day\") has no date.",
            "Event 4 of england-and-wales is not an object with a title and a date.",
            "The scotland part has no list of \"events\".",
            "\"wales\" is not a division GOV.UK publishes: expected england-and-wales, scotland or northern-ireland.",
            "The file has no northern-ireland part: GOV.UK's file has one for each UK division.",
        ], file.Errors);
    }
}
