using System.Globalization;
using LfrGovernance.Core.Foi;

namespace LfrGovernance.Tests.Unit.Foi;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = new();

    private static readonly OneOffHoliday[] OneOffsOf2022And2023 =
    [
        new(new(2022, 6, 3), "Platinum Jubilee bank holiday"),
        new(new(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"),
        new(new(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
    ];

    [Theory]
    [InlineData("2024-06-01", "Saturday")]
    [InlineData("2024-06-02", "Sunday")]
    public void Weekends_are_not_working_days(string day, string why)
    {
        Assert.False(Calendar.IsWorkingDay(DateOnly.Parse(day, CultureInfo.InvariantCulture)));
        Assert.Equal(why, Calendar.Why(DateOnly.Parse(day, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_ordinary_weekday_is_a_working_day_with_no_reason()
    {
        Assert.True(Calendar.IsWorkingDay(new(2024, 6, 3)));
        Assert.Null(Calendar.Why(new(2024, 6, 3)));
        Assert.Empty(Calendar.Reasons(new(2024, 6, 3)));
    }

    [Fact]
    public void Christmas_2021_on_Saturday_and_Boxing_Day_on_Sunday_move_to_Monday_27_and_Tuesday_28()
    {
        Assert.Equal("Saturday; Christmas Day", Calendar.Why(new(2021, 12, 25)));
        Assert.Equal("Sunday", Calendar.Why(new(2021, 12, 26)));
        Assert.Equal("Christmas Day substitute (all UK)", Calendar.Why(new(2021, 12, 27)));
        Assert.Equal("Boxing Day substitute (all UK)", Calendar.Why(new(2021, 12, 28)));
        Assert.True(Calendar.IsWorkingDay(new(2021, 12, 29)));
    }

    [Fact]
    public void Christmas_2022_on_Sunday_leaves_Boxing_Day_on_Monday_26_and_moves_Christmas_to_Tuesday_27()
    {
        Assert.Equal("Sunday; Christmas Day", Calendar.Why(new(2022, 12, 25)));
        Assert.Equal("Boxing Day (all UK)", Calendar.Why(new(2022, 12, 26)));
        Assert.Equal("Christmas Day substitute (all UK)", Calendar.Why(new(2022, 12, 27)));
        Assert.True(Calendar.IsWorkingDay(new(2022, 12, 28)));
    }

    [Fact]
    public void Good_Friday_and_Easter_Monday_2024_are_not_working_days_though_Scotland_keeps_no_Easter_Monday()
    {
        Assert.Equal("Good Friday (all UK)", Calendar.Why(new(2024, 3, 29)));
        // A holiday in England and Wales and in Northern Ireland is enough: s.10 says "in any part of the UK".
        Assert.Equal("Easter Monday (England and Wales, Northern Ireland)", Calendar.Why(new(2024, 4, 1)));
        Assert.True(Calendar.IsWorkingDay(new(2024, 4, 2)));
    }

    [Fact]
    public void Scotland_keeps_2_January_2024_a_Tuesday_so_nowhere_in_the_UK_works_it_for_FOI()
    {
        Assert.Equal("2 January (Scotland)", Calendar.Why(new(2024, 1, 2)));
        Assert.True(Calendar.IsWorkingDay(new(2024, 1, 3)));
    }

    [Fact]
    public void St_Andrews_Day_on_Saturday_30_November_2024_moves_to_Monday_2_December()
    {
        Assert.True(Calendar.IsWorkingDay(new(2024, 11, 29)));
        Assert.Equal("Saturday", Calendar.Why(new(2024, 11, 30)));
        Assert.Equal("St Andrew's Day substitute (Scotland)", Calendar.Why(new(2024, 12, 2)));
        // On a weekday it stays on 30 November: Thursday in 2023.
        Assert.Equal("St Andrew's Day (Scotland)", Calendar.Why(new(2023, 11, 30)));
    }

    [Fact]
    public void St_Patricks_Day_on_Sunday_17_March_2024_moves_to_Monday_18()
    {
        Assert.Equal("Sunday", Calendar.Why(new(2024, 3, 17)));
        Assert.Equal("St Patrick's Day substitute (Northern Ireland)", Calendar.Why(new(2024, 3, 18)));
        Assert.Equal("St Patrick's Day (Northern Ireland)", Calendar.Why(new(2025, 3, 17)));
    }

    [Fact]
    public void The_Battle_of_the_Boyne_on_Saturday_12_July_2025_moves_to_Monday_14()
    {
        Assert.True(Calendar.IsWorkingDay(new(2025, 7, 11)));
        Assert.Equal("Saturday", Calendar.Why(new(2025, 7, 12)));
        Assert.Equal("Battle of the Boyne substitute (Northern Ireland)", Calendar.Why(new(2025, 7, 14)));
        Assert.Equal("Battle of the Boyne (Northern Ireland)", Calendar.Why(new(2024, 7, 12)));
    }

    [Fact]
    public void The_summer_holiday_is_the_first_Monday_of_August_in_Scotland_and_the_last_elsewhere_and_both_count()
    {
        Assert.Equal("Summer bank holiday (Scotland)", Calendar.Why(new(2024, 8, 5)));
        Assert.Equal("Summer bank holiday (England and Wales, Northern Ireland)", Calendar.Why(new(2024, 8, 26)));
        Assert.True(Calendar.IsWorkingDay(new(2024, 8, 12)));
    }

    [Fact]
    public void The_one_offs_of_2022_and_2023_given_to_the_calendar_are_not_working_days_and_carry_the_names_given()
    {
        var calendar = new WorkingDayCalendar(OneOffsOf2022And2023);

        Assert.Equal("Platinum Jubilee bank holiday (one-off, all UK)", calendar.Why(new(2022, 6, 3)));
        Assert.Equal("Bank holiday for the State Funeral of Queen Elizabeth II (one-off, all UK)", calendar.Why(new(2022, 9, 19)));
        Assert.Equal("Bank holiday for the coronation of King Charles III (one-off, all UK)", calendar.Why(new(2023, 5, 8)));
        Assert.Equal(OneOffsOf2022And2023, calendar.OneOffs);
    }

    [Fact]
    public void The_one_offs_of_2022_and_2023_are_not_working_days_even_when_not_given_since_the_package_knows_them()
    {
        Assert.All(OneOffsOf2022And2023, h => Assert.False(Calendar.IsWorkingDay(h.Date)));
        Assert.Equal("State Funeral of Queen Elizabeth II (one-off, all UK)", Calendar.Why(new(2022, 9, 19)));
    }

    [Fact]
    public void A_one_off_the_package_does_not_know_counts_only_once_given()
    {
        // Friday 31 December 1999, proclaimed for the millennium.
        var millennium = new DateOnly(1999, 12, 31);
        Assert.True(Calendar.IsWorkingDay(millennium));

        var calendar = new WorkingDayCalendar([new(millennium, "Millennium bank holiday")]);

        Assert.Equal("Millennium bank holiday (one-off, all UK)", calendar.Why(millennium));
    }

    [Fact]
    public void A_one_off_for_one_nation_names_it()
    {
        var calendar = new WorkingDayCalendar([new(new(2031, 7, 7), "Extra holiday (made up for this test)", UkNation.Scotland)]);

        Assert.Equal("Extra holiday (made up for this test) (one-off, Scotland)", calendar.Why(new(2031, 7, 7)));
    }

    [Fact]
    public void Adding_working_days_gives_the_nth_working_day_following_and_skips_holidays_of_any_nation()
    {
        // Friday 15 March 2024: the weekend, then St Patrick's Day substitute on Monday 18: Tuesday 19.
        Assert.Equal(new DateOnly(2024, 3, 19), Calendar.AddWorkingDays(new(2024, 3, 15), 1));
        Assert.Equal(new DateOnly(2024, 3, 15), Calendar.AddWorkingDays(new(2024, 3, 15), 0));
        Assert.Equal(new DateOnly(2024, 3, 15), Calendar.AddWorkingDays(new(2024, 3, 19), -1));
        // From a Saturday, the first working day following is the Monday.
        Assert.Equal(new DateOnly(2024, 6, 3), Calendar.AddWorkingDays(new(2024, 6, 1), 1));
    }

    [Fact]
    public void Working_days_between_count_those_after_the_first_date_up_to_and_including_the_second()
    {
        // After Friday 20 December 2024: 23, 24, 27, 30, 31 December and 3 January (25, 26 December, 1, 2 January
        // and the weekends skipped).
        Assert.Equal(6, Calendar.WorkingDaysBetween(new(2024, 12, 20), new(2025, 1, 3)));
        Assert.Equal(-6, Calendar.WorkingDaysBetween(new(2025, 1, 3), new(2024, 12, 20)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(new(2025, 1, 3), new(2025, 1, 3)));
    }

    [Theory]
    [InlineData("2024-12-02", 20)]
    [InlineData("2021-12-24", 7)]
    [InlineData("2025-03-15", 45)]
    public void Working_days_between_undoes_adding_them(string from, int count)
    {
        var start = DateOnly.Parse(from, CultureInfo.InvariantCulture);
        Assert.Equal(count, Calendar.WorkingDaysBetween(start, Calendar.AddWorkingDays(start, count)));
    }
}
