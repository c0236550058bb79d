using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LfrGovernance.Core.People;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.People;

/// <summary>A rank and the day it was first held, as the create and "record a new rank" forms post them: the
/// day as a GOV.UK date input (day, month, year).</summary>
public class RankFields
{
    /// <summary>The key of the date's errors for fields posted under <paramref name="prefix"/>: the day box,
    /// which the error summary links to.</summary>
    public static string DateKey(string prefix) => prefix + ".FromDay";

    public static string RankKey(string prefix) => prefix + ".Rank";

    [Required(ErrorMessage = "Select the rank")]
    public Rank? Rank { get; set; }

    public string? FromDay { get; set; }

    public string? FromMonth { get; set; }

    public string? FromYear { get; set; }

    /// <summary>The day entered, or null after adding the problem beside the date.</summary>
    public DateOnly? ReadFrom(ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(FromDay)) { missing.Add("day"); }
        if (string.IsNullOrWhiteSpace(FromMonth)) { missing.Add("month"); }
        if (string.IsNullOrWhiteSpace(FromYear)) { missing.Add("year"); }
        if (missing.Count == 3)
        {
            modelState.AddModelError(DateKey(prefix), "Enter the date the rank was first held");
            return null;
        }
        if (missing.Count > 0)
        {
            modelState.AddModelError(DateKey(prefix), $"The date the rank was first held must include a {string.Join(" and ", missing)}");
            return null;
        }
        if (int.TryParse(FromDay!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(FromMonth!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(FromYear!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }
        modelState.AddModelError(DateKey(prefix), "The date the rank was first held must be a real date, for example 27 3 2019");
        return null;
    }

    /// <summary>The rank's name, for tables and lists.</summary>
    public static string Name(Rank? rank) => rank is { } held ? Ranks.DisplayName(held) : "No rank recorded";

    /// <summary>A day as GOV.UK style writes it: "1 April 2019".</summary>
    public static string Format(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Today in the UK, for the instant given (the register's "as at" instant, or now).</summary>
    public static DateOnly UkDate(DateTime utc) => DateOnly.FromDateTime(Infrastructure.Register.UkTime.ToLocal(utc));
}

/// <summary>What the rank partial shows: the fields, the names they are posted under, and the question asked.</summary>
public sealed record RankSection(RankFields Fields, string Prefix, string Legend);
