using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LfrGovernance.Core.History;

/// <summary>The hash that chains history entries.</summary>
public static class HistoryHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>SHA-256 over every field of the entry except the hash itself, each written as name, length and
    /// value so that no two different entries can produce the same input.</summary>
    public static string Compute(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder(entry.Snapshot.Length + entry.Changes.Length + 512);
        Append(text, "sequence", entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(text, "type", entry.RecordType);
        Append(text, "id", entry.RecordId.ToString("D"));
        Append(text, "version", entry.Version.ToString(CultureInfo.InvariantCulture));
        Append(text, "action", entry.Action.ToString());
        Append(text, "snapshot", entry.Snapshot);
        Append(text, "changes", entry.Changes);
        Append(text, "changeset", entry.ChangeSetId.ToString("D"));
        Append(text, "user", entry.UserId);
        Append(text, "username", entry.UserName);
        Append(text, "roles", entry.UserRoles);
        Append(text, "at", DateTime.SpecifyKind(entry.OccurredAt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
        Append(text, "reason", entry.Reason ?? "\u0000");
        Append(text, "previous", entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, string name, string value) =>
        text.Append(name).Append('=').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}
