using System.Globalization;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Database;
using LfrGovernance.Web.Infrastructure.Synthetic;

namespace LfrGovernance.Web.Infrastructure.Commands;

/// <summary><c>generate-national-register</c>: fills an empty register with a synthetic national-scale register
/// (<see cref="SyntheticNationalRegister"/>) for benchmarks, then exits. The database is the configured one
/// (<c>ConnectionStrings:Governance</c>, which the command line can set); it is created and migrated if needed, and
/// refused if it already holds records.</summary>
/// <remarks>Options: <c>--forces</c>, <c>--years</c>, <c>--deployments</c>, <c>--alerts</c> (defaults 43, 10, 50000,
/// 500000). Exit codes: 0 done, 1 a configuration problem, 4 the register is not empty.</remarks>
public static class GenerateNationalRegisterCommand
{
    public const string Name = "generate-national-register";

    public const int NotEmpty = 4;

    public static bool IsRequested(string[] args) =>
        args is { Length: > 0 } && string.Equals(args[0], Name, StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (size, rest) = ReadSize(args[1..]);
        var builder = WebApplication.CreateBuilder(rest);
        // Hundreds of thousands of inserts: logging each command would take longer than the inserts.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.AddGovernanceServices();
        await using var app = builder.Build();
        app.MigrateGovernanceDatabase();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var where = app.Services.GetRequiredService<GovernanceDatabaseSettings>().FilePath ?? "(in memory)";
        if (!await SyntheticNationalRegister.IsEmptyAsync(db))
        {
            await Console.Error.WriteLineAsync($"The register in {where} already holds records. The synthetic register is only generated into an empty one: name a new file with --ConnectionStrings:Governance \"Data Source=data/national.db\".");
            return NotEmpty;
        }
        Console.WriteLine($"Generating a synthetic register into {where}: {size.Forces} forces, {size.Years} years, {size.Deployments:N0} deployments, {size.Alerts:N0} alerts.");
        await SyntheticNationalRegister.GenerateAsync(db, size, Console.WriteLine);
        Console.WriteLine("Done.");
        return 0;
    }

    private static (SyntheticRegisterSize Size, string[] Others) ReadSize(string[] args)
    {
        var size = new SyntheticRegisterSize();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i].ToLowerInvariant();
            if (option is "--forces" or "--years" or "--deployments" or "--alerts")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
                {
                    throw new StartupConfigurationException($"{args[i]} needs a whole number of at least 1 after it.");
                }
                size = option switch
                {
                    "--forces" => size with { Forces = value },
                    "--years" => size with { Years = value },
                    "--deployments" => size with { Deployments = value },
                    _ => size with { Alerts = value },
                };
                i++;
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        return (size, rest.ToArray());
    }
}
