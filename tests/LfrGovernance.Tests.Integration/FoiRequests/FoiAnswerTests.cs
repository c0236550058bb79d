using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.FoiRequests;

/// <summary>Answering a request's questions: the wording, marking it final, exemptions with their public interest test
/// and the s.17 refusal notice, and the templates they start from.</summary>
public sealed class FoiAnswerTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public FoiAnswerTests(ClockedAppFactory app) => _app = app;

    private async Task<(Guid Request, Guid Question)> QuestionAsync(HttpClient officer)
    {
        var logged = await AntiforgeryForm.PostAsync(officer, "/foi", "/foi/new", new Dictionary<string, string>
        {
            ["Input.Reference"] = $"FOI/2026/{Random.Shared.Next(1000, 9999)}", ["Input.Summary"] = "Covert use", ["Input.ReceivedOn.Day"] = "1",
            ["Input.ReceivedOn.Month"] = "6", ["Input.ReceivedOn.Year"] = "2026", ["Input.RequesterCategory"] = "CampaignGroup", ["Input.Legislation"] = "Foia",
            ["Input.Marking"] = "Official", ["Input.Questions"] = "1. Does the force use facial recognition covertly?", ["Input.RequesterName"] = "Campaign",
        });
        var request = IdFrom(logged);
        var question = await _app.QueryAsync(db => db.FoiQuestions.Where(q => q.RequestId == request).Select(q => q.Id).SingleAsync());
        return (request, question);
    }

    private Task<int> VersionAsync(Guid question) => _app.QueryAsync(db => db.FoiQuestions.Where(q => q.Id == question).Select(q => q.Version).SingleAsync());

    private static Dictionary<string, string> Exemption(string section, bool ncnd, string harm = "Confirming would reveal tactics",
        string factorsFor = "Transparency about surveillance", string factorsAgainst = "Offenders would adapt", string balance = "The balance favours NCND") => new()
    {
        ["Input.Section"] = section, ["Input.NeitherConfirmNorDeny"] = ncnd ? "true" : "false", ["Input.HarmStatement"] = harm,
        ["Input.FactorsFavouringDisclosure"] = factorsFor, ["Input.FactorsAgainstDisclosure"] = factorsAgainst, ["Input.Balance"] = balance,
    };

    [Fact]
    public async Task An_answer_is_final_only_with_words_or_an_exemption()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var (request, question) = await QuestionAsync(officer);
        var path = $"/foi/{request}/questions/{question}";

        var empty = await AntiforgeryForm.PostAsync(officer, path, path, new Dictionary<string, string>
        {
            ["Input.Answer"] = "", ["Input.IsFinal"] = "true", ["Input.Version"] = (await VersionAsync(question)).ToString(CultureInfo.InvariantCulture),
        });
        Assert.Contains("<a href=\"#Input_Answer\">Enter the answer before marking it final, or apply an exemption</a>", await TextAsync(empty), StringComparison.Ordinal);
        var answered = await AntiforgeryForm.PostAsync(officer, path, path, new Dictionary<string, string>
        {
            ["Input.Answer"] = "No.", ["Input.IsFinal"] = "true", ["Input.Version"] = (await VersionAsync(question)).ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var saved = await _app.QueryAsync(db => db.FoiQuestions.SingleAsync(q => q.Id == question));
        Assert.Equal(("No.", true), (saved.Answer, saved.IsFinal));
        Assert.Contains("govuk-tag--green\">Final</strong>", await PageAsync(officer, $"/foi/{request}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exemption_follows_the_sections_rules_and_makes_the_refusal_notice()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var (request, question) = await QuestionAsync(officer);
        var add = $"/foi/{request}/questions/{question}/exemptions/new";

        var notNcnd = await AntiforgeryForm.PostAsync(officer, add, add, Exemption("s.21", true));
        var noTest = await AntiforgeryForm.PostAsync(officer, add, add, Exemption("s.31(3)", true, harm: "", factorsFor: "", factorsAgainst: "", balance: ""));
        Assert.Contains("s.21 does not let the force neither confirm nor deny", await TextAsync(notNcnd), StringComparison.Ordinal);
        var refused = await TextAsync(noTest);
        Assert.Contains("<a href=\"#Input_HarmStatement\">", refused, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Balance\">s.31(3) is qualified: enter the balance", refused, StringComparison.Ordinal);
        Assert.Equal(0, await _app.QueryAsync(db => db.FoiExemptions.CountAsync(e => e.QuestionId == question)));

        var applied = await AntiforgeryForm.PostAsync(officer, add, add, Exemption("s.31(3)", true));
        var also = await AntiforgeryForm.PostAsync(officer, add, add, Exemption("s.24(2)", true));

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, also.StatusCode);
        var page = await PageAsync(officer, $"/foi/{request}/questions/{question}");
        Assert.Contains("The force neither confirms nor denies that it holds information relevant to this question, by virtue of the following exemptions: s.24(2), s.31(3).",
            page, StringComparison.Ordinal);
        Assert.Contains("Factors against disclosure: Offenders would adapt", page, StringComparison.Ordinal);
        var final = await AntiforgeryForm.PostAsync(officer, $"/foi/{request}/questions/{question}", $"/foi/{request}/questions/{question}",
            new Dictionary<string, string> { ["Input.Answer"] = "", ["Input.IsFinal"] = "true", ["Input.Version"] = (await VersionAsync(question)).ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, final.StatusCode);

        var exemption = await _app.QueryAsync(db => db.FoiExemptions.FirstAsync(e => e.QuestionId == question && e.Section == "s.24(2)"));
        var retired = await AntiforgeryForm.PostAsync(officer, $"/foi/exemptions/{exemption.Id}/retire", $"/foi/exemptions/{exemption.Id}/retire",
            new Dictionary<string, string> { ["Input.Reason"] = "Applied by mistake", ["Input.Version"] = exemption.Version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.Contains("by virtue of the following exemptions: s.31(3).", await PageAsync(officer, $"/foi/{request}/questions/{question}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_requests_handling_reaches_its_questions_and_their_exemptions_in_the_same_save()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var (request, question) = await QuestionAsync(officer);
        var add = $"/foi/{request}/questions/{question}/exemptions/new";
        await AntiforgeryForm.PostAsync(officer, add, add, Exemption("s.31(3)", true));

        await _app.QueryAsync(async db =>
        {
            (await db.FoiRequests.SingleAsync(r => r.Id == request)).Marking = Core.Records.RecordMarking.OfficialSensitive;
            return await db.SaveChangesAsync();
        });

        var exemption = await _app.QueryAsync(db => db.FoiExemptions.SingleAsync(e => e.QuestionId == question));
        var asked = await _app.QueryAsync(db => db.FoiQuestions.SingleAsync(q => q.Id == question));
        Assert.Equal((Core.Records.RecordMarking.OfficialSensitive, Core.Records.RecordMarking.OfficialSensitive), (asked.Marking, exemption.Marking));
        Assert.Equal(2, exemption.Version);
    }

    [Fact]
    public async Task A_template_fills_the_exemption_and_changing_it_later_leaves_the_answer_as_given()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var (request, question) = await QuestionAsync(officer);
        var form = Exemption("s.24(2)", true, harm: "Would reveal national security capability");
        form["Input.Title"] = "National security: covert use";
        var created = await AntiforgeryForm.PostAsync(officer, "/foi/exemption-templates/new", "/foi/exemption-templates/new", form);
        var template = IdFrom(created);

        var prefilled = await PageAsync(officer, $"/foi/{request}/questions/{question}/exemptions/new?template={template}");
        Assert.Contains("Would reveal national security capability", prefilled, StringComparison.Ordinal);
        var fromTemplate = Exemption("s.24(2)", true, harm: "Would reveal national security capability");
        fromTemplate["Input.TemplateId"] = template.ToString();
        await AntiforgeryForm.PostAsync(officer, $"/foi/{request}", $"/foi/{request}/questions/{question}/exemptions/new", fromTemplate);
        form["Input.HarmStatement"] = "Changed wording";
        form["Input.Version"] = "1";
        var changed = await AntiforgeryForm.PostAsync(officer, "/foi/exemption-templates", $"/foi/exemption-templates/{template}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var exemption = await _app.QueryAsync(db => db.FoiExemptions.SingleAsync(e => e.QuestionId == question));
        Assert.Equal((template, "Would reveal national security capability"), (exemption.TemplateId!.Value, exemption.HarmStatement));
        Assert.Contains("Changed wording", await PageAsync(officer, $"/foi/exemption-templates/{template}"), StringComparison.Ordinal);
    }
}
