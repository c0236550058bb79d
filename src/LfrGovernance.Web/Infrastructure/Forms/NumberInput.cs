using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Infrastructure.Forms;

/// <summary>Whole numbers, decimals and sums of money as people type them ("12,120", "£1,250.50"), read with a
/// message beside the field when they cannot be. Counts are posted as text so that a mistyped value is shown
/// back as typed.</summary>
public static class NumberInput
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A whole number of at least 0, or null when blank (an error if <paramref name="required"/>).</summary>
    public static long? ReadCount(string? text, ModelStateDictionary modelState, string key, string what, bool required = false, long max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                modelState.AddModelError(key, $"Enter {what}");
            }
            return null;
        }
        var value = text.Trim();
        if (value.StartsWith('-'))
        {
            modelState.AddModelError(key, $"{Capitalise(what)} cannot be negative");
            return null;
        }
        if (!long.TryParse(value, NumberStyles.AllowThousands, English, out var count))
        {
            modelState.AddModelError(key, $"{Capitalise(what)} must be a whole number, like 12 or 12,120");
            return null;
        }
        if (count > max)
        {
            modelState.AddModelError(key, string.Create(English, $"{Capitalise(what)} must be {max:N0} or less"));
            return null;
        }
        return count;
    }

    /// <summary>A decimal between <paramref name="min"/> and <paramref name="max"/>, or null when blank.</summary>
    public static double? ReadDecimal(string? text, ModelStateDictionary modelState, string key, string what, double min, double max, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                modelState.AddModelError(key, $"Enter {what}");
            }
            return null;
        }
        if (!double.TryParse(text.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, English, out var value)
            || double.IsNaN(value) || double.IsInfinity(value))
        {
            modelState.AddModelError(key, $"{Capitalise(what)} must be a number, like 0.6");
            return null;
        }
        if (value < min || value > max)
        {
            modelState.AddModelError(key, string.Create(English, $"{Capitalise(what)} must be between {min} and {max}"));
            return null;
        }
        return value;
    }

    /// <summary>An amount of money in pounds and pence ("1,250.50", "£1250") as pence, or null when blank.</summary>
    public static long? ReadPence(string? text, ModelStateDictionary modelState, string key, string what)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var value = text.Trim().TrimStart('£').Trim();
        if (value.StartsWith('-'))
        {
            modelState.AddModelError(key, $"{Capitalise(what)} cannot be negative");
            return null;
        }
        if (!decimal.TryParse(value, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, English, out var pounds)
            || decimal.Round(pounds, 2) != pounds || pounds > 10_000_000_000m)
        {
            modelState.AddModelError(key, $"{Capitalise(what)} must be an amount in pounds, like 1,250 or 1,250.50");
            return null;
        }
        return (long)(pounds * 100);
    }

    /// <summary>Pence as the form shows them back: "1250.50" (no symbol, no separators).</summary>
    public static string? PenceForInput(long? pence) =>
        pence is { } p ? (p / 100m).ToString(p % 100 == 0 ? "0" : "0.00", CultureInfo.InvariantCulture) : null;

    /// <summary>Pence as pages show them: "£1,250.50", or "£1,250" for whole pounds; other currencies by code.</summary>
    public static string FormatMoney(long pence, string currency = "GBP")
    {
        var pounds = pence / 100m;
        var number = pounds.ToString(pence % 100 == 0 ? "N0" : "N2", English);
        return currency == "GBP" ? "£" + number : $"{number} {currency}";
    }

    /// <summary>A count as pages show it: "12,120".</summary>
    public static string FormatCount(long count) => count.ToString("N0", English);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
