using LfrGovernance.Core.History;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Register;

/// <summary><c>load-demo-data</c> run as an operator would: the built application with the command's name.</summary>
public sealed class LoadDemoDataCommandTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly string _folder = Directory.CreateTempSubdirectory("lfrgov-demo-").FullName;

    private string DatabaseFile => Path.Combine(_folder, "register.db");

    private Task<AppProcess.Outcome> RunAsync(string mode) => AppProcess.RunUntilExitAsync(new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Authentication__Mode"] = mode,
        ["AzureAd__TenantId"] = "11111111-2222-3333-4444-555555555555",
        ["AzureAd__ClientId"] = "66666666-7777-8888-9999-000000000000",
        ["Register__DemoData"] = "false",
        ["ConnectionStrings__Governance"] = $"Data Source={DatabaseFile}",
        ["DataProtection__KeysFolder"] = Path.Combine(_folder, "keys"),
        ["Register__Documents__Folder"] = Path.Combine(_folder, "documents"),
    }, Timeout, [LoadDemoDataCommand.Name]);

    [Fact]
    public async Task The_command_loads_the_demonstration_register_once_into_an_empty_register_with_its_history()
    {
        var first = await RunAsync("Local");
        var second = await RunAsync("Local");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Loaded the demonstration register", first.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(LoadDemoDataCommand.NotEmpty, second.ExitCode);
        Assert.Contains("only loaded into an empty one", second.StandardError, StringComparison.Ordinal);
        using var database = new LfrGovernance.Core.Persistence.GovernanceDbContext(
            new DbContextOptionsBuilder<LfrGovernance.Core.Persistence.GovernanceDbContext>()
                .UseSqlite($"Data Source={DatabaseFile}").Options);
        Assert.Equal(32, await database.Deployments.CountAsync());
        Assert.True((await HistoryVerifier.VerifyAsync(database)).Intact);
    }

    [Fact]
    public async Task The_command_refuses_a_register_people_sign_in_to_with_entra_id()
    {
        var outcome = await RunAsync("Entra");

        Assert.Equal(LoadDemoDataCommand.NotLocal, outcome.ExitCode);
        Assert.Contains("only loaded in local sign-in mode", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabaseFile), "The register was created or changed");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
