using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LfrGovernance.Core.History;

namespace LfrGovernance.Tests.Unit.History;

public sealed class HistoryHashTests
{
    [Theory]
    [InlineData("Organisation", "{\"Name\":\"Natural History Museum\"}", null)]
    [InlineData("Deployment", "{\"Purpose\":\"Caf\u00e9 \u2014 \u00ab night \u00bb \U0001F600 <b>&amp;</b>\"}", "Imported from d\u00e9ploiements.xlsx (SHA-256 00ff)")]
    [InlineData("Deployment", "", "")]
    public void The_hash_is_SHA_256_of_every_field_written_as_name_length_and_value(string type, string snapshot, string? reason)
    {
        var entry = new HistoryEntry
        {
            Sequence = 12_345,
            RecordType = type,
            RecordId = Guid.Parse("5d0f5c51-7c35-4b6e-9a57-1b8f0e7c2a10"),
            Version = 3,
            Action = HistoryAction.Updated,
            // Longer than a kilobyte, to cross the buffer the hash is fed from.
            Snapshot = snapshot + new string('x', 1500),
            Changes = "[{\"Field\":\"Name\",\"Before\":null,\"After\":\"\u00c9cole\"}]",
            ChangeSetId = Guid.Parse("0b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"),
            UserId = "bea",
            UserName = "Bea Hughes",
            UserRoles = "GovernanceEditor,FoiOfficer",
            OccurredAt = new DateTime(2026, 6, 10, 9, 30, 15, DateTimeKind.Utc),
            Reason = reason,
            PreviousHash = HistoryHash.Genesis,
            Hash = string.Empty,
        };

        Assert.Equal(WrittenOut(entry), HistoryHash.Compute(entry));
    }

    [Fact]
    public void Any_field_changed_changes_the_hash()
    {
        var entry = new HistoryEntry
        {
            Sequence = 1, RecordType = "Organisation", RecordId = Guid.NewGuid(), Version = 1, Action = HistoryAction.Created,
            Snapshot = "{}", Changes = "[]", ChangeSetId = Guid.NewGuid(), UserId = "bea", UserName = "Bea", UserRoles = "",
            OccurredAt = DateTime.UtcNow, PreviousHash = HistoryHash.Genesis, Hash = string.Empty,
        };
        var before = HistoryHash.Compute(entry);
        entry.Reason = string.Empty;

        Assert.NotEqual(before, HistoryHash.Compute(entry));
    }

    /// <summary>The text the hash covers, as the history's documentation gives it, written out whole and hashed.</summary>
    private static string WrittenOut(HistoryEntry entry)
    {
        var text = new StringBuilder();
        void Append(string name, string value) => text.Append(CultureInfo.InvariantCulture, $"{name}={value.Length}:{value}\n");
        Append("sequence", entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Append("type", entry.RecordType);
        Append("id", entry.RecordId.ToString("D"));
        Append("version", entry.Version.ToString(CultureInfo.InvariantCulture));
        Append("action", entry.Action.ToString());
        Append("snapshot", entry.Snapshot);
        Append("changes", entry.Changes);
        Append("changeset", entry.ChangeSetId.ToString("D"));
        Append("user", entry.UserId);
        Append("username", entry.UserName);
        Append("roles", entry.UserRoles);
        Append("at", entry.OccurredAt.ToString("O", CultureInfo.InvariantCulture));
        Append("reason", entry.Reason ?? "\u0000");
        Append("previous", entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
