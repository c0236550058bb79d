using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Benchmarks;

/// <summary>A register database file in its own temporary folder, migrated with the real migrations and in WAL
/// mode, as the application runs it. Disposing deletes the folder.</summary>
public sealed class BenchmarkDatabase : IDisposable
{
    private readonly string folder;

    private BenchmarkDatabase(string folder, string connectionString)
    {
        this.folder = folder;
        ConnectionString = connectionString;
        var options = new DbContextOptionsBuilder<GovernanceDbContext>();
        options.UseGovernanceSqlite(connectionString);
        Options = options.Options;
    }

    /// <summary>Normalised as the application does it (absolute path, foreign keys on).</summary>
    public string ConnectionString { get; }

    public DbContextOptions<GovernanceDbContext> Options { get; }

    /// <summary>The default force every benchmark record belongs to.</summary>
    public static readonly Guid ForceId = new("0f0f0f0f-0000-4000-8000-0000000000be");

    /// <summary>Creates the file, applies every migration and switches the journal to WAL.</summary>
    public static BenchmarkDatabase Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lfr-governance-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = SqliteGovernanceDatabase.Normalise("Data Source=register.db", folder);
        var database = new BenchmarkDatabase(folder, connectionString);
        using (var db = database.Context(TimeProvider.System))
        {
            db.Database.Migrate();
        }
        // The default force the application creates at start-up, inserted directly so that the history starts
        // empty (the chain writer numbers entries from 1). Guids in upper case, as the SQLite provider writes them.
        database.Scalar($"INSERT INTO \"Forces\" (\"Id\", \"Name\", \"Code\", \"IsDefault\", \"Version\", \"Marking\") VALUES ('{ForceId.ToString().ToUpperInvariant()}', 'Benchmark Constabulary', 'BENCH', 1, 1, 'Official');");
        var journalMode = database.Scalar("PRAGMA journal_mode=WAL;");
        if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Expected WAL journal mode, got {journalMode}.");
        }
        return database;
    }

    /// <summary>The application's context, with its history interceptor, on the given clock.</summary>
    public GovernanceDbContext Context(TimeProvider clock) => new(Options, SystemChangeAuthor.Instance, clock);

    public string? Scalar(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Moves the write-ahead log into the database file, so that a benchmark does not pay for a
    /// checkpoint the seeding caused.</summary>
    public void Checkpoint() => Scalar("PRAGMA wal_checkpoint(TRUNCATE);");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
