using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LfrGovernance.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web application.</summary>
/// <remarks>The database is the one named by <c>--connection "Data Source=…"</c> after <c>--</c>, else the
/// development database of the web application (see docs/development/migrations.md).</remarks>
public sealed class DesignTimeGovernanceDbContextFactory : IDesignTimeDbContextFactory<GovernanceDbContext>
{
    public GovernanceDbContext CreateDbContext(string[] args)
    {
        var connectionString = ConnectionFromArguments(args)
            ?? SqliteGovernanceDatabase.Normalise(SqliteGovernanceDatabase.DefaultConnectionString, WebProjectDirectory());
        var options = new DbContextOptionsBuilder<GovernanceDbContext>();
        options.UseGovernanceSqlite(connectionString);
        return new GovernanceDbContext(options.Options);
    }

    private static string? ConnectionFromArguments(string[] args)
    {
        var index = Array.IndexOf(args, "--connection");
        return index >= 0 && index + 1 < args.Length
            ? SqliteGovernanceDatabase.Normalise(args[index + 1], Directory.GetCurrentDirectory())
            : null;
    }

    private static string WebProjectDirectory()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LfrGovernance.sln")))
            {
                return Path.Combine(directory.FullName, "src", "LfrGovernance.Web");
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
