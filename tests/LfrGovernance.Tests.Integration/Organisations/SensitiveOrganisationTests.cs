using System.Net;
using LfrGovernance.Core.History;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Organisations;

public sealed class SensitiveOrganisationTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public SensitiveOrganisationTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task Viewing_an_official_organisation_is_not_logged()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Ordinary Retailer");

        await PageAsync(editor, $"/organisations/{id}");

        Assert.Equal(0, await _app.QueryAsync(db => db.AccessLog.CountAsync(e => e.RecordId == id)));
    }

    [Fact]
    public async Task Viewing_an_official_sensitive_organisation_is_logged_with_the_user_and_roles()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientForUser("vic", Roles.Viewer);
        var id = await CreateAsync(editor, "Sensitive Supplier", "Vendor", "OfficialSensitive");

        var html = await PageAsync(viewer, $"/organisations/{id}");

        Assert.Contains("<h1 class=\"govuk-heading-l\">Sensitive Supplier</h1>", html, StringComparison.Ordinal);
        var entry = await _app.QueryAsync(db => db.AccessLog.AsNoTracking().SingleAsync(e => e.RecordId == id));
        Assert.Equal((AccessAction.Viewed, "Organisation", "vic", "Test vic", "Viewer", (string?)null),
            (entry.Action, entry.RecordType, entry.UserId, entry.UserName, entry.UserRoles, entry.Purpose));
        Assert.Equal(_app.Clock.GetUtcNow().UtcDateTime, entry.OccurredAt);
    }

    [Fact]
    public async Task A_purpose_required_organisation_asks_why_first_then_logs_the_view_with_the_purpose()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientForUser("val", Roles.Viewer);
        var id = await CreateAsync(editor, "Purpose Partner", "OtherForce", "OfficialSensitivePurposeRequired", notes: "Secret note");

        var ask = await PageAsync(viewer, $"/organisations/{id}");
        Assert.Contains("Why do you need to see this organisation?", ask, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret note", ask, StringComparison.Ordinal);
        Assert.Equal(0, await _app.QueryAsync(db => db.AccessLog.CountAsync(e => e.RecordId == id)));

        var missing = await AntiforgeryForm.PostAsync(viewer, $"/organisations/{id}", $"/organisations/{id}",
            new Dictionary<string, string> { ["Input.Purpose"] = "" });
        var missingHtml = await TextAsync(missing);
        Assert.Contains("<a href=\"#Input_Purpose\">Enter why you need to see this organisation</a>", missingHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret note", missingHtml, StringComparison.Ordinal);
        Assert.Equal(0, await _app.QueryAsync(db => db.AccessLog.CountAsync(e => e.RecordId == id)));

        var shown = await AntiforgeryForm.PostAsync(viewer, $"/organisations/{id}", $"/organisations/{id}",
            new Dictionary<string, string> { ["Input.Purpose"] = "FOI request 2026/114" });
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("Secret note", await TextAsync(shown), StringComparison.Ordinal);
        var entry = await _app.QueryAsync(db => db.AccessLog.AsNoTracking().SingleAsync(e => e.RecordId == id));
        Assert.Equal(("val", "FOI request 2026/114", AccessAction.Viewed), (entry.UserId, entry.Purpose, entry.Action));
    }

    [Fact]
    public async Task The_edit_form_of_a_sensitive_organisation_is_a_logged_view_too()
    {
        using var editor = _app.CreateClientForUser("eddie", Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Sensitive Venue", "Venue", "OfficialSensitive", notes: "Door codes");

        var form = await PageAsync(editor, $"/organisations/{id}/edit");

        Assert.Contains("Door codes", form, StringComparison.Ordinal);
        var entry = await _app.QueryAsync(db => db.AccessLog.AsNoTracking().SingleAsync(e => e.RecordId == id));
        Assert.Equal(("eddie", AccessAction.Viewed, (string?)null), (entry.UserId, entry.Action, entry.Purpose));
        Assert.EndsWith("to change it", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edit_form_of_a_purpose_required_organisation_asks_why_first()
    {
        using var editor = _app.CreateClientForUser("edna", Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Guarded Partner", "OtherForce", "OfficialSensitivePurposeRequired", notes: "Informant liaison");

        var ask = await PageAsync(editor, $"/organisations/{id}/edit");
        Assert.Contains("Why do you need to see this organisation?", ask, StringComparison.Ordinal);
        Assert.DoesNotContain("Informant liaison", ask, StringComparison.Ordinal);

        var form = await AntiforgeryForm.PostAsync(editor, $"/organisations/{id}/edit", $"/organisations/{id}/edit/purpose",
            new Dictionary<string, string> { ["Input.Purpose"] = "Correct the contact details" });

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Informant liaison", await TextAsync(form), StringComparison.Ordinal);
        var entry = await _app.QueryAsync(db => db.AccessLog.AsNoTracking().SingleAsync(e => e.RecordId == id));
        Assert.Equal(("edna", "Correct the contact details"), (entry.UserId, entry.Purpose));
    }

    [Fact]
    public async Task A_viewer_cannot_reach_the_edit_purpose_form()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var id = await CreateAsync(editor, "Guarded Museum", "Museum", "OfficialSensitivePurposeRequired");

        var response = await AntiforgeryForm.PostAsync(viewer, "/account", $"/organisations/{id}/edit/purpose",
            new Dictionary<string, string> { ["Input.Purpose"] = "Curious" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
