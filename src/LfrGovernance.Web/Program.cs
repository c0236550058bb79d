using LfrGovernance.Web.Infrastructure;
using LfrGovernance.Web.Infrastructure.Database;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddGovernanceServices();

    var app = builder.Build();
    app.UseGovernancePipeline();
    app.MigrateGovernanceDatabase();
    app.Run();
    return 0;
}
catch (StartupConfigurationException ex)
{
    // A configuration problem is an operator's to fix: say what it is, without a stack trace.
    Console.Error.WriteLine("LfrGovernance cannot start.");
    Console.Error.WriteLine(ex.Message);
    return 1;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
