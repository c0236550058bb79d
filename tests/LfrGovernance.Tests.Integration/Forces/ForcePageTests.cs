using System.Net;
using LfrGovernance.Core.History;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Forces.ForceRequests;

namespace LfrGovernance.Tests.Integration.Forces;

public sealed class ForcePageTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public ForcePageTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task Creating_editing_retiring_and_reinstating_writes_versions_1_to_4_and_the_page_shows_them()
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        var id = await CreateAsync(admin, "Northshire Police", "nsp");
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(admin, id, 1, "Northshire Constabulary", "NSC")).StatusCode);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Redirect, (await RetireAsync(admin, id, 2, "Merged with Southshire")).StatusCode);

        Assert.DoesNotContain("Northshire Constabulary", await PageAsync(admin, "/forces"), StringComparison.Ordinal);
        Assert.Contains($"<a class=\"govuk-link\" href=\"/forces/{id}\">Northshire Constabulary</a>", await PageAsync(admin, "/forces?showRetired=true"), StringComparison.Ordinal);
        Assert.Contains("Reason: Merged with Southshire", await PageAsync(admin, $"/forces/{id}"), StringComparison.Ordinal);

        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Redirect, (await ReinstateAsync(admin, id, 3)).StatusCode);

        var versions = await _app.QueryAsync(db => db.History.Where(e => e.RecordId == id).OrderBy(e => e.Version)
            .Select(e => new { e.Version, e.Action, e.Reason }).ToListAsync());
        Assert.Equal([1, 2, 3, 4], versions.Select(v => v.Version));
        Assert.Equal([HistoryAction.Created, HistoryAction.Updated, HistoryAction.Retired, HistoryAction.Reinstated], versions.Select(v => v.Action));
        Assert.Equal("Merged with Southshire", versions[2].Reason);
        var stored = await _app.QueryAsync(db => db.Forces.AsNoTracking().SingleAsync(f => f.Id == id));
        Assert.Equal(("Northshire Constabulary", "NSC", false, 4, (DateTime?)null), (stored.Name, stored.Code, stored.IsDefault, stored.Version, stored.RetiredAt));

        var html = await PageAsync(admin, $"/forces/{id}");
        Assert.True(html.IndexOf("Reinstated (version 4)", StringComparison.Ordinal) < html.IndexOf("Retired (version 3)", StringComparison.Ordinal), "Newest first");
        Assert.Contains("Created (version 1)", html, StringComparison.Ordinal);
        Assert.Contains("by Test test-user (Administrator)", html, StringComparison.Ordinal);
        Assert.Matches(@"Code</th>\s*<td class=""govuk-table__cell"">NSP</td>\s*<td class=""govuk-table__cell"">NSC</td>", html);
        Assert.Contains($"<a class=\"govuk-link\" href=\"/forces/{id}\">Northshire Constabulary</a>", await PageAsync(admin, "/forces"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_another_force_has_is_refused_beside_the_field_and_nothing_is_saved()
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        var first = await CreateAsync(admin, "Eastshire Police", "EAST");
        var second = await CreateAsync(admin, "Westshire Police", "WEST");
        var before = await _app.QueryAsync(async db => (await db.Forces.CountAsync(), await db.History.CountAsync()));

        var create = await PostCreateAsync(admin, "Another Eastshire", "east");
        var edit = await EditAsync(admin, second, 1, "Westshire Police", "EAST");

        foreach (var response in new[] { create, edit })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await TextAsync(response);
            Assert.Contains("<a href=\"#Input_Code\">Another force already has the code EAST</a>", html, StringComparison.Ordinal);
            Assert.Contains("id=\"code-error\"", html, StringComparison.Ordinal);
        }
        Assert.Equal(before, await _app.QueryAsync(async db => (await db.Forces.CountAsync(), await db.History.CountAsync())));
        Assert.Equal("WEST", await _app.QueryAsync(db => db.Forces.Where(f => f.Id == second).Select(f => f.Code).SingleAsync()));
        // Keeping its own code is not a clash.
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(admin, first, 1, "Eastshire Constabulary", "EAST")).StatusCode);
    }

    [Theory]
    [InlineData("", "CODE", "Input_Name", "Enter the force's name")]
    [InlineData("Spaced Police", "SP ACE", "Input_Code", "Code must contain only letters, digits and hyphens")]
    [InlineData("Long Code Police", "ABCDEFGHIJKLMNOPQRSTU", "Input_Code", "Code must be 20 characters or fewer")]
    [InlineData("No Code Police", "", "Input_Code", "Enter the force's code")]
    public async Task Invalid_input_is_shown_beside_the_field_and_nothing_is_saved(string name, string code, string anchor, string message)
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        var before = await _app.QueryAsync(db => db.Forces.CountAsync());

        var response = await PostCreateAsync(admin, name, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await TextAsync(response);
        Assert.Contains($"<a href=\"#{anchor}\">{message}</a>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: Add a force", html, StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryAsync(db => db.Forces.CountAsync()));
    }

    [Fact]
    public async Task Retiring_needs_a_reason_and_the_default_force_cannot_be_retired()
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        var id = await CreateAsync(admin, "Reasonless Police", "REASON");
        var refused = await RetireAsync(admin, id, 1, "  ");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<a href=\"#Input_Reason\">Enter why you are retiring this force</a>", await TextAsync(refused), StringComparison.Ordinal);

        var defaultForce = await _app.QueryAsync(db => db.Forces.Where(f => f.IsDefault).Select(f => new { f.Id, f.Version }).SingleAsync());
        var historyBefore = await _app.QueryAsync(db => db.History.CountAsync());

        var response = await RetireAsync(admin, defaultForce.Id, defaultForce.Version, "No longer needed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await TextAsync(response);
        Assert.Contains("<a href=\"#Input_Reason\">The default force cannot be retired. Make another force the default first</a>", html, StringComparison.Ordinal);
        Assert.Matches(@"id=""reason-error"" class=""govuk-error-message""><span class=""govuk-visually-hidden"">Error:</span> The default force cannot be retired", html);
        var stored = await _app.QueryAsync(db => db.Forces.AsNoTracking().SingleAsync(f => f.Id == defaultForce.Id));
        Assert.Equal(((DateTime?)null, true, defaultForce.Version), (stored.RetiredAt, stored.IsDefault, stored.Version));
        Assert.Equal(historyBefore, await _app.QueryAsync(db => db.History.CountAsync()));
    }

    [Fact]
    public async Task A_second_edit_from_the_same_version_is_refused_with_the_first_change_named()
    {
        using var ann = _app.CreateClientForUser("ann", Roles.Administrator);
        using var ben = _app.CreateClientForUser("ben", Roles.Administrator);
        var id = await CreateAsync(ann, "Midshire Police", "MID");
        Assert.Contains("name=\"Input.Version\" value=\"1\"", await PageAsync(ben, $"/forces/{id}/edit"), StringComparison.Ordinal);

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(ann, id, 1, "Midshire Constabulary", "MID")).StatusCode);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await EditAsync(ben, id, 1, "Midshire Police Service", "MID");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = await TextAsync(second);
        Assert.Contains("Test ann saved changes to this force at", html, StringComparison.Ordinal);
        Assert.Contains("Your changes have not been saved", html, StringComparison.Ordinal);
        Assert.Contains("Test ann changed name from \u201cMidshire Police\u201d to \u201cMidshire Constabulary\u201d", html, StringComparison.Ordinal);
        Assert.Contains("You entered \u201cMidshire Police Service\u201d", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"2\"", html, StringComparison.Ordinal);
        var saved = await _app.QueryAsync(db => db.Forces.Where(f => f.Id == id).Select(f => new { f.Name, f.Version }).SingleAsync());
        Assert.Equal(("Midshire Constabulary", 2), (saved.Name, saved.Version));

        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(ben, id, 2, "Midshire Police Service", "MID")).StatusCode);
        Assert.Equal("Midshire Police Service", await _app.QueryAsync(db => db.Forces.Where(f => f.Id == id).Select(f => f.Name).SingleAsync()));
    }
}
