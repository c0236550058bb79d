using LfrGovernance.Web.Infrastructure.Authentication;
using LfrGovernance.Web.Infrastructure.Database;
using LfrGovernance.Web.Infrastructure.Demo;

namespace LfrGovernance.Web.Infrastructure.Commands;

/// <summary><c>load-demo-data</c>: loads the demonstration register (<see cref="DemoRegister"/>) into the configured
/// database, then exits, whatever <c>Register:DemoData</c> says. Only in local sign-in mode, never with Entra ID
/// (a real register), and only into a register with no people or organisations yet.</summary>
/// <remarks>Exit codes: 0 loaded, 1 a configuration problem, 4 the register is not empty, 5 not in local sign-in mode.</remarks>
public static class LoadDemoDataCommand
{
    public const string Name = "load-demo-data";

    public const int NotEmpty = 4;

    public const int NotLocal = 5;

    public static bool IsRequested(string[] args) =>
        args is { Length: > 0 } && string.Equals(args[0], Name, StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateBuilder(args[1..]);
        builder.AddGovernanceServices();
        await using var app = builder.Build();
        if (app.Services.GetRequiredService<AuthenticationSettings>().Mode != AuthenticationMode.Local)
        {
            await Console.Error.WriteLineAsync("The demonstration register is only loaded in local sign-in mode (Authentication:Mode = Local), never into a register people sign in to with Entra ID.");
            return NotLocal;
        }
        app.MigrateGovernanceDatabase();
        var where = app.Services.GetRequiredService<GovernanceDatabaseSettings>().FilePath ?? "(in memory)";
        if (!app.LoadIntoEmptyRegister())
        {
            await Console.Error.WriteLineAsync($"The register in {where} already holds people or organisations: the demonstration register is only loaded into an empty one.");
            return NotEmpty;
        }
        Console.WriteLine($"Loaded the demonstration register into {where}.");
        return 0;
    }
}
