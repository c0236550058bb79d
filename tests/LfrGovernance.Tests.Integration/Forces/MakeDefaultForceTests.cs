using System.Net;
using LfrGovernance.Core.History;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Forces.ForceRequests;

namespace LfrGovernance.Tests.Integration.Forces;

public sealed class MakeDefaultForceTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public MakeDefaultForceTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task Making_a_force_the_default_moves_the_flag_in_one_change_set_and_new_records_belong_to_it()
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var old = await _app.QueryAsync(db => db.Forces.Where(f => f.IsDefault).Select(f => new { f.Id, f.Version }).SingleAsync());
        var id = await CreateAsync(admin, "Example Constabulary", "EXC");
        _app.Clock.Advance(TimeSpan.FromMinutes(1));

        var response = await MakeDefaultAsync(admin, id, 1);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/forces/{id}", response.Headers.Location?.ToString());
        var forces = await _app.QueryAsync(db => db.Forces.AsNoTracking().Where(f => f.Id == id || f.Id == old.Id).ToDictionaryAsync(f => f.Id));
        Assert.Equal((true, 2), (forces[id].IsDefault, forces[id].Version));
        Assert.Equal((false, old.Version + 1), (forces[old.Id].IsDefault, forces[old.Id].Version));
        Assert.Equal(1, await _app.QueryAsync(db => db.Forces.CountAsync(f => f.IsDefault)));

        var entries = await _app.QueryAsync(db => db.History.AsNoTracking()
            .Where(e => (e.RecordId == id && e.Version == 2) || (e.RecordId == old.Id && e.Version == old.Version + 1)).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(HistoryAction.Updated, e.Action));
        Assert.Single(entries.Select(e => e.ChangeSetId).Distinct());
        Assert.Equal(2, await _app.QueryAsync(db => db.History.CountAsync(e => e.ChangeSetId == entries[0].ChangeSetId)));

        var page = await PageAsync(admin, $"/forces/{id}");
        Assert.Matches(@"Default force</th>\s*<td class=""govuk-table__cell"">No</td>\s*<td class=""govuk-table__cell"">Yes</td>", page);
        Assert.Contains("made the default force in place of", page, StringComparison.Ordinal);

        // The interceptor gives a new record the default force: now this one.
        var organisation = await OrganisationRequests.CreateAsync(editor, "After The Move Ltd");
        Assert.Equal(id, await _app.QueryAsync(db => db.Organisations.Where(o => o.Id == organisation).Select(o => o.ForceId).SingleAsync()));

        // The old default can now be retired.
        Assert.Equal(HttpStatusCode.Redirect, (await RetireAsync(admin, old.Id, old.Version + 1, "Replaced by Example Constabulary")).StatusCode);
    }

    [Fact]
    public async Task A_retired_force_or_a_stale_version_cannot_be_made_the_default()
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        var retired = await CreateAsync(admin, "Closed Police", "CLOSED");
        Assert.Equal(HttpStatusCode.Redirect, (await RetireAsync(admin, retired, 1, "Closed")).StatusCode);
        var stale = await CreateAsync(admin, "Renamed Police", "RENAMED");
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(admin, stale, 1, "Renamed Police Service", "RENAMED")).StatusCode);
        var historyBefore = await _app.QueryAsync(db => db.History.CountAsync());

        var refusedRetired = await MakeDefaultAsync(admin, retired, 2);
        var refusedStale = await MakeDefaultAsync(admin, stale, 1);

        Assert.Equal(HttpStatusCode.OK, refusedRetired.StatusCode);
        Assert.Contains("A retired force cannot be the default", await TextAsync(refusedRetired), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refusedStale.StatusCode);
        Assert.Contains("Someone else changed this force after you opened this page", await TextAsync(refusedStale), StringComparison.Ordinal);
        Assert.Equal(historyBefore, await _app.QueryAsync(db => db.History.CountAsync()));
        Assert.False(await _app.QueryAsync(db => db.Forces.AnyAsync(f => (f.Id == retired || f.Id == stale) && f.IsDefault)));
    }
}
