using System.Globalization;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Import;

/// <summary>How values are written in import sheets, both ways: the text an export writes, and the text an upload
/// may hold. Dates are written "2024-03-27" and read also as "27/03/2024"; instants are written in UK time
/// "2024-03-27 14:30" (with ":05" seconds when they have them); yes or no as "Yes" / "No"; choices by the names the
/// forms show; several choices separated by semicolons.</summary>
public static class ImportCells
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] DayFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "d MMMM yyyy", "d MMM yyyy"];

    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
        "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy HH:mm", "d/M/yyyy H:mm",
    ];

    public const string DayNote = "A date, like 2024-03-27 or 27/03/2024.";

    public const string InstantNote = "A date and UK time, like 2024-03-27 14:30.";

    public const string YesNoNote = "Yes or No.";

    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Instant(DateTime? utc)
    {
        if (utc is not { } instant)
        {
            return null;
        }
        var local = UkTime.ToLocal(instant);
        return local.ToString(local.Second == 0 && local.Millisecond == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    public static string? YesNo(bool? value) => value switch { true => "Yes", false => "No", null => null };

    public static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An amount in pence as pounds: "1250.50", "1250".</summary>
    public static string? Pounds(long? pence) =>
        pence is { } p ? (p / 100m).ToString(p % 100 == 0 ? "0" : "0.00", CultureInfo.InvariantCulture) : null;

    /// <summary>Several choices in one cell: "Advice; Image sharing".</summary>
    public static string Several(IEnumerable<string> names) => string.Join("; ", names);

    /// <summary>Reads a day; null with a message when it is not one.</summary>
    public static bool TryDay(string? text, out DateOnly? day, out string? problem)
    {
        day = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), DayFormats, English, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }
        problem = "must be a real date, like 2024-03-27";
        return false;
    }

    /// <summary>Reads a date and UK time as a UTC instant; a date alone is midnight UK time.</summary>
    public static bool TryInstant(string? text, out DateTime? utc, out string? problem)
    {
        utc = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var value = text.Trim();
        DateTime local;
        if (DateTime.TryParseExact(value, InstantFormats, English, DateTimeStyles.None, out var parsed))
        {
            local = parsed;
        }
        else if (DateOnly.TryParseExact(value, DayFormats, English, DateTimeStyles.None, out var dayOnly))
        {
            local = dayOnly.ToDateTime(TimeOnly.MinValue);
        }
        else
        {
            problem = "must be a real date and time, like 2024-03-27 14:30";
            return false;
        }
        utc = UkTime.FromLocal(local);
        if (utc is null)
        {
            problem = "is a time that did not exist in the UK (the clocks went forward)";
            return false;
        }
        return true;
    }

    /// <summary>Reads yes or no (also Y / N, True / False).</summary>
    public static bool TryYesNo(string? text, out bool? value, out string? problem)
    {
        value = null;
        problem = null;
        switch (text?.Trim().ToUpperInvariant())
        {
            case null or "":
                return true;
            case "YES" or "Y" or "TRUE":
                value = true;
                return true;
            case "NO" or "N" or "FALSE":
                value = false;
                return true;
            default:
                problem = "must be Yes or No";
                return false;
        }
    }

    /// <summary>Reads a whole number of at least 0 (thousands separators allowed).</summary>
    public static bool TryCount(string? text, out long? value, out string? problem, long max = int.MaxValue)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var trimmed = text.Trim();
        // A spreadsheet may hold a whole number as "12.0".
        if (trimmed.EndsWith(".0", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
        }
        if (trimmed.StartsWith('-'))
        {
            problem = "cannot be negative";
            return false;
        }
        if (!long.TryParse(trimmed, NumberStyles.AllowThousands, English, out var parsed))
        {
            problem = "must be a whole number, like 12 or 12,120";
            return false;
        }
        if (parsed > max)
        {
            problem = string.Create(English, $"must be {max:N0} or less");
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>Reads a decimal between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static bool TryDecimal(string? text, double min, double max, out double? value, out string? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (!double.TryParse(text.Trim(), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var parsed)
            || double.IsNaN(parsed) || double.IsInfinity(parsed))
        {
            problem = "must be a number, like 0.6";
            return false;
        }
        if (parsed < min || parsed > max)
        {
            problem = string.Create(English, $"must be between {min} and {max}");
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>Reads an amount in pounds ("1,250.50", "£1250") as pence.</summary>
    public static bool TryPounds(string? text, out long? pence, out string? problem)
    {
        pence = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var value = text.Trim().TrimStart('£').Trim();
        if (value.StartsWith('-'))
        {
            problem = "cannot be negative";
            return false;
        }
        if (!decimal.TryParse(value, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, English, out var pounds)
            || decimal.Round(pounds, 2) != pounds || pounds > 10_000_000_000m)
        {
            problem = "must be an amount in pounds, like 1250 or 1250.50";
            return false;
        }
        pence = (long)(pounds * 100);
        return true;
    }
}

/// <summary>The names a choice column allows, matched whatever their case: the names the forms show, and the
/// register's own names for them.</summary>
public sealed class ImportChoices<T> where T : struct, Enum
{
    private readonly Dictionary<string, T> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<T, string> name;

    public ImportChoices(IEnumerable<T> values, Func<T, string> name)
    {
        ArgumentNullException.ThrowIfNull(values);
        this.name = name ?? throw new ArgumentNullException(nameof(name));
        var allowed = new List<string>();
        foreach (var value in values)
        {
            var shown = name(value);
            allowed.Add(shown);
            byName[shown] = value;
            byName.TryAdd(value.ToString(), value);
        }
        Allowed = allowed;
    }

    /// <summary>The names a cell may hold, as the template's validation list offers them.</summary>
    public IReadOnlyList<string> Allowed { get; }

    public string Name(T value) => name(value);

    public string? Name(T? value) => value is { } v ? name(v) : null;

    public string Note => "One of: " + string.Join(", ", Allowed) + ".";

    /// <summary>Reads one choice; null for an empty cell.</summary>
    public bool TryRead(string? text, out T? value, out string? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (byName.TryGetValue(text.Trim(), out var found))
        {
            value = found;
            return true;
        }
        problem = "must be one of: " + string.Join(", ", Allowed);
        return false;
    }

    /// <summary>Reads several choices separated by semicolons; an empty list for an empty cell.</summary>
    public bool TryReadSeveral(string? text, out IReadOnlyList<T> values, out string? problem)
    {
        var found = new List<T>();
        values = found;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!byName.TryGetValue(part, out var value))
            {
                problem = $"has \u201c{part}\u201d, which is not one of: " + string.Join(", ", Allowed);
                return false;
            }
            if (!found.Contains(value))
            {
                found.Add(value);
            }
        }
        return true;
    }
}
