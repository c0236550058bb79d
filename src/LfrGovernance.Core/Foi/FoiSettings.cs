using System.Globalization;

namespace LfrGovernance.Core.Foi;

/// <summary>The force's FOI settings (<c>Register:Foi</c>).</summary>
public sealed class FoiSettings
{
    public const string Section = "Register:Foi";

    /// <summary>The format of a new request's reference: <c>{yyyy}</c> is the year received, <c>{nnnn}</c> the request's
    /// number in that year (as many digits as there are n). Legacy references in other formats are accepted as typed.</summary>
    public string ReferenceFormat { get; init; } = "FOI/{yyyy}/{nnnn}";

    /// <summary>The reference of request <paramref name="number"/> of <paramref name="year"/>.</summary>
    public string Reference(int year, int number)
    {
        var format = ReferenceFormat.Replace("{yyyy}", year.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var start = format.IndexOf("{n", StringComparison.Ordinal);
        var end = format.IndexOf('}', start);
        var digits = end - start - 1;
        return format[..start] + number.ToString(new string('0', digits), CultureInfo.InvariantCulture) + format[(end + 1)..];
    }
}
