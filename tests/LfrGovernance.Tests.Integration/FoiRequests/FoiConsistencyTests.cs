using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Collaborations.CollaborationRequests;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.FoiRequests;

/// <summary>Earlier answers on the same ground beside what the register says now, with contradictions flagged.</summary>
public sealed class FoiConsistencyTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public FoiConsistencyTests(ClockedAppFactory app) => _app = app;

    private Task<int> VersionAsync(Guid question) => _app.QueryAsync(db => db.FoiQuestions.Where(q => q.Id == question).Select(q => q.Version).SingleAsync());

    private async Task<(Guid Request, Guid Question)> AnsweredFromRegisterAsync(HttpClient officer, string reference, string received)
    {
        var parts = received.Split('-');
        var logged = await AntiforgeryForm.PostAsync(officer, "/foi", "/foi/new", new Dictionary<string, string>
        {
            ["Input.Reference"] = reference, ["Input.Summary"] = "Collaborations", ["Input.ReceivedOn.Year"] = parts[0], ["Input.ReceivedOn.Month"] = parts[1],
            ["Input.ReceivedOn.Day"] = parts[2], ["Input.RequesterCategory"] = "CampaignGroup", ["Input.Legislation"] = "Foia", ["Input.Marking"] = "Official",
            ["Input.Questions"] = "1. Has the force collaborated with any external organisation on LFR?", ["Input.RequesterName"] = "Campaign",
        });
        var request = IdFrom(logged);
        var question = await _app.QueryAsync(db => db.FoiQuestions.Where(q => q.RequestId == request).Select(q => q.Id).SingleAsync());
        var path = $"/foi/{request}/questions/{question}";
        Assert.Equal(HttpStatusCode.Redirect, (await AntiforgeryForm.PostAsync(officer, path, $"{path}/generate", new Dictionary<string, string>
        {
            ["Generate.CatalogueKey"] = "q1", ["Generate.Version"] = (await VersionAsync(question)).ToString(CultureInfo.InvariantCulture),
        })).StatusCode);
        var answer = await _app.QueryAsync(db => db.FoiQuestions.Where(q => q.Id == question).Select(q => q.Answer).SingleAsync());
        await AntiforgeryForm.PostAsync(officer, path, path, new Dictionary<string, string>
        {
            ["Input.Answer"] = answer ?? "", ["Input.IsFinal"] = "true", ["Input.Version"] = (await VersionAsync(question)).ToString(CultureInfo.InvariantCulture),
        });
        return (request, question);
    }

    [Fact]
    public async Task An_earlier_no_information_held_is_flagged_when_the_register_now_holds_records_from_before_that_answer()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer, Roles.Viewer);
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var (earlier, earlierQuestion) = await AnsweredFromRegisterAsync(officer, "DM2026/0001", "2026-01-05");
        Assert.StartsWith("No information is held", await _app.QueryAsync(db => db.FoiQuestions.Where(q => q.Id == earlierQuestion).Select(q => q.Answer).SingleAsync()),
            StringComparison.Ordinal);
        var version = await _app.QueryAsync(db => db.FoiRequests.Where(r => r.Id == earlier).Select(r => r.Version).SingleAsync());
        await AntiforgeryForm.PostAsync(officer, $"/foi/{earlier}/edit", $"/foi/{earlier}/edit", new Dictionary<string, string>
        {
            ["Input.Reference"] = "DM2026/0001", ["Input.Summary"] = "Collaborations", ["Input.ReceivedOn.Day"] = "5", ["Input.ReceivedOn.Month"] = "1",
            ["Input.ReceivedOn.Year"] = "2026", ["Input.RequesterCategory"] = "CampaignGroup", ["Input.Legislation"] = "Foia", ["Input.Marking"] = "Official",
            ["Input.Status"] = "Responded", ["Input.RespondedOn.Day"] = "20", ["Input.RespondedOn.Month"] = "1", ["Input.RespondedOn.Year"] = "2026",
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        });
        // A 2018 collaboration is recorded afterwards: it was held, and now the register says so.
        var partner = await CreateAsync(editor, "Late Recorded Ltd", "Landowner");
        await CreateCollaborationAsync(editor, CollaborationForm("COL-LATE-01", partner));

        var (request, question) = await AnsweredFromRegisterAsync(officer, "FOI/2026/0900", "2026-06-01");
        var page = await PageAsync(officer, $"/foi/{request}/questions/{question}");

        Assert.Contains("DM2026/0001</a>, question 1, answered 20 January 2026", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"contradicted\"", page, StringComparison.Ordinal);
        Assert.Contains("Late Recorded Ltd", page, StringComparison.Ordinal);
    }
}
