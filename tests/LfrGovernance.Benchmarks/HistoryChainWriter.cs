using System.Globalization;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using Microsoft.Data.Sqlite;

namespace LfrGovernance.Benchmarks;

/// <summary>Writes a long, valid history chain straight into the database: far faster than saving through EF, and
/// each entry is what the interceptor would have written (the real snapshot format, changes and hash).</summary>
public static class HistoryChainWriter
{
    // How the EF Core SQLite provider stores a DateTime and a Guid, so that the rows read back as EF wrote them.
    private const string SqliteDateTimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    private static readonly string[] HistoryColumns =
    [
        "Sequence", "RecordType", "RecordId", "Version", "Action", "Snapshot", "Changes", "ChangeSetId",
        "UserId", "UserName", "UserRoles", "OccurredAt", "Reason", "PreviousHash", "Hash",
    ];

    private static readonly string[] OrganisationColumns =
        ["Id", "Name", "Kind", "Contact", "Notes", "Version", "Marking", "RetiredAt", "RetirementReason", "ForceId"];

    /// <summary>Writes <paramref name="records"/> organisations with <paramref name="versions"/> versions each, round
    /// by round (every record's version 1, then every record's version 2...), a second apart, in one transaction,
    /// and sets the chain head. Returns the number of entries.</summary>
    public static long Write(BenchmarkDatabase database, int records, int versions, DateTime startUtc)
    {
        var actor = new HistoryActor("officer-1", "A. Officer", ["RegisterEditor", "Reader"]);
        var organisations = new Organisation[records];
        using var snapshots = database.Context(TimeProvider.System); // used for its model only: nothing is saved

        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        Execute(connection, "PRAGMA cache_size=-262144;"); // 256 MB, so that index pages stay in memory while seeding
        using var transaction = connection.BeginTransaction();
        using var insertEntry = Insert(connection, transaction, "History", HistoryColumns);
        var values = insertEntry.Parameters;

        var previousHash = HistoryHash.Genesis;
        long sequence = 0;
        for (var version = 1; version <= versions; version++)
        {
            var changeSet = Guid.NewGuid();
            for (var number = 0; number < records; number++)
            {
                string changes;
                var action = version == 1 ? HistoryAction.Created : HistoryAction.Updated;
                if (version == 1)
                {
                    organisations[number] = new Organisation
                    {
                        Name = $"Organisation {number:D6}, version 1",
                        Kind = (OrganisationKind)(number % 9),
                        Contact = $"Data protection lead, dpo{number}@example.org",
                        Notes = "Partner in a live facial recognition deployment; data sharing agreement on file.",
                        Version = 1,
                        ForceId = BenchmarkDatabase.ForceId,
                    };
                    changes = RecordSnapshot.Serialize(RecordSnapshot.Changes(snapshots.Entry(organisations[number]), added: true));
                }
                else
                {
                    var organisation = organisations[number];
                    var before = organisation.Name;
                    organisation.Name = $"Organisation {number:D6}, version {version}";
                    organisation.Version = version;
                    changes = RecordSnapshot.Serialize([new FieldChange(nameof(Organisation.Name), before, organisation.Name)]);
                }

                if (number % 1_000 == 0)
                {
                    changeSet = Guid.NewGuid(); // one change set per batch of a thousand, as a bulk save would make
                }
                var entry = new HistoryEntry
                {
                    Sequence = ++sequence,
                    RecordType = nameof(Organisation),
                    RecordId = organisations[number].Id,
                    Version = version,
                    Action = action,
                    Snapshot = RecordSnapshot.Capture(snapshots.Entry(organisations[number])),
                    Changes = changes,
                    ChangeSetId = changeSet,
                    UserId = actor.UserId,
                    UserName = actor.DisplayName,
                    UserRoles = string.Join(',', actor.Roles),
                    OccurredAt = startUtc.AddSeconds(sequence),
                    Reason = null,
                    PreviousHash = previousHash,
                    Hash = string.Empty,
                };
                entry.Hash = HistoryHash.Compute(entry);
                previousHash = entry.Hash;

                values[0].Value = entry.Sequence;
                values[1].Value = entry.RecordType;
                values[2].Value = GuidText(entry.RecordId);
                values[3].Value = entry.Version;
                values[4].Value = entry.Action.ToString();
                values[5].Value = entry.Snapshot;
                values[6].Value = entry.Changes;
                values[7].Value = GuidText(entry.ChangeSetId);
                values[8].Value = entry.UserId;
                values[9].Value = entry.UserName;
                values[10].Value = entry.UserRoles;
                values[11].Value = entry.OccurredAt.ToString(SqliteDateTimeFormat, CultureInfo.InvariantCulture);
                values[12].Value = DBNull.Value;
                values[13].Value = entry.PreviousHash;
                values[14].Value = entry.Hash;
                insertEntry.ExecuteNonQuery();
            }
        }

        using (var insertOrganisation = Insert(connection, transaction, "Organisations", OrganisationColumns))
        {
            foreach (var organisation in organisations)
            {
                var row = insertOrganisation.Parameters;
                row[0].Value = GuidText(organisation.Id);
                row[1].Value = organisation.Name;
                row[2].Value = organisation.Kind.ToString();
                row[3].Value = (object?)organisation.Contact ?? DBNull.Value;
                row[4].Value = (object?)organisation.Notes ?? DBNull.Value;
                row[5].Value = organisation.Version;
                row[6].Value = organisation.Marking.ToString();
                row[7].Value = DBNull.Value;
                row[8].Value = DBNull.Value;
                row[9].Value = GuidText(organisation.ForceId);
                insertOrganisation.ExecuteNonQuery();
            }
        }

        // The database moved the chain head itself as each entry was inserted (a trigger); check it did.
        using (var head = connection.CreateCommand())
        {
            head.Transaction = transaction;
            head.CommandText = "SELECT COUNT(*) FROM HistoryChainHead WHERE Id = $id AND LastSequence = $sequence AND LastHash = $hash;";
            head.Parameters.AddWithValue("$id", HistoryChainHead.SingletonId);
            head.Parameters.AddWithValue("$sequence", sequence);
            head.Parameters.AddWithValue("$hash", previousHash);
            if (Convert.ToInt64(head.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 1)
            {
                throw new InvalidOperationException("The chain head does not name the last entry written.");
            }
        }
        transaction.Commit();
        return sequence;
    }

    private static string GuidText(Guid id) => id.ToString("D").ToUpperInvariant();

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select(c => "$" + c))});";
        foreach (var column in columns)
        {
            command.Parameters.Add(new SqliteParameter("$" + column, null));
        }
        command.Prepare();
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
