using System.Net;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Organisations;

public sealed class OrganisationConcurrencyTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public OrganisationConcurrencyTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task A_second_save_from_the_same_version_is_refused_with_the_first_change_named_and_the_first_save_kept()
    {
        using var ann = _app.CreateClientForUser("ann", Roles.GovernanceEditor);
        using var ben = _app.CreateClientForUser("ben", Roles.GovernanceEditor);
        var id = await CreateAsync(ann, "Riverside Arena", "Venue");
        Assert.Contains("name=\"Input.Version\" value=\"1\"", await PageAsync(ann, $"/organisations/{id}/edit"), StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"1\"", await PageAsync(ben, $"/organisations/{id}/edit"), StringComparison.Ordinal);

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var first = await EditAsync(ann, id, 1, Fields("Riverside Arena Ltd", "Venue"));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await EditAsync(ben, id, 1, Fields("The Riverside Arena", "Venue", notes: "Ben's note"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = await TextAsync(second);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Test ann saved changes to this organisation at", html, StringComparison.Ordinal);
        Assert.Contains("Your changes have not been saved", html, StringComparison.Ordinal);
        Assert.Contains("Test ann changed name from \u201cRiverside Arena\u201d to \u201cRiverside Arena Ltd\u201d", html, StringComparison.Ordinal);
        Assert.Contains("You entered \u201cThe Riverside Arena\u201d", html, StringComparison.Ordinal);
        // Ben's input is kept, and the form is now based on Ann's version.
        Assert.Contains("value=\"The Riverside Arena\"", html, StringComparison.Ordinal);
        Assert.Contains(">Ben's note</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"2\"", html, StringComparison.Ordinal);
        var saved = await _app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => new { o.Name, o.Version, o.Notes }).SingleAsync());
        Assert.Equal(("Riverside Arena Ltd", 2, (string?)null), (saved.Name, saved.Version, saved.Notes));

        // Saving again, knowingly, from the latest version replaces Ann's change.
        var again = await EditAsync(ben, id, 2, Fields("The Riverside Arena", "Venue", notes: "Ben's note"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("The Riverside Arena", await _app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Retiring_from_an_old_version_is_refused_and_names_the_change()
    {
        using var ann = _app.CreateClientForUser("ann", Roles.GovernanceEditor);
        using var ben = _app.CreateClientForUser("ben", Roles.GovernanceEditor);
        var id = await CreateAsync(ann, "Old Version Museum", "Museum");
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(ann, id, 1, Fields("Old Version Museum Trust", "Museum"))).StatusCode);

        var refused = await RetireAsync(ben, id, 1, "Closed");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await TextAsync(refused);
        Assert.Contains("It has not been retired", html, StringComparison.Ordinal);
        Assert.Contains("Test ann changed name from \u201cOld Version Museum\u201d to \u201cOld Version Museum Trust\u201d", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"2\"", html, StringComparison.Ordinal);
        Assert.Null(await _app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.RetiredAt).SingleAsync()));
    }
}
