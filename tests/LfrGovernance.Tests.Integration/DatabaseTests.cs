using LfrGovernance.Core.Persistence;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration;

public sealed class DatabaseTests : IClassFixture<GovernanceAppFactory>
{
    private readonly GovernanceAppFactory _app;

    public DatabaseTests(GovernanceAppFactory app) => _app = app;

    [Fact]
    public async Task Start_up_creates_the_configured_file_and_applies_every_migration()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();

        Assert.True(File.Exists(_app.DatabasePath));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task The_database_is_in_write_ahead_log_mode_with_foreign_keys_enforced()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
    }

    [Fact]
    public void Every_model_change_is_captured_by_a_migration()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes that no migration captures: add one (docs/development/migrations.md).");
    }

    private static async Task<string> PragmaAsync(GovernanceDbContext db, string name)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {name};";
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
