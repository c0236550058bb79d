using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Tests.Unit;

public sealed class UkTimeTests
{
    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Winter_times_are_GMT_and_summer_times_are_an_hour_ahead()
    {
        Assert.Equal(Utc(2026, 1, 15, 9, 0), UkTime.FromLocal(new DateTime(2026, 1, 15, 9, 0, 0)));
        Assert.Equal(Utc(2026, 7, 15, 8, 0), UkTime.FromLocal(new DateTime(2026, 7, 15, 9, 0, 0)));
    }

    [Fact]
    public void A_time_skipped_when_the_clocks_go_forward_did_not_exist()
    {
        Assert.Null(UkTime.FromLocal(new DateTime(2026, 3, 29, 1, 30, 0)));
    }

    [Fact]
    public void A_time_that_happened_twice_when_the_clocks_go_back_is_read_as_the_first()
    {
        // 01:30 on 25 October 2026 happened at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
        Assert.Equal(Utc(2026, 10, 25, 0, 30), UkTime.FromLocal(new DateTime(2026, 10, 25, 1, 30, 0)));
    }

    [Theory]
    [InlineData(2026, 11, 26, 15, 4, "3:04:00pm on 26 November 2026")]
    [InlineData(2026, 6, 1, 23, 30, "12:30:00am on 2 June 2026")]
    public void Instants_are_written_in_UK_time_the_GOV_UK_way(int year, int month, int day, int hour, int minute, string expected)
    {
        Assert.Equal(expected, UkTime.Format(Utc(year, month, day, hour, minute)));
    }
}
