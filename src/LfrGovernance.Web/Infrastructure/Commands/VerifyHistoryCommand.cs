using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Migrations.Sqlite;
using LfrGovernance.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Commands;

/// <summary><c>verify-history</c>: checks the history's hash chain from the command line, with the application's own
/// configuration, without starting the web server or needing sign-in settings. Prints the one-line summary.</summary>
/// <remarks>Exit codes: 0 intact, 3 not intact, 1 a configuration problem (through <see cref="StartupConfigurationException"/>).
/// The database is opened read-only and never created or migrated: a check must not change what it checks.</remarks>
public static class VerifyHistoryCommand
{
    public const string Name = "verify-history";

    public const int Intact = 0;

    public const int NotIntact = 3;

    public static bool IsRequested(string[] args) =>
        args is { Length: > 0 } && string.Equals(args[0], Name, StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        // The web builder reads configuration exactly as the application does (appsettings, environment, variables,
        // command line); nothing is built or started.
        var builder = WebApplication.CreateBuilder(args[1..]);
        var settings = GovernanceDatabase.ReadSettings(builder.Configuration, builder.Environment);
        var setting = $"ConnectionStrings:{GovernanceDatabase.ConnectionStringName}";
        if (settings.FilePath is null)
        {
            throw new StartupConfigurationException($"{setting} names an in-memory database: there is no history to check.");
        }
        if (!File.Exists(settings.FilePath))
        {
            throw new StartupConfigurationException(
                $"The database file {settings.FilePath} does not exist, so there is no history to check. Check {setting} and the environment ({builder.Environment.EnvironmentName}).");
        }

        var readOnly = new SqliteConnectionStringBuilder(settings.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();
        var options = new DbContextOptionsBuilder<GovernanceDbContext>();
        options.UseGovernanceSqlite(readOnly);
        await using var db = new GovernanceDbContext(options.Options, SystemChangeAuthor.Instance, TimeProvider.System);
        HistoryVerification result;
        try
        {
            result = await HistoryVerifier.VerifyAsync(db);
        }
        catch (SqliteException ex)
        {
            throw new StartupConfigurationException(
                $"The database {settings.FilePath} cannot be read as an LfrGovernance register: {ex.Message} "
                + $"Check {setting}; a database made by an older version needs the application to start once to bring it up to date.", ex);
        }
        Console.WriteLine(result.Summary);
        return result.Intact ? Intact : NotIntact;
    }
}
