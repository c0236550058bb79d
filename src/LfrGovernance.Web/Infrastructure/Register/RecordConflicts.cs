namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>One field someone else changed after the user loaded the record: who, when, what it was, what it is now.</summary>
public sealed record ConflictLine(string Field, string Label, string ChangedBy, DateTime AtUtc, string Before, string Now)
{
    /// <summary>The sentence shown in the error summary and beside the field.</summary>
    public string Message(string? yourValue)
    {
        var text = $"{ChangedBy} changed {Label.ToLowerInvariant()} from \u201c{Before}\u201d to \u201c{Now}\u201d at {UkTime.Format(AtUtc)} ({UkTime.ZoneName}), after you opened this page";
        return yourValue is null ? text : $"{text}. You entered \u201c{yourValue}\u201d";
    }
}

/// <summary>Turns the versions saved since the user's version into one line per field changed.</summary>
public static class RecordConflicts
{
    public static IReadOnlyList<ConflictLine> Summarise(IReadOnlyList<HistoryItem> since)
    {
        ArgumentNullException.ThrowIfNull(since);
        var lines = new Dictionary<string, ConflictLine>(StringComparer.Ordinal);
        foreach (var item in since.OrderBy(i => i.Version))
        {
            foreach (var change in item.Changes)
            {
                var before = lines.TryGetValue(change.Field, out var earlier) ? earlier.Before : change.Before;
                lines[change.Field] = new ConflictLine(change.Field, change.Label, item.UserName, item.OccurredAtUtc, before, change.After);
            }
        }
        return [.. lines.Values];
    }

    /// <summary>Who saved in between, for the summary's first sentence.</summary>
    public static string Names(IReadOnlyList<HistoryItem> since)
    {
        ArgumentNullException.ThrowIfNull(since);
        var names = since.Select(i => i.UserName).Distinct(StringComparer.Ordinal).ToList();
        return names.Count <= 1 ? names.FirstOrDefault() ?? "Someone else" : string.Join(", ", names[..^1]) + " and " + names[^1];
    }
}
