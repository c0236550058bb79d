using LfrGovernance.Core.Forces;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LfrGovernance.Web.Infrastructure.Database;

/// <summary>The database the register lives in, as configured.</summary>
/// <param name="ConnectionString">The normalised connection string (absolute file path, foreign keys on).</param>
/// <param name="FilePath">The database file, or null for an in-memory database.</param>
public sealed record GovernanceDatabaseSettings(string ConnectionString, string? FilePath);

/// <summary>Registers the DbContext and brings the database up to date at start.</summary>
public static partial class GovernanceDatabase
{
    /// <summary>The connection string's name: <c>ConnectionStrings:Governance</c>.</summary>
    public const string ConnectionStringName = "Governance";

    /// <summary>The default force's name and code when <c>Register:DefaultForce</c> does not give them; an
    /// administrator can rename the force afterwards.</summary>
    public const string DefaultForceName = "Default force";

    public const string DefaultForceCode = "FORCE";

    public static GovernanceDatabaseSettings AddGovernanceDatabase(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = ReadSettings(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(settings);
        builder.Services.AddDbContext<GovernanceDbContext>(options => options.UseGovernanceSqlite(settings.ConnectionString));
        builder.Services.AddSingleton<IRecordTextSearch, SqliteRecordTextSearch>();
        // The context a request uses hides records flagged "do not confirm or deny" from users not cleared for
        // them; outside a request (start-up, commands) the system sees everything.
        builder.Services.Replace(ServiceDescriptor.Scoped<GovernanceDbContext>(services =>
        {
            var db = new GovernanceDbContext(services.GetRequiredService<DbContextOptions<GovernanceDbContext>>(),
                services.GetRequiredService<IChangeAuthor>(), services.GetRequiredService<TimeProvider>());
            if (services.GetRequiredService<IHttpContextAccessor>().HttpContext is { } http)
            {
                db.ShowsDoNotConfirmOrDenyRecords = services.GetRequiredService<DoNotConfirmOrDenyClearance>().IsCleared(http.User);
            }
            return db;
        }));
        return settings;
    }

    /// <summary>Reads <c>ConnectionStrings:Governance</c> (or the default), relative paths taken from the content root.</summary>
    public static GovernanceDatabaseSettings ReadSettings(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        string connectionString;
        try
        {
            connectionString = SqliteGovernanceDatabase.Normalise(
                string.IsNullOrWhiteSpace(configured) ? SqliteGovernanceDatabase.DefaultConnectionString : configured,
                environment.ContentRootPath);
        }
        catch (ArgumentException ex)
        {
            throw new StartupConfigurationException($"ConnectionStrings:{ConnectionStringName} is not a valid SQLite connection string: {ex.Message}", ex);
        }
        return new GovernanceDatabaseSettings(connectionString, SqliteGovernanceDatabase.FilePath(connectionString));
    }

    /// <summary>Checks the file can be written, switches it to WAL and applies pending migrations, logging what it did.
    /// Throws <see cref="StartupConfigurationException"/> with an operator's message when it cannot.</summary>
    public static void MigrateGovernanceDatabase(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Services.GetRequiredService<GovernanceDatabaseSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GovernanceDatabase));
        if (settings.FilePath is not null)
        {
            EnsureWritable(settings.FilePath);
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var where = settings.FilePath ?? "(in memory)";
        try
        {
            var journalMode = UseWriteAheadLog(db);
            var pending = db.Database.GetPendingMigrations().ToList();
            db.Database.Migrate();
            var current = db.Database.GetAppliedMigrations().LastOrDefault() ?? "(none)";
            if (pending.Count == 0)
            {
                LogUpToDate(logger, where, current, journalMode);
            }
            else
            {
                var applied = string.Join(", ", pending);
                LogMigrated(logger, where, pending.Count, applied, current, journalMode);
            }

            // The search index is keyed by SQLite's rowid, which a restored copy may not have kept.
            foreach (var index in SqliteRecordTextSearch.EnsureInStep(db))
            {
                LogSearchIndexRefilled(logger, index);
            }

            // Every record belongs to a force, so the register needs one before anything else is recorded.
            var configuration = app.Configuration;
            DefaultForce.EnsureAsync(db,
                configuration["Register:DefaultForce:Name"] is { Length: > 0 } name ? name : DefaultForceName,
                DefaultForceCodeFrom(configuration["Register:DefaultForce:Code"])).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("PendingModelChangesWarning", StringComparison.Ordinal))
        {
            throw new StartupConfigurationException(
                "This build of LfrGovernance is incomplete: its data model has changes that no migration captures. "
                + "Deploy a complete build; developers: add a migration (docs/development/migrations.md).", ex);
        }
        catch (SqliteException ex)
        {
            throw new StartupConfigurationException(
                $"The database {where} cannot be opened or updated: {ex.Message} "
                + $"Check ConnectionStrings:{ConnectionStringName}, that the file is a SQLite database, and that this account may write to it.", ex);
        }
    }

    /// <summary>The configured code in capitals, as the Forces pages keep codes; refused unless it is letters, digits
    /// and hyphens, at most 20.</summary>
    private static string DefaultForceCodeFrom(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DefaultForceCode;
        }
        var code = configured.Trim().ToUpperInvariant();
        if (code.Length > Force.CodeLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new StartupConfigurationException(
                $"Register:DefaultForce:Code is '{configured}'; it must be letters, digits and hyphens, at most {Force.CodeLength}, for example \"EXC\".");
        }
        return code;
    }

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning,
        Message = "The search index {Index} was out of step with the register (a restored copy?) and has been refilled.")]
    private static partial void LogSearchIndexRefilled(ILogger logger, string index);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Database {Database} is up to date at migration {Migration} (journal mode {JournalMode}).")]
    private static partial void LogUpToDate(ILogger logger, string database, string migration, string journalMode);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Database {Database}: applied {Count} migration(s): {Migrations}. Now at {Migration} (journal mode {JournalMode}).")]
    private static partial void LogMigrated(ILogger logger, string database, int count, string migrations, string migration, string journalMode);

    /// <summary>WAL lets readers carry on while one writer writes; the setting is stored in the file.</summary>
    private static string UseWriteAheadLog(GovernanceDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        db.Database.OpenConnection();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    private static void EnsureWritable(string filePath)
    {
        // SQLite also writes -wal and -shm files beside the database, so the folder itself must be writable.
        var setting = $"ConnectionStrings:{ConnectionStringName}";
        WritableFolder.Ensure(Path.GetDirectoryName(filePath)!, $"the database file {filePath}", setting);
        try
        {
            if (File.Exists(filePath))
            {
                using var existing = new FileStream(filePath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupConfigurationException(
                $"The database file {filePath} cannot be written: {ex.Message} Give this account write access to it, or set {setting} to a writable location.", ex);
        }
    }
}
