using System.Globalization;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>How answers write numbers, money, dates, counts and lists: en-GB, the way a force's FOI answers read.</summary>
public static class FoiWording
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The first sentence of every answer where the register holds nothing in scope.</summary>
    public const string NoInformationHeld = "No information is held.";

    /// <summary>A whole number with thousands separated: "1,234".</summary>
    public static string Number(long value) => value.ToString("N0", English);

    /// <summary>A day as answers write it: "3 May 2018".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);

    /// <summary>An amount held in pence as money: "£12,500", or "£12,500.50" when there are pence; "EUR 1,000" for a
    /// currency without a symbol here.</summary>
    public static string Money(long pence, string currency = "GBP")
    {
        var amount = Math.Abs(pence) % 100 == 0
            ? (Math.Abs(pence) / 100).ToString("N0", English)
            : (Math.Abs(pence) / 100m).ToString("N2", English);
        var sign = pence < 0 ? "-" : string.Empty;
        return currency.ToUpperInvariant() switch
        {
            "GBP" => $"{sign}£{amount}",
            "EUR" => $"{sign}€{amount}",
            "USD" => $"{sign}US${amount}",
            var code => $"{sign}{code} {amount}",
        };
    }

    /// <summary>"between 1 January 2018 and 31 December 2019", or "on 3 May 2018" for a single day.</summary>
    public static string Period(DateOnly from, DateOnly to) => from == to ? $"on {Day(from)}" : $"between {Day(from)} and {Day(to)}";

    /// <summary>A count with its noun: "1 deployment", "2,077 alerts"; the plural is the singular with "s" unless given.</summary>
    public static string Count(long count, string singular, string? plural = null) =>
        $"{Number(count)} {(count == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>Items joined as English lists them: "a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items, string conjunction = "and")
    {
        ArgumentNullException.ThrowIfNull(items);
        var all = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        return all.Count switch
        {
            0 => string.Empty,
            1 => all[0],
            _ => $"{string.Join(", ", all.Take(all.Count - 1))} {conjunction} {all[^1]}",
        };
    }

    /// <summary>The kinds a request covers, as words: "live facial recognition", "live and retrospective facial
    /// recognition", or "facial recognition" for every kind.</summary>
    public static string Kinds(FoiScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.FiltersKinds ? $"{List(scope.CoveredKinds.Select(FoiNames.Adjective))} facial recognition" : "facial recognition";
    }

    /// <summary>The kind of one record: "live facial recognition".</summary>
    public static string Kind(FacialRecognitionKind kind) => $"{FoiNames.Adjective(kind)} facial recognition";

    /// <summary>A percentage to one decimal place: "9.1%".</summary>
    public static string Percent(double percent) => AlertFigures.FormatPercent(percent);

    /// <summary>The text with its first letter in capitals and a full stop at the end, unless it ends a sentence already.</summary>
    public static string Sentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }
        var capital = char.ToUpper(trimmed[0], English) + trimmed[1..];
        return capital[^1] is '.' or '?' or '!' or ':' ? capital : capital + ".";
    }

    /// <summary>A recorded text quoted within a sentence: trimmed, without its closing full stop, in quotation marks.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return $"\"{text.Trim().TrimEnd('.')}\"";
    }
}
