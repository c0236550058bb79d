using System.Reflection;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Authentication;
using LfrGovernance.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Administration;

/// <summary>What an administrator needs to know about this running copy: version, sign-in mode and database state.</summary>
public static class SystemStatus
{
    public sealed record Page(
        string Version,
        string Environment,
        AuthenticationMode SignInMode,
        bool DemoWarningShown,
        string DatabaseFile,
        long? DatabaseBytes,
        string JournalMode,
        bool ForeignKeysEnforced,
        IReadOnlyList<string> AppliedMigrations,
        IReadOnlyList<string> PendingMigrations);

    public sealed class Handler(GovernanceDbContext db, GovernanceDatabaseSettings database, AuthenticationSettings authentication, IHostEnvironment environment)
    {
        public async Task<Page> HandleAsync(CancellationToken cancellationToken)
        {
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            var journalMode = await PragmaAsync("journal_mode", cancellationToken);
            var foreignKeys = await PragmaAsync("foreign_keys", cancellationToken);
            var file = database.FilePath is null ? null : new FileInfo(database.FilePath);
            var version = typeof(SystemStatus).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            return new Page(version, environment.EnvironmentName, authentication.Mode, authentication.ShowDemoWarning,
                database.FilePath ?? "(in memory)", file is { Exists: true } ? file.Length : null,
                journalMode, foreignKeys == "1", applied, pending);
        }

        private async Task<string> PragmaAsync(string name, CancellationToken cancellationToken)
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"PRAGMA {name};";
                return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
