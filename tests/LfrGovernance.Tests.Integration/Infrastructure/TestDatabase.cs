using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace LfrGovernance.Tests.Integration.Infrastructure;

/// <summary>A SQLite file of its own, created by the real migrations, with a clock the test moves.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lfrgov-db-").FullName;

    public TestDatabase()
    {
        ConnectionString = SqliteGovernanceDatabase.Normalise($"Data Source={Path.Combine(_folder, "register.db")}", _folder);
        using var db = NewContext();
        db.Database.Migrate();
        // The default force that start-up creates, inserted directly so that each test's history starts empty
        // (Guids in upper case, as the SQLite provider writes them).
        ExecuteDirectly($"INSERT INTO \"Forces\" (\"Id\", \"Name\", \"Code\", \"IsDefault\", \"Version\", \"Marking\") VALUES ('{DefaultForceId.ToString().ToUpperInvariant()}', 'Test Constabulary', 'TEST', 1, 1, 'Official');");
    }

    public static readonly Guid DefaultForceId = new("0f0f0f0f-0000-4000-8000-000000000001");

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A context whose changes are made by <paramref name="author"/> (the system by default).</summary>
    public GovernanceDbContext NewContext(HistoryActor? author = null)
    {
        var options = new DbContextOptionsBuilder<GovernanceDbContext>();
        options.UseGovernanceSqlite(ConnectionString);
        return new GovernanceDbContext(options.Options, new FixedAuthor(author ?? HistoryActor.System), Clock);
    }

    /// <summary>Runs SQL as someone with direct access to the database file would.</summary>
    public void ExecuteDirectly(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class FixedAuthor(HistoryActor actor) : IChangeAuthor
    {
        public HistoryActor Current => actor;
    }
}
