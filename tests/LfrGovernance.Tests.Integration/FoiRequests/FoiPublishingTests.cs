using System.Globalization;
using System.Net;
using System.Text;
using LfrGovernance.Core.History;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.FoiRequests;

/// <summary>The disclosure log and the FOI dashboard. The clock is 10 June 2026.</summary>
public sealed class FoiPublishingTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public FoiPublishingTests(ClockedAppFactory app) => _app = app;

    private static async Task<Guid> LogAsync(HttpClient officer, string reference, string day, string month, string questions = "1. How many deployments?")
    {
        var logged = await AntiforgeryForm.PostAsync(officer, "/foi", "/foi/new", new Dictionary<string, string>
        {
            ["Input.Reference"] = reference, ["Input.Summary"] = "=cmd|' /C calc'!A0", ["Input.ReceivedOn.Day"] = day, ["Input.ReceivedOn.Month"] = month,
            ["Input.ReceivedOn.Year"] = "2026", ["Input.RequesterCategory"] = "Journalist", ["Input.Legislation"] = "Foia", ["Input.Marking"] = "Official",
            ["Input.Questions"] = questions, ["Input.RequesterName"] = "Private Person",
        });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        return IdFrom(logged);
    }

    private async Task RespondAsync(HttpClient officer, Guid request, string reference, string day, string month)
    {
        var question = await _app.QueryAsync(db => db.FoiQuestions.SingleAsync(q => q.RequestId == request));
        var path = $"/foi/{request}/questions/{question.Id}";
        await AntiforgeryForm.PostAsync(officer, path, path, new Dictionary<string, string>
        {
            ["Input.Answer"] = "Twelve.", ["Input.IsFinal"] = "true", ["Input.Version"] = question.Version.ToString(CultureInfo.InvariantCulture),
        });
        var version = await _app.QueryAsync(db => db.FoiRequests.Where(r => r.Id == request).Select(r => r.Version).SingleAsync());
        var received = await _app.QueryAsync(db => db.FoiRequests.Where(r => r.Id == request).Select(r => r.ReceivedOn).SingleAsync());
        var edited = await AntiforgeryForm.PostAsync(officer, $"/foi/{request}/edit", $"/foi/{request}/edit", new Dictionary<string, string>
        {
            ["Input.Reference"] = reference, ["Input.Summary"] = "Deployments", ["Input.ReceivedOn.Day"] = received.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.ReceivedOn.Month"] = received.Month.ToString(CultureInfo.InvariantCulture), ["Input.ReceivedOn.Year"] = "2026",
            ["Input.RequesterCategory"] = "Journalist", ["Input.Legislation"] = "Foia", ["Input.Marking"] = "Official", ["Input.Status"] = "Responded",
            ["Input.RespondedOn.Day"] = day, ["Input.RespondedOn.Month"] = month, ["Input.RespondedOn.Year"] = "2026",
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
    }

    [Fact]
    public async Task The_disclosure_log_lists_responded_requests_with_their_answers_and_no_requester()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var responded = await LogAsync(officer, "FOI/2026/0301", "30", "4");
        await RespondAsync(officer, responded, "FOI/2026/0301", "29", "5");
        await LogAsync(officer, "FOI/2026/0302", "2", "6");

        var csv = await officer.GetAsync(new Uri("/foi/disclosure-log/csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("FOI/2026/0301,30 April 2026,29 May 2026,Yes,Deployments,Journalist,FOIA,1. How many deployments?,1. Twelve.,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FOI/2026/0302", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Private Person", text, StringComparison.Ordinal);
        Assert.True(await _app.QueryAsync(db => db.AccessLog.AnyAsync(e => e.Action == AccessAction.Exported && e.Description.StartsWith("FOI disclosure log"))));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(new Uri("/foi/disclosure-log/xlsx", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(new Uri("/foi/disclosure-log/pdf", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_summary_that_looks_like_a_formula_is_neutralised_in_the_csv()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var id = await LogAsync(officer, "FOI/2026/0303", "1", "5");
        await RespondAsync(officer, id, "FOI/2026/0303", "20", "5");
        // The edit above set a plain summary: put the formula-like one back through the form.
        var version = await _app.QueryAsync(db => db.FoiRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        await AntiforgeryForm.PostAsync(officer, $"/foi/{id}/edit", $"/foi/{id}/edit", new Dictionary<string, string>
        {
            ["Input.Reference"] = "FOI/2026/0303", ["Input.Summary"] = "=cmd|' /C calc'!A0", ["Input.ReceivedOn.Day"] = "1", ["Input.ReceivedOn.Month"] = "5",
            ["Input.ReceivedOn.Year"] = "2026", ["Input.RequesterCategory"] = "Journalist", ["Input.Legislation"] = "Foia", ["Input.Marking"] = "Official",
            ["Input.Status"] = "Responded", ["Input.RespondedOn.Day"] = "20", ["Input.RespondedOn.Month"] = "5", ["Input.RespondedOn.Year"] = "2026",
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        });

        var text = await officer.GetStringAsync(new Uri("/foi/disclosure-log/csv", UriKind.Relative));

        Assert.Contains(",'=cmd|' /C calc'!A0,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_counts_open_and_overdue_requests_and_the_time_to_respond_by_month()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        await LogAsync(officer, "FOI/2026/0311", "3", "4");

        var page = await PageAsync(officer, "/foi/dashboard");

        var open = await _app.QueryAsync(db => db.FoiRequests.CountAsync(r => r.RespondedOn == null));
        Assert.Contains($"data-testid=\"open-count\">{open}</p>", page, StringComparison.Ordinal);
        Assert.Contains("FOI/2026/0311", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"govuk-table__header\">June 2026</th>", page, StringComparison.Ordinal);
        Assert.Contains("overdue by", page, StringComparison.Ordinal);
    }
}
