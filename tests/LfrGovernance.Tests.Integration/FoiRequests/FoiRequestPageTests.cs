using System.Net;
using LfrGovernance.Core.Foi;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.FoiRequests;

/// <summary>Logging an FOI request with its questions and requester, its deadline in working days and how it was
/// reached, clock pauses, and who may see any of it. The clock is 10 June 2026.</summary>
public sealed class FoiRequestPageTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public FoiRequestPageTests(ClockedAppFactory app) => _app = app;

    private static Dictionary<string, string> Form(string reference, string day = "30", string month = "4", string year = "2026",
        string questions = "1. Has the force collaborated with any external organisation on LFR?\na. Were images shared?\nb. Rank of the officer who authorised it\n2. Does the force have a retention policy?") => new()
    {
        ["Input.Reference"] = reference,
        ["Input.Summary"] = "Live facial recognition collaborations",
        ["Input.ReceivedOn.Day"] = day,
        ["Input.ReceivedOn.Month"] = month,
        ["Input.ReceivedOn.Year"] = year,
        ["Input.RequesterCategory"] = "Journalist",
        ["Input.Legislation"] = "Foia",
        ["Input.Marking"] = "Official",
        ["Input.Questions"] = questions,
        ["Input.RequesterName"] = "Sam Writer",
        ["Input.RequesterEmail"] = "sam@example.org",
        ["Input.RequesterOrganisation"] = "Example Gazette",
    };

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields) =>
        AntiforgeryForm.PostAsync(client, "/foi", path, fields);

    private static async Task<Guid> LogAsync(HttpClient officer, string reference, string day = "30", string month = "4")
    {
        var response = await PostAsync(officer, "/foi/new", Form(reference, day, month));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    [Fact]
    public async Task A_logged_request_keeps_its_numbered_questions_and_requester_and_is_due_on_the_20th_working_day()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);

        var id = await LogAsync(officer, "FOI/2026/0101");

        var questions = await _app.QueryAsync(db => db.FoiQuestions.Where(q => q.RequestId == id).OrderBy(q => q.Position).ToListAsync());
        Assert.Equal(["1", "1a", "1b", "2"], questions.Select(q => q.Number));
        Assert.Equal("Were images shared?", questions[1].Text);
        var requester = await _app.QueryAsync(db => db.FoiRequesters.SingleAsync(r => r.RequestId == id));
        Assert.Equal(("Sam Writer", "sam@example.org", "Example Gazette"), (requester.Name, requester.Email, requester.Organisation));
        // Received Thursday 30 April 2026: the early May (4 May) and spring (25 May) bank holidays are skipped, so the
        // 20th working day is Monday 1 June; on 10 June that is 7 working days ago.
        var page = await PageAsync(officer, $"/foi/{id}");
        Assert.Contains("Response due 1 June 2026", page, StringComparison.Ordinal);
        Assert.Contains("overdue by 7 working days", page, StringComparison.Ordinal);
        Assert.Contains("Sam Writer", page, StringComparison.Ordinal);
        var list = await PageAsync(officer, "/foi");
        Assert.Contains("FOI/2026/0101", list, StringComparison.Ordinal);
        Assert.Contains("overdue by 7 working days", list, StringComparison.Ordinal);
        var explained = await PageAsync(officer, $"/foi/{id}/deadline");
        Assert.Contains("Monday 4 May 2026</td>", explained, StringComparison.Ordinal);
        Assert.Contains("Early May bank holiday (all UK)", explained, StringComparison.Ordinal);
        Assert.Contains("Spring bank holiday (all UK)", explained, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clarification_stops_the_clock_from_the_day_it_is_asked_for_to_the_day_it_comes()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var id = await LogAsync(officer, "FOI/2026/0102");

        var asked = await PostAsync(officer, $"/foi/{id}/clarifications/new", new()
        {
            ["Input.What"] = "Which period do you mean?", ["Input.RequestedOn.Day"] = "5", ["Input.RequestedOn.Month"] = "5", ["Input.RequestedOn.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(FoiRequestStatus.ClarificationRequested, await _app.QueryAsync(db => db.FoiRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        Assert.Contains("The clock has been stopped since 5 May 2026", await PageAsync(officer, $"/foi/{id}"), StringComparison.Ordinal);
        var pause = await _app.QueryAsync(db => db.FoiClarifications.SingleAsync(c => c.RequestId == id));
        var answered = await PostAsync(officer, $"/foi/{id}/clarifications/{pause.Id}", new()
        {
            ["Input.What"] = "Which period do you mean?", ["Input.RequestedOn.Day"] = "5", ["Input.RequestedOn.Month"] = "5", ["Input.RequestedOn.Year"] = "2026",
            ["Input.AnsweredOn.Day"] = "7", ["Input.AnsweredOn.Month"] = "5", ["Input.AnsweredOn.Year"] = "2026", ["Input.Version"] = pause.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(FoiRequestStatus.InProgress, await _app.QueryAsync(db => db.FoiRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        // 5, 6 and 7 May do not count: the 20th working day moves from 1 June to Thursday 4 June.
        Assert.Contains("Response due 4 June 2026", await PageAsync(officer, $"/foi/{id}"), StringComparison.Ordinal);
        Assert.Contains("clock stopped", await PageAsync(officer, $"/foi/{id}/deadline"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bad_input_is_shown_beside_each_field_and_nothing_is_saved()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var before = await _app.QueryAsync(db => db.FoiRequests.CountAsync());

        var noNumbers = await PostAsync(officer, "/foi/new", Form("FOI/2026/0103", questions: "Tell me about facial recognition"));
        var badReference = await PostAsync(officer, "/foi/new", Form("FOI 2026 ??"));
        var future = await PostAsync(officer, "/foi/new", Form("FOI/2026/0104", day: "1", month: "7"));

        Assert.Contains("<a href=\"#Input_Questions\">Line 1: start the first question with its number", await TextAsync(noNumbers), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Reference\">The reference must be letters and digits", await TextAsync(badReference), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_ReceivedOn\">The date received must be today or in the past</a>", await TextAsync(future), StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryAsync(db => db.FoiRequests.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.FoiQuestions.CountAsync(q => q.Text == "Tell me about facial recognition")));
    }

    [Fact]
    public async Task A_legacy_reference_is_accepted_and_a_reference_already_used_is_refused()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);

        await LogAsync(officer, "DM2018/1152");
        var again = await PostAsync(officer, "/foi/new", Form("DM2018/1152"));

        Assert.Contains("Request DM2018/1152 is already in the register", await TextAsync(again), StringComparison.Ordinal);
        Assert.Equal(1, await _app.QueryAsync(db => db.FoiRequests.CountAsync(r => r.Reference == "DM2018/1152")));
    }

    [Fact]
    public async Task A_responded_request_needs_its_response_date_and_then_leaves_the_open_list()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var id = await LogAsync(officer, "FOI/2026/0105");
        var edit = Form("FOI/2026/0105");
        edit["Input.Status"] = "Responded";
        edit["Input.Version"] = "1";

        var missing = await PostAsync(officer, $"/foi/{id}/edit", edit);
        edit["Input.RespondedOn.Day"] = "29";
        edit["Input.RespondedOn.Month"] = "5";
        edit["Input.RespondedOn.Year"] = "2026";
        var saved = await PostAsync(officer, $"/foi/{id}/edit", edit);

        Assert.Contains("<a href=\"#Input_RespondedOn\">Enter the date the response was sent</a>", await TextAsync(missing), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Responded 29 May 2026, by the due date (1 June 2026)", await PageAsync(officer, $"/foi/{id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("FOI/2026/0105", await PageAsync(officer, "/foi"), StringComparison.Ordinal);
        Assert.Contains("FOI/2026/0105", await PageAsync(officer, "/foi?all=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_are_added_changed_and_retired_and_the_requesters_details_changed_after_logging()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var id = await LogAsync(officer, "FOI/2026/0107");
        var first = await _app.QueryAsync(db => db.FoiQuestions.SingleAsync(q => q.RequestId == id && q.Number == "1"));

        var changed = await PostAsync(officer, $"/foi/{id}/questions/{first.Id}/edit", new()
        {
            ["Input.Number"] = "1", ["Input.Text"] = "Has the force collaborated with any external organisation on live facial recognition?",
            ["Input.Version"] = first.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var duplicate = await PostAsync(officer, $"/foi/{id}/questions/new", new() { ["Input.Number"] = "2", ["Input.Text"] = "Again" });
        var badNumber = await PostAsync(officer, $"/foi/{id}/questions/new", new() { ["Input.Number"] = "three", ["Input.Text"] = "Any plans?" });
        var added = await PostAsync(officer, $"/foi/{id}/questions/new", new() { ["Input.Number"] = "3", ["Input.Text"] = "Any plans?" });
        var retire = await PostAsync(officer, $"/foi/questions/{first.Id}/retire", new()
        {
            ["Input.Reason"] = "Withdrawn by the requester", ["Input.Version"] = (first.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var requester = await _app.QueryAsync(db => db.FoiRequesters.SingleAsync(r => r.RequestId == id));
        var badEmail = await PostAsync(officer, $"/foi/{id}/requester", new()
        {
            ["Input.Name"] = "Sam Writer", ["Input.Email"] = "not an email", ["Input.Version"] = requester.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var contact = await PostAsync(officer, $"/foi/{id}/requester", new()
        {
            ["Input.Name"] = "Sam Writer", ["Input.Email"] = "sam@newsroom.example", ["Input.Version"] = requester.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("<a href=\"#Input_Number\">The request already has a question 2</a>", await TextAsync(duplicate), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Number\">The number must be digits", await TextAsync(badNumber), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.Contains("<a href=\"#Input_Email\">Enter an email address in the correct format", await TextAsync(badEmail), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);
        var questions = await _app.QueryAsync(db => db.FoiQuestions.Where(q => q.RequestId == id && q.RetiredAt == null).OrderBy(q => q.Position).ToListAsync());
        Assert.Equal(["1a", "1b", "2", "3"], questions.Select(q => q.Number));
        Assert.Equal("sam@newsroom.example", await _app.QueryAsync(db => db.FoiRequesters.Where(r => r.RequestId == id).Select(r => r.Email).SingleAsync()));
        var page = await PageAsync(officer, $"/foi/{id}");
        Assert.DoesNotContain("data-testid=\"question-1\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"question-3\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_foi_team_reaches_the_requests_and_their_requesters()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var id = await LogAsync(officer, "FOI/2026/0106");

        foreach (var role in new[] { Roles.Viewer, Roles.GovernanceEditor, Roles.Auditor, Roles.AuthorisingOfficer })
        {
            using var other = _app.CreateClientFor(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(new Uri($"/foi/{id}", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(new Uri("/foi", UriKind.Relative))).StatusCode);
        }
        // The audit log shows that the contact details were recorded, by whom and when, not what they are.
        using var auditor = _app.CreateClientFor(Roles.Auditor);
        var log = await PageAsync(auditor, "/audit?RecordType=FoiRequester");
        Assert.Contains("FoiRequester", log, StringComparison.Ordinal);
        Assert.Contains("(withheld: FOI team only)", log, StringComparison.Ordinal);
        Assert.DoesNotContain("sam@example.org", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Writer", log, StringComparison.Ordinal);
        var export = await auditor.GetStringAsync(new Uri("/audit/export/csv?RecordType=FoiRequester", UriKind.Relative));
        Assert.DoesNotContain("sam@example.org", export, StringComparison.Ordinal);
    }
}
