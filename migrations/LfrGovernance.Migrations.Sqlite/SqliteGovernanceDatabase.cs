using LfrGovernance.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Migrations.Sqlite;

/// <summary>How the register uses SQLite: one file, foreign keys enforced, migrations from this assembly.</summary>
public static class SqliteGovernanceDatabase
{
    /// <summary>The connection string used when none is configured, relative to the application's content root.</summary>
    public const string DefaultConnectionString = "Data Source=data/lfr-governance.db";

    /// <summary>Points the context at SQLite with this project's migrations.</summary>
    public static DbContextOptionsBuilder UseGovernanceSqlite(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(SqliteGovernanceDatabase).Assembly.GetName().Name));
    }

    /// <summary>Normalises a connection string: a relative file path is taken from <paramref name="baseDirectory"/>,
    /// and foreign keys are always enforced.</summary>
    public static string Normalise(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true };
        if (builder.Mode != SqliteOpenMode.Memory
            && !string.IsNullOrWhiteSpace(builder.DataSource)
            && builder.DataSource != ":memory:"
            && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
        }
        return builder.ToString();
    }

    /// <summary>The full path of the database file, or null for an in-memory database.</summary>
    public static string? FilePath(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : builder.DataSource;
    }
}
