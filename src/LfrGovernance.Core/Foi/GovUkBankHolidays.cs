using System.Globalization;
using System.Text.Json;

namespace LfrGovernance.Core.Foi;

/// <summary>One holiday in GOV.UK's file, with every division (nation) that lists it under that title.</summary>
public sealed record GovUkBankHoliday(DateOnly Date, string Title, UkNation Divisions);

/// <summary>What was read from a GOV.UK bank holidays file: the holidays, or the reasons the file was refused (then
/// <see cref="Holidays"/> is empty). The messages are written for the person who uploaded the file.</summary>
public sealed record GovUkBankHolidayFile(IReadOnlyList<GovUkBankHoliday> Holidays, IReadOnlyList<string> Errors)
{
    /// <summary>Whether the file was read without error.</summary>
    public bool IsValid => Errors.Count == 0;
}

/// <summary>Reads the file GOV.UK publishes at https://www.gov.uk/bank-holidays.json, and tells which of its holidays
/// the calendar does not already know (the one-offs to add).</summary>
public static class GovUkBankHolidays
{
    /// <summary>The file's division keys and the nation each stands for.</summary>
    private static readonly Dictionary<string, UkNation> Divisions = new(StringComparer.Ordinal)
    {
        ["england-and-wales"] = UkNation.EnglandAndWales,
        ["scotland"] = UkNation.Scotland,
        ["northern-ireland"] = UkNation.NorthernIreland,
    };

    /// <summary>Enough to put right without burying the first few under hundreds of the same.</summary>
    private const int MostErrors = 10;

    /// <summary>Reads the file's JSON text.</summary>
    public static GovUkBankHolidayFile Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return NotJson(e);
        }
    }

    /// <summary>Reads the file from a stream of UTF-8 JSON, such as an upload.</summary>
    public static GovUkBankHolidayFile Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return NotJson(e);
        }
    }

    /// <summary>The holidays of <paramref name="holidays"/> on a date with no standing bank holiday and not already in
    /// <paramref name="alreadyKnown"/>, as one-offs for the calendar.</summary>
    public static IReadOnlyList<OneOffHoliday> OneOffsToAdd(IEnumerable<GovUkBankHoliday> holidays, IEnumerable<OneOffHoliday>? alreadyKnown = null)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var known = (alreadyKnown ?? []).Select(h => h.Date).ToHashSet();
        // A date is enough: s.10 asks only whether a day is a holiday somewhere, not which one.
        return [.. holidays
            .Where(h => !known.Contains(h.Date) && StandingBankHolidays.On(h.Date).Count == 0)
            .Select(h => new OneOffHoliday(h.Date, h.Title, h.Divisions))];
    }

    private static GovUkBankHolidayFile NotJson(JsonException e) =>
        Refused([$"The file is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): is it the bank-holidays.json file from GOV.UK?"]);

    private static GovUkBankHolidayFile Refused(IReadOnlyList<string> errors) => new([], errors);

    private static GovUkBankHolidayFile Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Refused(["The file should hold one JSON object with a part for each of england-and-wales, scotland and northern-ireland."]);
        }
        var errors = new List<string>();
        var found = new Dictionary<(DateOnly Date, string Title), UkNation>();
        foreach (var division in root.EnumerateObject())
        {
            if (!Divisions.TryGetValue(division.Name, out var nation))
            {
                errors.Add($"\"{division.Name}\" is not a division GOV.UK publishes: expected england-and-wales, scotland or northern-ireland.");
                continue;
            }
            if (division.Value.ValueKind != JsonValueKind.Object
                || !division.Value.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"The {division.Name} part has no list of \"events\".");
                continue;
            }
            var index = 0;
            foreach (var holiday in events.EnumerateArray())
            {
                index++;
                if (ReadEvent(holiday, $"Event {index} of {division.Name}", errors) is { } read)
                {
                    found[read] = found.GetValueOrDefault(read) | nation;
                }
            }
        }
        foreach (var missing in Divisions.Keys.Where(k => !root.TryGetProperty(k, out _)))
        {
            errors.Add($"The file has no {missing} part: GOV.UK's file has one for each UK division.");
        }
        if (errors.Count > 0)
        {
            return Refused(errors.Count <= MostErrors ? errors : [.. errors.Take(MostErrors), $"And {errors.Count - MostErrors} more errors."]);
        }
        return new([.. found.Select(h => new GovUkBankHoliday(h.Key.Date, h.Key.Title, h.Value))
            .OrderBy(h => h.Date).ThenBy(h => h.Title, StringComparer.Ordinal)], []);
    }

    private static (DateOnly Date, string Title)? ReadEvent(JsonElement holiday, string where, List<string> errors)
    {
        if (holiday.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{where} is not an object with a title and a date.");
            return null;
        }
        var title = holiday.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()!.Trim() : "";
        var dateText = holiday.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : null;
        var named = title.Length > 0 ? $"{where} (\"{title}\")" : where;
        if (title.Length == 0)
        {
            errors.Add($"{where} has no title.");
        }
        if (dateText is null)
        {
            errors.Add($"{named} has no date.");
            return null;
        }
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add($"{named} has the date \"{dateText}\": expected a date like 2025-12-25.");
            return null;
        }
        return title.Length > 0 ? (date, title) : null;
    }
}
