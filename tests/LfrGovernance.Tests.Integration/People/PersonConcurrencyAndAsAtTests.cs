using System.Net;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.People.PeopleRequests;

namespace LfrGovernance.Tests.Integration.People;

public sealed class PersonConcurrencyAndAsAtTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public PersonConcurrencyAndAsAtTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task A_second_edit_from_the_same_version_is_refused_with_the_first_change_named_and_the_first_save_kept()
    {
        using var ann = _app.CreateClientForUser("ann", Roles.GovernanceEditor);
        using var ben = _app.CreateClientForUser("ben", Roles.GovernanceEditor);
        var id = await CreateAsync(ann, "Jo Carter", "Sergeant", new DateOnly(2019, 4, 1), number: "4521");
        Assert.Contains("name=\"Input.Version\" value=\"1\"", await PageAsync(ben, $"/people/{id}/edit"), StringComparison.Ordinal);

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var first = await EditAsync(ann, id, 1, Fields("Jo Carter", "4522"));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await EditAsync(ben, id, 1, Fields("Joanne Carter", "4521"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = await TextAsync(second);
        Assert.Contains("Test ann saved changes to this person at", html, StringComparison.Ordinal);
        Assert.Contains("Your changes have not been saved", html, StringComparison.Ordinal);
        Assert.Contains("Test ann changed collar or warrant number from \u201c4521\u201d to \u201c4522\u201d", html, StringComparison.Ordinal);
        Assert.Contains("You entered \u201c4521\u201d", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Joanne Carter\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"2\"", html, StringComparison.Ordinal);
        var saved = await _app.QueryAsync(db => db.People.Where(p => p.Id == id).Select(p => new { p.Name, p.CollarOrWarrantNumber, p.Version }).SingleAsync());
        Assert.Equal(("Jo Carter", (string?)"4522", 2), (saved.Name, saved.CollarOrWarrantNumber, saved.Version));

        var again = await EditAsync(ben, id, 2, Fields("Joanne Carter", "4521"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Joanne Carter", await _app.QueryAsync(db => db.People.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_register_as_at_a_past_time_shows_the_rank_held_then_and_refuses_changes()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Robin Hart", "Sergeant", new DateOnly(2019, 4, 1));
        var between = _app.Clock.GetUtcNow().UtcDateTime.AddMinutes(30);
        _app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await ChangeRankAsync(editor, id, "Inspector", new DateOnly(2026, 6, 1))).StatusCode);
        Assert.Contains("data-testid=\"current-rank\">Inspector<", await PageAsync(editor, $"/people/{id}"), StringComparison.Ordinal);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Redirect, (await SetAsAtAsync(editor, between, $"/people/{id}")).StatusCode);

        var details = await PageAsync(editor, $"/people/{id}");
        Assert.Contains("You are viewing the register as it stood at", details, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"current-rank\">Sergeant<", details, StringComparison.Ordinal);
        Assert.DoesNotContain(">Inspector<", details, StringComparison.Ordinal);
        Assert.DoesNotContain($"/people/{id}/rank", details, StringComparison.Ordinal);
        var list = await PageAsync(editor, "/people");
        var row = list[list.IndexOf("Robin Hart", StringComparison.Ordinal)..];
        Assert.Contains("data-testid=\"rank\">Sergeant<", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);

        foreach (var path in new[] { "/people/new", $"/people/{id}/edit", $"/people/{id}/rank", $"/people/{id}/retire", $"/people/{id}/reinstate" })
        {
            Assert.Equal(HttpStatusCode.Conflict, (await editor.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Conflict, (await ChangeRankAsync(editor, id, "ChiefInspector", new DateOnly(2026, 6, 5))).StatusCode);
        Assert.Equal(2, await _app.QueryAsync(db => db.RanksHeld.CountAsync(r => r.PersonId == id)));
    }
}
