using LfrGovernance.Core.History;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Forces.ForceRequests;

namespace LfrGovernance.Tests.Integration.Forces;

public sealed class DefaultForceStartupTests
{
    [Fact]
    public async Task Start_up_creates_the_default_force_with_the_configured_name_and_code_as_the_first_entry_in_the_history()
    {
        using var app = new ClockedAppFactory();
        app.Settings["Register:DefaultForce:Name"] = "Example Constabulary";
        app.Settings["Register:DefaultForce:Code"] = " exc "; // kept in capitals, as the Forces pages keep codes
        using var admin = app.CreateClientFor(Roles.Administrator);

        var forces = await app.QueryAsync(db => db.Forces.AsNoTracking().ToListAsync());

        var force = Assert.Single(forces);
        Assert.Equal(("Example Constabulary", "EXC", true, 1), (force.Name, force.Code, force.IsDefault, force.Version));
        var first = await app.QueryAsync(db => db.History.AsNoTracking().OrderBy(e => e.Sequence).FirstAsync());
        Assert.Equal((1L, "Force", force.Id, 1, HistoryAction.Created), (first.Sequence, first.RecordType, first.RecordId, first.Version, first.Action));
        Assert.Contains("created when the register was first started", first.Reason, StringComparison.Ordinal);

        var list = await PageAsync(admin, "/forces");
        Assert.Contains($"<a class=\"govuk-link\" href=\"/forces/{force.Id}\">Example Constabulary</a>", list, StringComparison.Ordinal);
        var details = await PageAsync(admin, $"/forces/{force.Id}");
        Assert.Contains("Created (version 1)", details, StringComparison.Ordinal);
        Assert.Contains("The default force cannot be retired", details, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/forces/{force.Id}/retire\"", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_settings_the_default_force_is_named_default_force()
    {
        using var app = new ClockedAppFactory();

        var force = await app.QueryAsync(db => db.Forces.AsNoTracking().SingleAsync());

        Assert.Equal(("Default force", "FORCE", true), (force.Name, force.Code, force.IsDefault));
    }
}
