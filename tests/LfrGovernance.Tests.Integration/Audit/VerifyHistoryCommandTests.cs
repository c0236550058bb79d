using LfrGovernance.Core.Organisations;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.Data.Sqlite;

namespace LfrGovernance.Tests.Integration.Audit;

/// <summary><c>dotnet LfrGovernance.Web.dll verify-history</c>, run as an operator would.</summary>
public sealed class VerifyHistoryCommandTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly string[] Command = ["verify-history"];
    private readonly TestDatabase _database = new();

    private string DatabaseFile => new SqliteConnectionStringBuilder(_database.ConnectionString).DataSource;

    // Production with no sign-in settings at all: the web application would refuse to start; the command needs none.
    private static Task<AppProcess.Outcome> RunAsync(string databaseFile) => AppProcess.RunUntilExitAsync(new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Governance"] = $"Data Source={databaseFile}",
    }, Timeout, Command);

    private async Task CreateAsync(params string[] names)
    {
        await using var db = _database.NewContext();
        db.Organisations.AddRange(names.Select(name => new Organisation { Name = name, Kind = OrganisationKind.Vendor }));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_good_history_prints_intact_and_exits_0()
    {
        _database.ExecuteDirectly("PRAGMA journal_mode=WAL;"); // as the application leaves it
        await CreateAsync("One", "Two");
        await CreateAsync("Three");
        SqliteConnection.ClearAllPools();

        var outcome = await RunAsync(DatabaseFile);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Equal("History intact, 3 entries.", outcome.StandardOutput.Trim());
    }

    [Fact]
    public async Task A_tampered_history_names_the_entry_and_exits_3()
    {
        await CreateAsync("One", "Two", "Three");
        _database.ExecuteDirectly("DROP TRIGGER \"History_NoUpdate\";");
        _database.ExecuteDirectly("UPDATE \"History\" SET \"UserName\" = 'Someone else' WHERE \"Sequence\" = 3;");
        SqliteConnection.ClearAllPools();

        var outcome = await RunAsync(DatabaseFile);

        Assert.Equal(3, outcome.ExitCode);
        Assert.StartsWith("History NOT intact: entry 3: altered", outcome.StandardOutput.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_file_that_does_not_exist_exits_1_with_a_clear_message_and_is_not_created()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"lfrgov-missing-{Guid.NewGuid():N}", "register.db");

        var outcome = await RunAsync(missing);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("LfrGovernance cannot check the history.", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains($"The database file {missing} does not exist", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    [Fact]
    public async Task The_check_does_not_change_the_database()
    {
        await CreateAsync("One");
        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(DatabaseFile);

        var outcome = await RunAsync(DatabaseFile);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(DatabaseFile));
    }

    public void Dispose() => _database.Dispose();
}
