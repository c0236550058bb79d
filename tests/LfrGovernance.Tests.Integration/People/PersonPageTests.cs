using System.Net;
using LfrGovernance.Core.History;
using LfrGovernance.Core.People;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.People.PeopleRequests;

namespace LfrGovernance.Tests.Integration.People;

public sealed class PersonPageTests : IClassFixture<ClockedAppFactory>
{
    private static readonly DateOnly April2019 = new(2019, 4, 1);

    private readonly ClockedAppFactory _app;

    public PersonPageTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task A_viewer_can_list_and_view_but_is_refused_every_change()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var id = await CreateAsync(editor, "Policy Person", "Sergeant", April2019);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri("/people", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri($"/people/{id}", UriKind.Relative))).StatusCode);
        foreach (var path in new[] { "/people/new", $"/people/{id}/edit", $"/people/{id}/rank", $"/people/{id}/retire", $"/people/{id}/reinstate" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
        var create = await AntiforgeryForm.PostAsync(viewer, "/people", "/people/new", NewPerson("Sneaky", "Constable", "1", "1", "2020"));
        var edit = await EditAsync(viewer, id, 1, Fields("Sneaky"));
        var rank = await ChangeRankAsync(viewer, id, "Inspector", new DateOnly(2024, 1, 1));
        var retire = await RetireAsync(viewer, id, 1, "Sneaky");
        Assert.All([create, edit, rank, retire], response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        var stored = await _app.QueryAsync(db => db.People.Include(p => p.Ranks).SingleAsync(p => p.Id == id));
        Assert.Equal(("Policy Person", 1, false), (stored.Name, stored.Ranks.Count, stored.IsRetired));
        Assert.False(await _app.QueryAsync(db => db.People.AnyAsync(p => p.Name == "Sneaky")));
        var list = await PageAsync(viewer, "/people");
        Assert.DoesNotContain("href=\"/people/new\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/people/{id}/rank\"", await PageAsync(viewer, $"/people/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_governance_editor_reaches_every_person_page()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Editor Person", "Constable", April2019);

        foreach (var path in new[] { "/people", $"/people/{id}", "/people/new", $"/people/{id}/edit", $"/people/{id}/rank", $"/people/{id}/retire", $"/people/{id}/reinstate" })
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_person_answers_404()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var unknown = Guid.NewGuid();

        foreach (var path in new[] { $"/people/{unknown}", $"/people/{unknown}/edit", $"/people/{unknown}/rank", $"/people/{unknown}/retire", $"/people/{unknown}/reinstate" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await ChangeRankAsync(editor, unknown, "Inspector", new DateOnly(2024, 1, 1))).StatusCode);
    }

    [Fact]
    public async Task Creating_a_person_saves_them_with_their_first_rank_and_lists_the_rank_held_today()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);

        var id = await CreateAsync(editor, "Alex Rowe", "ChiefInspector", new DateOnly(2021, 9, 6), number: "C1234", account: "1b5a7c0e-0000-4000-8000-00000000abcd");

        var stored = await _app.QueryAsync(db => db.People.Include(p => p.Ranks).SingleAsync(p => p.Id == id));
        Assert.Equal(("Alex Rowe", "C1234", "1b5a7c0e-0000-4000-8000-00000000abcd"), (stored.Name, stored.CollarOrWarrantNumber, stored.AccountObjectId));
        var rank = Assert.Single(stored.Ranks);
        Assert.Equal((Rank.ChiefInspector, new DateOnly(2021, 9, 6), (DateOnly?)null), (rank.Rank, rank.From, rank.To));
        var created = await _app.QueryAsync(db => db.History.Where(e => e.RecordId == id || e.RecordId == rank.Id).ToListAsync());
        Assert.Equal(2, created.Count);
        Assert.All(created, e => Assert.Equal(HistoryAction.Created, e.Action));
        Assert.Single(created.Select(e => e.ChangeSetId).Distinct());

        var details = await PageAsync(editor, $"/people/{id}");
        Assert.Contains("<h1 class=\"govuk-heading-l\">Alex Rowe</h1>", details, StringComparison.Ordinal);
        Assert.Contains("Rank on 10 June 2026", details, StringComparison.Ordinal);
        Assert.Contains("Created (version 1)", details, StringComparison.Ordinal);
        var list = await PageAsync(editor, "/people");
        var row = list[list.IndexOf("Alex Rowe", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("C1234", row, StringComparison.Ordinal);
        Assert.Contains("Chief Inspector", row, StringComparison.Ordinal);
        Assert.Contains(">Yes</td>", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Sergeant", "1", "4", "2019", "Enter the person's name")]
    [InlineData("No Rank", "", "1", "4", "2019", "Select the rank")]
    [InlineData("No Date", "Sergeant", "", "", "", "Enter the date the rank was first held")]
    [InlineData("No Month", "Sergeant", "1", "", "2019", "The date the rank was first held must include a month")]
    [InlineData("Thirtieth February", "Sergeant", "30", "2", "2019", "The date the rank was first held must be a real date")]
    [InlineData("Not A Number", "Sergeant", "1", "April", "2019", "The date the rank was first held must be a real date")]
    public async Task A_person_with_a_missing_or_impossible_answer_is_not_saved(string name, string rank, string day, string month, string year, string error)
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);

        var response = await PostNewAsync(editor, NewPerson(name, rank, day, month, year));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await TextAsync(response);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"govuk-visually-hidden\">Error:</span> " + error, html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        // What was entered is kept.
        Assert.Contains(day.Length == 0 ? "name=\"Input.FirstRank.FromDay\" type=\"text\" inputmode=\"numeric\">" :
            $"name=\"Input.FirstRank.FromDay\" type=\"text\" inputmode=\"numeric\" value=\"{day}\"", html, StringComparison.Ordinal);
        if (name.Length > 0)
        {
            Assert.False(await _app.QueryAsync(db => db.People.AnyAsync(p => p.Name == name)));
        }
    }

    [Fact]
    public async Task A_promotion_ends_the_previous_rank_the_day_before_and_both_are_shown()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Sam Patel", "Sergeant", April2019);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));

        var promoted = await ChangeRankAsync(editor, id, "Inspector", "1", "6", "2023");

        Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        Assert.Equal($"/people/{id}", promoted.Headers.Location?.ToString());
        var html = await PageAsync(editor, $"/people/{id}");
        Assert.Contains("data-testid=\"current-rank\">Inspector<", html, StringComparison.Ordinal);
        var table = html[html.IndexOf("data-testid=\"ranks\"", StringComparison.Ordinal)..];
        var inspector = table.IndexOf(">Inspector<", StringComparison.Ordinal);
        var sergeant = table.IndexOf(">Sergeant<", StringComparison.Ordinal);
        Assert.True(inspector >= 0 && sergeant > inspector, "The ranks are listed newest first.");
        Assert.Contains(">1 June 2023</time>", table, StringComparison.Ordinal);
        Assert.Contains(">Current</strong>", table[inspector..sergeant], StringComparison.Ordinal);
        Assert.Contains(">1 April 2019</time>", table[sergeant..], StringComparison.Ordinal);
        Assert.Contains(">31 May 2023</time>", table[sergeant..], StringComparison.Ordinal);

        var stored = await _app.QueryAsync(db => db.People.Include(p => p.Ranks).SingleAsync(p => p.Id == id));
        Assert.Equal(Rank.Sergeant, stored.RankOn(new DateOnly(2023, 5, 31)));
        Assert.Equal(Rank.Inspector, stored.RankOn(new DateOnly(2023, 6, 1)));
        var rankIds = stored.Ranks.Select(r => r.Id).ToList();
        var promotion = await _app.QueryAsync(db => db.History.Where(e => rankIds.Contains(e.RecordId) && e.Sequence > 0)
            .OrderBy(e => e.Sequence).ToListAsync());
        var lastSave = promotion.Where(e => e.OccurredAt == promotion.Max(p => p.OccurredAt)).ToList();
        Assert.Equal([HistoryAction.Created, HistoryAction.Updated], lastSave.Select(e => e.Action).Order());
        Assert.Single(lastSave.Select(e => e.ChangeSetId).Distinct());
    }

    [Fact]
    public async Task A_new_rank_dated_before_the_current_one_started_is_refused_beside_the_date()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Early Riser", "Sergeant", April2019);

        var refused = await ChangeRankAsync(editor, id, "Inspector", "31", "3", "2019");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await TextAsync(refused);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_FromDay\">The new rank must start after 1 April 2019", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"Input-from-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> The new rank must start after 1 April 2019", html, StringComparison.Ordinal);
        var stored = await _app.QueryAsync(db => db.People.Include(p => p.Ranks).SingleAsync(p => p.Id == id));
        var only = Assert.Single(stored.Ranks);
        Assert.Equal((Rank.Sergeant, (DateOnly?)null, 1), (only.Rank, only.To, only.Version));
    }

    [Fact]
    public async Task Recording_the_current_rank_again_is_refused_beside_the_rank()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Same Again", "Sergeant", April2019);

        var refused = await ChangeRankAsync(editor, id, "Sergeant", new DateOnly(2020, 1, 1));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<a href=\"#Input_Rank\">Sergeant is already the current rank", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Equal(1, await _app.QueryAsync(db => db.RanksHeld.CountAsync(r => r.PersonId == id)));
    }

    [Fact]
    public async Task Retiring_needs_a_reason_and_a_retired_person_leaves_the_list_until_reinstated()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Leaving Officer", "Constable", April2019);

        var refused = await RetireAsync(editor, id, 1, "");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter why you are retiring this person", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Null(await _app.QueryAsync(db => db.People.Where(p => p.Id == id).Select(p => p.RetiredAt).SingleAsync()));

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await RetireAsync(editor, id, 1, "Left the force")).StatusCode);
        Assert.DoesNotContain("Leaving Officer", await PageAsync(editor, "/people"), StringComparison.Ordinal);
        Assert.Contains("Leaving Officer", await PageAsync(editor, "/people?showRetired=true"), StringComparison.Ordinal);
        var details = await PageAsync(editor, $"/people/{id}");
        Assert.Contains("Reason: Left the force", details, StringComparison.Ordinal);
        Assert.Contains("Retired (version 2)", details, StringComparison.Ordinal);

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await ReinstateAsync(editor, id, 2)).StatusCode);
        Assert.Contains("Leaving Officer", await PageAsync(editor, "/people"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sensitive_person_view_is_logged_and_the_strictest_marking_asks_why_first()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Covert Lead", "Inspector", April2019);
        var version = await _app.QueryAsync(db => db.People.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var fields = Fields("Covert Lead", marking: "OfficialSensitivePurposeRequired");
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(editor, id, version, fields)).StatusCode);

        var asked = await PageAsync(editor, $"/people/{id}");
        Assert.Contains("Why do you need to see this person?", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"ranks\"", asked, StringComparison.Ordinal);
        var shown = await AntiforgeryForm.PostAsync(editor, $"/people/{id}", $"/people/{id}", new Dictionary<string, string> { ["Input.Purpose"] = "Checking the authoriser's rank" });
        Assert.Contains("data-testid=\"ranks\"", await TextAsync(shown), StringComparison.Ordinal);

        var logged = await _app.QueryAsync(db => db.AccessLog.Where(e => e.RecordId == id).Select(e => e.Purpose).ToListAsync());
        Assert.Contains("Checking the authoriser's rank", logged);
    }
}
