using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration;

/// <summary>The built application, started as an operator would start it, refusing bad configuration.</summary>
public sealed class StartupTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("lfrgov-startup-").FullName;

    [Fact]
    public async Task Production_without_Entra_settings_refuses_to_start_naming_the_missing_settings()
    {
        var outcome = await AppProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Governance"] = $"Data Source={Path.Combine(_folder, "register.db")}",
            ["DataProtection__KeysFolder"] = Path.Combine(_folder, "keys"),
        }, Timeout);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("LfrGovernance cannot start.", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("Entra ID sign-in is not configured: missing AzureAd:TenantId, AzureAd:ClientId", outcome.StandardError, StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Production_refuses_local_sign_in_unless_explicitly_allowed()
    {
        var outcome = await AppProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Authentication__Mode"] = "Local",
            ["ConnectionStrings__Governance"] = $"Data Source={Path.Combine(_folder, "register.db")}",
            ["DataProtection__KeysFolder"] = Path.Combine(_folder, "keys"),
        }, Timeout);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Local sign-in (Authentication:Mode=Local) is for development", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("Authentication:Local:AllowOutsideDevelopment=true", outcome.StandardError, StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task A_database_location_that_cannot_be_written_stops_start_up_with_a_clear_message()
    {
        // A folder cannot be made inside a file: this fails even for root, who may write anywhere else.
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file");

        var outcome = await AppProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Governance"] = $"Data Source={Path.Combine(blocker, "register.db")}",
            ["DataProtection__KeysFolder"] = Path.Combine(_folder, "keys"),
        }, Timeout);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"The folder {blocker} for the database file {Path.Combine(blocker, "register.db")} cannot be written", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Governance", outcome.StandardError, StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_start_up_with_a_clear_message()
    {
        var notADatabase = Path.Combine(_folder, "register.db");
        await File.WriteAllTextAsync(notADatabase, "these are minutes of a meeting, not a database; they must be long enough to fill a page header");

        var outcome = await AppProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Governance"] = $"Data Source={notADatabase}",
            ["DataProtection__KeysFolder"] = Path.Combine(_folder, "keys"),
        }, Timeout);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"The database {notADatabase} cannot be opened or updated", outcome.StandardError, StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task A_keys_folder_that_cannot_be_written_stops_start_up_with_a_clear_message()
    {
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file");

        var outcome = await AppProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Governance"] = $"Data Source={Path.Combine(_folder, "register.db")}",
            ["DataProtection__KeysFolder"] = Path.Combine(blocker, "keys"),
        }, Timeout);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"The folder {Path.Combine(blocker, "keys")} for the keys that protect sign-in cookies cannot be written", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("DataProtection:KeysFolder", outcome.StandardError, StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task A_default_force_code_that_is_not_a_code_stops_start_up_with_a_clear_message()
    {
        var outcome = await AppProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Governance"] = $"Data Source={Path.Combine(_folder, "register.db")}",
            ["DataProtection__KeysFolder"] = Path.Combine(_folder, "keys"),
            ["Register__DefaultForce__Code"] = "my force",
        }, Timeout);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Register:DefaultForce:Code is 'my force'; it must be letters, digits and hyphens", outcome.StandardError, StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
    }

    private static void AssertNoStackTrace(AppProcess.Outcome outcome)
    {
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", outcome.StandardError, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }
}
