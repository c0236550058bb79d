using System.Globalization;
using System.Net;
using LfrGovernance.Core.History;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Organisations;

public sealed class OrganisationPageTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public OrganisationPageTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task A_viewer_can_list_and_view_but_is_refused_create_edit_retire_and_reinstate()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var id = await CreateAsync(editor, "Policy Museum");

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri("/organisations", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri($"/organisations/{id}", UriKind.Relative))).StatusCode);
        foreach (var path in new[] { "/organisations/new", $"/organisations/{id}/edit", $"/organisations/{id}/retire", $"/organisations/{id}/reinstate" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
        var create = await AntiforgeryForm.PostAsync(viewer, "/organisations", "/organisations/new", Fields("Sneaky"));
        var edit = await EditAsync(viewer, id, 1, Fields("Sneaky"));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal("Policy Museum", await _app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync()));
        Assert.DoesNotContain("href=\"/organisations/new\"", await PageAsync(viewer, "/organisations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_governance_editor_reaches_every_organisation_page()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Editor Venue", "Venue");

        foreach (var path in new[] { "/organisations", $"/organisations/{id}", "/organisations/new", $"/organisations/{id}/edit", $"/organisations/{id}/retire", $"/organisations/{id}/reinstate" })
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_organisation_answers_404()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var unknown = Guid.NewGuid();

        foreach (var path in new[] { $"/organisations/{unknown}", $"/organisations/{unknown}/edit", $"/organisations/{unknown}/retire", $"/organisations/{unknown}/reinstate" })
        {
            var response = await editor.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await EditAsync(editor, unknown, 1, Fields("Nobody"))).StatusCode);
    }

    [Fact]
    public async Task Invalid_input_is_shown_beside_each_field_with_a_summary_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var before = await _app.QueryAsync(db => db.Organisations.CountAsync());

        var response = await AntiforgeryForm.PostAsync(editor, "/organisations/new", "/organisations/new",
            Fields(string.Empty, kind: string.Empty, notes: new string('x', 4001)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await TextAsync(response);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Name\">Enter the organisation's name</a>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Name-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Kind\">Select the type of organisation</a>", html, StringComparison.Ordinal);
        Assert.Contains("Notes must be 4,000 characters or fewer", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: Add an organisation", html, StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task Creating_and_editing_twice_writes_versions_1_2_and_3_and_the_page_shows_each_diff()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Northgate Shopping Centre", "Landowner");
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(editor, id, 1, Fields("Northgate Centre", "Landowner"))).StatusCode);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(editor, id, 2, Fields("Northgate Centre", "LocalAuthority", notes: "Now council-owned"))).StatusCode);

        var versions = await _app.QueryAsync(db => db.History.Where(e => e.RecordId == id).OrderBy(e => e.Version)
            .Select(e => new { e.Version, e.Action, e.OccurredAt }).ToListAsync());
        Assert.Equal([1, 2, 3], versions.Select(v => v.Version));
        Assert.Equal([HistoryAction.Created, HistoryAction.Updated, HistoryAction.Updated], versions.Select(v => v.Action));
        Assert.Equal(3, versions.Select(v => v.OccurredAt).Distinct().Count());

        var html = await PageAsync(editor, $"/organisations/{id}");
        Assert.Contains("Times are UK time (Europe/London)", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Changed (version 3)", StringComparison.Ordinal) < html.IndexOf("Changed (version 2)", StringComparison.Ordinal), "Newest first");
        Assert.Contains("Created (version 1)", html, StringComparison.Ordinal);
        Assert.Contains("by Test test-user (Governance editor)", html, StringComparison.Ordinal);
        var version2 = Section(html, "version-2");
        Assert.Matches(@"<th scope=""row"" class=""govuk-table__header"">Name</th>\s*<td class=""govuk-table__cell"">Northgate Shopping Centre</td>\s*<td class=""govuk-table__cell"">Northgate Centre</td>", version2);
        Assert.DoesNotContain("Type of organisation", version2, StringComparison.Ordinal);
        var version3 = Section(html, "version-3");
        Assert.Matches(@"Type of organisation</th>\s*<td class=""govuk-table__cell"">Landowner</td>\s*<td class=""govuk-table__cell"">Local authority</td>", version3);
        Assert.Matches(@"Notes</th>\s*<td class=""govuk-table__cell"">Not set</td>\s*<td class=""govuk-table__cell"">Now council-owned</td>", version3);
        Assert.DoesNotContain(">Kind<", html, StringComparison.Ordinal);
        // Shown in London time: an hour ahead of UTC in June.
        var london = TimeZoneInfo.ConvertTimeFromUtc(versions[1].OccurredAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        Assert.Equal(versions[1].OccurredAt.AddHours(1), london);
        var expected = london.ToString("h:mm:ss", CultureInfo.InvariantCulture) + (london.Hour < 12 ? "am" : "pm")
            + london.ToString(" 'on' d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.Contains(expected, version2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retiring_needs_a_reason_then_hides_the_organisation_unless_retired_ones_are_shown()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Retiring Retail Ltd");

        var refused = await RetireAsync(editor, id, 1, "  ");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await TextAsync(refused);
        Assert.Contains("<a href=\"#Input_Reason\">Enter why you are retiring this organisation</a>", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"reason-error\"", refusedHtml, StringComparison.Ordinal);
        Assert.Null(await _app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.RetiredAt).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await RetireAsync(editor, id, 1, "Contract ended")).StatusCode);

        Assert.DoesNotContain("Retiring Retail Ltd", await PageAsync(editor, "/organisations"), StringComparison.Ordinal);
        var all = await PageAsync(editor, "/organisations?showRetired=true");
        Assert.Contains($"<a class=\"govuk-link\" href=\"/organisations/{id}\">Retiring Retail Ltd</a>", all, StringComparison.Ordinal);
        var details = await PageAsync(editor, $"/organisations/{id}");
        Assert.Contains("Retired (version 2)", details, StringComparison.Ordinal);
        Assert.Contains("Reason: Contract ended", details, StringComparison.Ordinal);

        var reinstated = await AntiforgeryForm.PostAsync(editor, "/organisations", $"/organisations/{id}/reinstate",
            new Dictionary<string, string> { ["Input.Version"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, reinstated.StatusCode);
        Assert.Contains("Retiring Retail Ltd", await PageAsync(editor, "/organisations"), StringComparison.Ordinal);
    }

    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {testId} on the page");
        var end = html.IndexOf("class=\"moj-timeline__item\"", start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }
}
