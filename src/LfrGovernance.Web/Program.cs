using LfrGovernance.Web.Infrastructure;
using LfrGovernance.Web.Infrastructure.Commands;
using LfrGovernance.Web.Infrastructure.Database;
using LfrGovernance.Web.Infrastructure.Demo;

try
{
    if (VerifyHistoryCommand.IsRequested(args))
    {
        return await VerifyHistoryCommand.RunAsync(args);
    }
    if (LoadDemoDataCommand.IsRequested(args))
    {
        return await LoadDemoDataCommand.RunAsync(args);
    }
    if (GenerateNationalRegisterCommand.IsRequested(args))
    {
        return await GenerateNationalRegisterCommand.RunAsync(args);
    }

    var builder = WebApplication.CreateBuilder(args);
    builder.AddGovernanceServices();

    var app = builder.Build();
    app.UseGovernancePipeline();
    app.MigrateGovernanceDatabase();
    app.LoadIfWanted();
    await app.RunAsync();
    return 0;
}
catch (StartupConfigurationException ex)
{
    // A configuration problem is an operator's to fix: say what it is, without a stack trace.
    Console.Error.WriteLine(VerifyHistoryCommand.IsRequested(args) ? "LfrGovernance cannot check the history." : "LfrGovernance cannot start.");
    Console.Error.WriteLine(ex.Message);
    return 1;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
