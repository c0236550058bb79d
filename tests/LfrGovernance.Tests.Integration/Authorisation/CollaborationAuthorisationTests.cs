using System.Net;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.People;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Authorisation.WorkflowRequests;
using static LfrGovernance.Tests.Integration.Collaborations.CollaborationRequests;

namespace LfrGovernance.Tests.Integration.Authorisation;

/// <summary>Decisions on collaborations (FOI question 1b): asking for one, an authorising officer deciding with the
/// process followed, and decisions made outside the register recorded from their documents.</summary>
public sealed class CollaborationAuthorisationTests : IClassFixture<WorkflowAppFactory>
{
    private readonly WorkflowAppFactory _app;

    public CollaborationAuthorisationTests(WorkflowAppFactory app) => _app = app;

    private static async Task<Guid> CollaborationAsync(HttpClient editor)
    {
        var partner = await OrganisationRequests.CreateAsync(editor, $"Partner {Guid.NewGuid():N}"[..20], "Landowner");
        return await CreateCollaborationAsync(editor, CollaborationForm($"COL-{Guid.NewGuid():N}"[..14], partner));
    }

    private async Task<Dictionary<string, string>> VersionedFormAsync(Guid id, Dictionary<string, string> fields)
    {
        var version = await _app.QueryAsync(db => db.Collaborations.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        fields["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return fields;
    }

    private async Task<HttpResponseMessage> AskAsync(HttpClient editor, Guid id, string decisionCase = "The centre asked for help finding shoplifters") =>
        await PostAsync(editor, $"/collaborations/{id}/ask-for-decision", await VersionedFormAsync(id, new() { ["Input.DecisionCase"] = decisionCase }));

    private async Task<HttpResponseMessage> DecideAsync(HttpClient officer, Guid id, string process = "Written case read with the DPO's advice",
        string outcome = "Authorised")
    {
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        return await PostAsync(officer, $"/collaborations/{id}/decide", await VersionedFormAsync(id, new()
        {
            ["Input.Outcome"] = outcome,
            ["Input.Rationale"] = "Few images, a clear protocol, deletion after the trial",
            ["Input.ProcessFollowed"] = process,
            ["Input.Conditions"] = "No more than 10 images",
        }));
    }

    private static Dictionary<string, string> Recorded(Guid deciderId, string rank, string day, string month, string year) => new()
    {
        ["Input.Outcome"] = "Authorised",
        ["Input.DeciderId"] = deciderId.ToString(),
        ["Input.RankHeld"] = rank,
        ["Input.DecidedOn.Day"] = day,
        ["Input.DecidedOn.Month"] = month,
        ["Input.DecidedOn.Year"] = year,
        ["Input.Rationale"] = "A short trial with the partner's security staff",
        ["Input.ProcessFollowed"] = "Paper application to the head of operations",
        ["Input.RecordedFrom"] = "Memo OPS-2018-112, 3 May 2018",
    };

    private Task<Guid> PersonIdAsync(string account) =>
        _app.QueryAsync(db => db.People.Where(p => p.AccountObjectId == account).Select(p => p.Id).SingleAsync());

    private Task<List<AuthorisationDecision>> DecisionsAsync(Guid id) =>
        _app.QueryAsync(db => db.AuthorisationDecisions.Where(d => d.SubjectId == id).OrderBy(d => d.DecidedAt).ToListAsync());

    [Fact]
    public async Task An_editor_asks_an_officer_decides_with_the_process_followed_and_the_page_shows_who_decided_at_what_rank()
    {
        using var editor = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        using var officer = Authoriser(_app, await _app.OfficerAsync("Sam Price", Rank.Superintendent));
        var id = await CollaborationAsync(editor);

        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(editor, id)).StatusCode);
        var work = await PageAsync(officer, "/work");
        Assert.Contains($"href=\"/collaborations/{id}/decide\"", work, StringComparison.Ordinal);
        Assert.Contains("The centre asked for help finding shoplifters", await PageAsync(officer, $"/collaborations/{id}/decide"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(officer, id)).StatusCode);

        var decision = Assert.Single(await DecisionsAsync(id));
        Assert.Equal((DecisionOutcome.Authorised, Rank.Superintendent, "Written case read with the DPO's advice", false),
            (decision.Outcome, decision.RankHeld, decision.ProcessFollowed, decision.IsRecorded));
        Assert.Null(await _app.QueryAsync(db => db.Collaborations.Where(c => c.Id == id).Select(c => c.DecisionRequestedAt).SingleAsync()));
        var page = await PageAsync(editor, $"/collaborations/{id}");
        Assert.Contains(", Superintendent (rank held at the time)", page, StringComparison.Ordinal);
        Assert.Contains("Written case read with the DPO's advice", page, StringComparison.Ordinal);
        Assert.Contains("Case for the collaboration", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/collaborations/{id}/decide\"", await PageAsync(officer, "/work"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_without_the_process_followed_is_refused_beside_the_field_and_the_request_still_waits()
    {
        using var editor = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        using var officer = Authoriser(_app, await _app.OfficerAsync("Sam Price", Rank.Superintendent));
        var id = await CollaborationAsync(editor);
        await AskAsync(editor, id);

        var refused = await DecideAsync(officer, id, process: "");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<a href=\"#Input_ProcessFollowed\">Enter the process followed in deciding</a>", await OrganisationRequests.TextAsync(refused), StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(id));
        Assert.NotNull(await _app.QueryAsync(db => db.Collaborations.Where(c => c.Id == id).Select(c => c.DecisionRequestedAt).SingleAsync()));
    }

    [Fact]
    public async Task Whoever_asked_cannot_decide_an_editor_cannot_decide_and_a_viewer_cannot_ask()
    {
        var both = await _app.OfficerAsync("Kim Lee", Rank.ChiefSuperintendent);
        using var editorAndOfficer = Client(_app, both, Roles.GovernanceEditor, Roles.AuthorisingOfficer);
        using var editor = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var id = await CollaborationAsync(editorAndOfficer);
        await AskAsync(editorAndOfficer, id);

        var own = await DecideAsync(editorAndOfficer, id);

        Assert.Contains("You cannot decide on your own application", await OrganisationRequests.TextAsync(own), StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(id));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(new Uri($"/collaborations/{id}/decide", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri($"/collaborations/{id}/ask-for-decision", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain($"href=\"/collaborations/{id}/decide\"", await PageAsync(editorAndOfficer, "/work"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_made_outside_the_register_is_recorded_from_its_document_at_the_rank_then_and_shown_so()
    {
        var editorAccount = await _app.OfficerAsync("Ana Reid", Rank.Inspector);
        using var editor = Editor(_app, editorAccount);
        var decider = await PersonIdAsync(await _app.OfficerAsync("Pat Morgan", Rank.Superintendent));
        var id = await CollaborationAsync(editor);

        // Pat's ranks held start in 2020, so the 2018 rank is taken as the document gives it.
        var recorded = await PostAsync(editor, $"/collaborations/{id}/decisions/record", Recorded(decider, "ChiefInspector", "3", "5", "2018"));
        // In 2021 Pat's person record says Superintendent: a different rank is refused beside the field.
        var contradicted = await PostAsync(editor, $"/collaborations/{id}/decisions/record", Recorded(decider, "ChiefSuperintendent", "1", "2", "2021"));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("<a href=\"#Input_RankHeld\">Pat Morgan's person record says they held the rank of Superintendent on that date",
            await OrganisationRequests.TextAsync(contradicted), StringComparison.Ordinal);
        var decision = Assert.Single(await DecisionsAsync(id));
        Assert.Equal((Rank.ChiefInspector, "Memo OPS-2018-112, 3 May 2018", editorAccount, "Pat Morgan"),
            (decision.RankHeld, decision.RecordedFrom, decision.DeciderAccountObjectId, decision.DeciderName));
        var page = await PageAsync(editor, $"/collaborations/{id}");
        Assert.Contains("Pat Morgan, Chief Inspector (rank held at the time, as recorded)", page, StringComparison.Ordinal);
        Assert.Contains("Made outside the register and recorded from: Memo OPS-2018-112, 3 May 2018", page, StringComparison.Ordinal);
        Assert.Contains("3 May 2018", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_a_decision_is_signed_in_the_register_no_decision_can_be_recorded_from_a_document()
    {
        using var editor = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        using var officer = Authoriser(_app, await _app.OfficerAsync("Sam Price", Rank.Superintendent));
        var decider = await PersonIdAsync(await _app.OfficerAsync("Pat Morgan", Rank.Superintendent));
        var id = await CollaborationAsync(editor);
        Assert.Contains($"/collaborations/{id}/decisions/record", await PageAsync(editor, $"/collaborations/{id}"), StringComparison.Ordinal);
        await AskAsync(editor, id);
        await DecideAsync(officer, id);

        var refused = await PostAsync(editor, $"/collaborations/{id}/decisions/record", Recorded(decider, "Superintendent", "1", "6", "2026"));

        Assert.Contains("Decisions on this record are already signed in the register", await OrganisationRequests.TextAsync(refused), StringComparison.Ordinal);
        Assert.Single(await DecisionsAsync(id));
        Assert.DoesNotContain($"/collaborations/{id}/decisions/record", await PageAsync(editor, $"/collaborations/{id}"), StringComparison.Ordinal);
    }
}
