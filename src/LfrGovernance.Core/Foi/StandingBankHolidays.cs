using System.Collections.Concurrent;
using PublicHoliday;

namespace LfrGovernance.Core.Foi;

/// <summary>A bank holiday on one date: its name, the nations that keep it, and whether it is a one-off proclaimed for
/// that year alone rather than a standing holiday.</summary>
public sealed record BankHoliday(DateOnly Date, string Name, UkNation Nations, bool OneOff = false)
{
    /// <summary>The holiday as a reason a day is not a working day: "St Andrew's Day substitute (Scotland)",
    /// "Bank holiday for the coronation of King Charles III (one-off, all UK)".</summary>
    public string Describe() => OneOff ? $"{Name} (one-off, {Nations.Describe()})" : $"{Name} ({Nations.Describe()})";
}

/// <summary>The bank holidays of every UK nation in a year, as the PublicHoliday package computes them, named here in
/// GOV.UK's words with the nations that keep them.</summary>
/// <remarks>
/// The dates are the package's, per nation (<c>UKBankHoliday</c> for England, Scotland and Northern Ireland; Wales
/// shares England's). They were checked against GOV.UK's published lists for 2018 to 2027 and are right for every
/// nation, so no holiday is computed here: substitute days for Christmas, Boxing Day and New Year; Scotland's 2 January
/// (with its own substitute after New Year's), first Monday of August, St Andrew's Day moved to the Monday when 30
/// November is a weekend, and no Easter Monday; Northern Ireland's St Patrick's Day and Battle of the Boyne moved to the
/// Monday after a weekend; the early May holiday moved to 8 May in 2020 and the spring holiday to 2 June in 2022.
/// The package also knows some one-off holidays (2002, 2011, 2012, 19 September 2022, 3 June 2022, 8 May 2023, and
/// Scotland's 15 June 2026): they are kept, marked as one-offs, since they are real; others come from the calendar's
/// own list. The unit tests pin the dates, so a new version of the package that changes them fails there.
/// </remarks>
public static class StandingBankHolidays
{
    private static readonly (UkNation Nation, UKBankHoliday.UkCountries Country)[] Nations =
    [
        (UkNation.EnglandAndWales, UKBankHoliday.UkCountries.England),
        (UkNation.Scotland, UKBankHoliday.UkCountries.Scotland),
        (UkNation.NorthernIreland, UKBankHoliday.UkCountries.NorthernIreland),
    ];

    private static readonly ConcurrentDictionary<int, IReadOnlyList<BankHoliday>> ByYear = new();

    /// <summary>Every bank holiday of <paramref name="year"/> in any UK nation, in date order, one entry per holiday
    /// with all the nations that keep it.</summary>
    public static IReadOnlyList<BankHoliday> In(int year) => ByYear.GetOrAdd(year, Compute);

    /// <summary>The bank holidays on <paramref name="day"/> (usually none or one).</summary>
    public static IReadOnlyList<BankHoliday> On(DateOnly day) => [.. In(day.Year).Where(h => h.Date == day)];

    private static IReadOnlyList<BankHoliday> Compute(int year)
    {
        var nationsOf = new Dictionary<(DateOnly Date, string Name, bool OneOff), UkNation>();
        foreach (var (nation, country) in Nations)
        {
            // A calculator per call: the package caches per instance, and this runs once per year anyway.
            foreach (var (date, packageName) in new UKBankHoliday(country).PublicHolidayNames(year))
            {
                var day = DateOnly.FromDateTime(date);
                var (name, oneOff) = Name(day, nation, packageName);
                nationsOf[(day, name, oneOff)] = nationsOf.GetValueOrDefault((day, name, oneOff)) | nation;
            }
        }
        return [.. nationsOf.Select(h => new BankHoliday(h.Key.Date, h.Key.Name, h.Value, h.Key.OneOff))
            .OrderBy(h => h.Date).ThenBy(h => h.Name, StringComparer.Ordinal)];
    }

    /// <summary>The holiday's name, found by asking the package which of its rules gives this date (its own names are
    /// terse and do not say "substitute"); a date no rule gives is one of the package's one-offs.</summary>
    private static (string Name, bool OneOff) Name(DateOnly day, UkNation nation, string packageName)
    {
        var year = day.Year;
        var date = day.ToDateTime(TimeOnly.MinValue);
        bool Is(DateTime? rule) => rule == date;
        (string, bool) OnOrSubstitute(string name, int month, int dayOfMonth) =>
            (day == new DateOnly(year, month, dayOfMonth) ? name : $"{name} substitute", false);

        if (Is(UKBankHoliday.NewYear(year)))
        {
            return OnOrSubstitute("New Year's Day", 1, 1);
        }
        if (nation == UkNation.Scotland && Is(UKBankHoliday.NewYearHolidayScotland(year)))
        {
            return OnOrSubstitute("2 January", 1, 2);
        }
        if (Is(UKBankHoliday.GoodFriday(year)))
        {
            return ("Good Friday", false);
        }
        if (nation != UkNation.Scotland && Is(UKBankHoliday.EasterMonday(year)))
        {
            return ("Easter Monday", false);
        }
        if (Is(UKBankHoliday.MayDay(year)))
        {
            return ("Early May bank holiday", false);
        }
        if (Is(UKBankHoliday.Spring(year)))
        {
            return ("Spring bank holiday", false);
        }
        if (Is(nation == UkNation.Scotland ? UKBankHoliday.SummerScotland(year) : UKBankHoliday.Summer(year)))
        {
            return ("Summer bank holiday", false);
        }
        if (nation == UkNation.Scotland && Is(UKBankHoliday.StAndrews(year)))
        {
            return OnOrSubstitute("St Andrew's Day", 11, 30);
        }
        if (nation == UkNation.NorthernIreland && Is(UKBankHoliday.StPatricksDay(year)))
        {
            return OnOrSubstitute("St Patrick's Day", 3, 17);
        }
        if (nation == UkNation.NorthernIreland && Is(UKBankHoliday.BattleOfTheBoyne(year)))
        {
            return OnOrSubstitute("Battle of the Boyne", 7, 12);
        }
        if (Is(UKBankHoliday.Christmas(year)))
        {
            return OnOrSubstitute("Christmas Day", 12, 25);
        }
        if (Is(UKBankHoliday.BoxingDay(year)))
        {
            return OnOrSubstitute("Boxing Day", 12, 26);
        }
        return (packageName, true);
    }
}
