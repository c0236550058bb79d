using System.Globalization;
using LfrGovernance.Core.Foi;

namespace LfrGovernance.Tests.Unit.Foi;

/// <summary>The package's dates checked against the lists GOV.UK publishes for each nation, so that a new version of
/// the package that changes them fails here.</summary>
public sealed class StandingBankHolidaysTests
{
    private static string[] Dates(int year, UkNation nation) =>
        [.. StandingBankHolidays.In(year).Where(h => h.Nations.HasFlag(nation)).Select(h => h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];

    [Fact]
    public void The_2024_holidays_of_each_nation_are_those_GOV_UK_lists()
    {
        Assert.Equal(["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"],
            Dates(2024, UkNation.EnglandAndWales));
        // Scotland: 2 January, no Easter Monday, summer on the first Monday of August, St Andrew's Day (Saturday 30
        // November) on Monday 2 December.
        Assert.Equal(["2024-01-01", "2024-01-02", "2024-03-29", "2024-05-06", "2024-05-27", "2024-08-05", "2024-12-02", "2024-12-25", "2024-12-26"],
            Dates(2024, UkNation.Scotland));
        // Northern Ireland: St Patrick's Day (Sunday 17 March) on Monday 18 March, and the Battle of the Boyne.
        Assert.Equal(["2024-01-01", "2024-03-18", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-07-12", "2024-08-26", "2024-12-25", "2024-12-26"],
            Dates(2024, UkNation.NorthernIreland));
    }

    [Fact]
    public void The_2025_holidays_of_each_nation_are_those_GOV_UK_lists()
    {
        Assert.Equal(["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
            Dates(2025, UkNation.EnglandAndWales));
        // St Andrew's Day falls on Sunday 30 November: Monday 1 December instead.
        Assert.Equal(["2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26"],
            Dates(2025, UkNation.Scotland));
        // The Battle of the Boyne falls on Saturday 12 July: Monday 14 July instead.
        Assert.Equal(["2025-01-01", "2025-03-17", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-07-14", "2025-08-25", "2025-12-25", "2025-12-26"],
            Dates(2025, UkNation.NorthernIreland));
    }

    [Fact]
    public void In_2022_and_2023_New_Year_and_Christmas_move_to_substitute_days_and_Scotland_moves_2_January_after_them()
    {
        // 1 January 2022 a Saturday, 2 January a Sunday: Monday 3 (all UK) and Tuesday 4 (Scotland).
        // 1 January 2023 a Sunday: Monday 2 (all UK), so Scotland's 2 January moves to Tuesday 3.
        Assert.Equal(["2022-01-03", "2022-01-04"], Dates(2022, UkNation.Scotland).Where(d => d.StartsWith("2022-01", StringComparison.Ordinal)));
        Assert.Equal(["2022-01-03"], Dates(2022, UkNation.EnglandAndWales).Where(d => d.StartsWith("2022-01", StringComparison.Ordinal)));
        Assert.Equal(["2023-01-02", "2023-01-03"], Dates(2023, UkNation.Scotland).Where(d => d.StartsWith("2023-01", StringComparison.Ordinal)));
        Assert.Equal("2 January substitute (Scotland)", Describe(new(2023, 1, 3)));
        Assert.Equal("New Year's Day substitute (all UK)", Describe(new(2023, 1, 2)));
    }

    [Fact]
    public void The_one_off_holidays_the_package_knows_are_kept_and_marked_as_one_offs()
    {
        Assert.Equal("State Funeral of Queen Elizabeth II (one-off, all UK)", Describe(new(2022, 9, 19)));
        Assert.Equal("Coronation of King Charles III (one-off, all UK)", Describe(new(2023, 5, 8)));
        // Proclaimed in February 2026 for Scotland alone, after the men's team reached the World Cup.
        Assert.Equal("World Cup (one-off, Scotland)", Describe(new(2026, 6, 15)));
    }

    [Fact]
    public void The_spring_holiday_moved_for_the_Platinum_Jubilee_keeps_its_name()
    {
        Assert.Equal("Spring bank holiday (all UK)", Describe(new(2022, 6, 2)));
        Assert.Empty(StandingBankHolidays.On(new(2022, 5, 30)));
    }

    private static string Describe(DateOnly day) => Assert.Single(StandingBankHolidays.On(day)).Describe();
}
