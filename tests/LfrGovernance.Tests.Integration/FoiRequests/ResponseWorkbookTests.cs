using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using LfrGovernance.Core.History;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Foi;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Collaborations.CollaborationRequests;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.FoiRequests;

/// <summary>The response workbook, opened again with ClosedXML and read cell by cell.</summary>
public sealed class ResponseWorkbookTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public ResponseWorkbookTests(ClockedAppFactory app) => _app = app;

    private Task<int> VersionAsync(Guid question) => _app.QueryAsync(db => db.FoiQuestions.Where(q => q.Id == question).Select(q => q.Version).SingleAsync());

    private async Task AnswerAsync(HttpClient officer, Guid request, Guid question, string answer)
    {
        var path = $"/foi/{request}/questions/{question}";
        var response = await AntiforgeryForm.PostAsync(officer, path, path, new Dictionary<string, string>
        {
            ["Input.Answer"] = answer, ["Input.IsFinal"] = "true", ["Input.Version"] = (await VersionAsync(question)).ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_workbook_holds_the_answers_exemptions_caveat_figures_and_sources_as_text_ready_to_print()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var officer = _app.CreateClientFor(Roles.FoiOfficer, Roles.Viewer);
        var partner = await CreateAsync(editor, "Workbook Quarter Ltd", "Landowner");
        var collaboration = await CreateCollaborationAsync(editor, CollaborationForm("COL-WB-01", partner));
        var logged = await AntiforgeryForm.PostAsync(officer, "/foi", "/foi/new", new Dictionary<string, string>
        {
            ["Input.Reference"] = "FOI/2026/0777", ["Input.Summary"] = "Collaborations", ["Input.ReceivedOn.Day"] = "1", ["Input.ReceivedOn.Month"] = "6",
            ["Input.ReceivedOn.Year"] = "2026", ["Input.RequesterCategory"] = "Journalist", ["Input.Legislation"] = "Foia", ["Input.Marking"] = "Official",
            ["Input.Questions"] = "1. Has the force collaborated with any external organisation?\n2. Does the force use LFR covertly?",
            ["Input.RequesterName"] = "Sam Writer",
        });
        var request = IdFrom(logged);
        var questions = await _app.QueryAsync(db => db.FoiQuestions.Where(q => q.RequestId == request).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync());
        var generate = $"/foi/{request}/questions/{questions[0]}/generate";
        await AntiforgeryForm.PostAsync(officer, $"/foi/{request}", generate, new Dictionary<string, string>
        {
            ["Generate.CatalogueKey"] = "q1", ["Generate.Version"] = (await VersionAsync(questions[0])).ToString(CultureInfo.InvariantCulture),
        });
        await AnswerAsync(officer, request, questions[0], "=HYPERLINK(\"http://evil.example\") Yes: see the figures.");
        var exemption = $"/foi/{request}/questions/{questions[1]}/exemptions/new";
        await AntiforgeryForm.PostAsync(officer, exemption, exemption, new Dictionary<string, string>
        {
            ["Input.Section"] = "s.31(3)", ["Input.NeitherConfirmNorDeny"] = "true", ["Input.HarmStatement"] = "Would reveal tactics",
            ["Input.FactorsFavouringDisclosure"] = "Accountability", ["Input.FactorsAgainstDisclosure"] = "Offenders adapt", ["Input.Balance"] = "Against disclosure",
        });
        await AnswerAsync(officer, request, questions[1], "");

        var response = await officer.GetAsync(new Uri($"/foi/{request}/response.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("Response");
        Assert.Equal(("REQUEST", "RESPONSE"), (sheet.Cell(1, 1).GetString(), sheet.Cell(1, 2).GetString()));
        Assert.Equal("1. Has the force collaborated with any external organisation?", sheet.Cell(2, 1).GetString());
        var formulaLike = sheet.Cell(2, 2);
        Assert.Equal("=HYPERLINK(\"http://evil.example\") Yes: see the figures.", formulaLike.GetString());
        Assert.False(formulaLike.HasFormula);
        Assert.Equal(XLDataType.Text, formulaLike.DataType);
        Assert.Equal("2. Does the force use LFR covertly?", sheet.Cell(3, 1).GetString());
        Assert.StartsWith("The force neither confirms nor denies that it holds information relevant to this question, by virtue of the following exemptions: s.31(3).",
            sheet.Cell(3, 2).GetString(), StringComparison.Ordinal);
        var labels = sheet.Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(["Exemptions", "Harm statements", "Public interest test", "Caveat"],
            labels.Where(l => l is "Exemptions" or "Harm statements" or "Public interest test" or "Caveat"));
        var balance = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "Balance and decision");
        Assert.Equal("Against disclosure", balance.CellRight().GetString());
        var caveat = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "Caveat");
        Assert.Equal(ResponseWorkbook.Caveat, caveat.CellBelow().CellRight().GetString());
        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        Assert.Equal(1, sheet.PageSetup.FirstRowToRepeatAtTop);
        Assert.True(sheet.Cell(2, 2).Style.Alignment.WrapText);

        var figures = workbook.Worksheet("Figures");
        Assert.Equal(["Question", "Catalogue question", "Figure", "Value", "Records", "Register read"], figures.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(("1", "q1"), (figures.Cell(2, 1).GetString(), figures.Cell(2, 2).GetString()));
        var sources = workbook.Worksheet("Sources");
        var source = sources.Column(6).CellsUsed().First(c => c.GetString() == $"/records/Collaboration/{collaboration}");
        Assert.Equal(("Collaboration", "1"), (source.CellLeft().CellLeft().CellLeft().GetString(), source.WorksheetRow().Cell(1).GetString()));
        Assert.StartsWith("At ", source.WorksheetRow().Cell(8).GetString(), StringComparison.Ordinal);
        var logged2 = await _app.QueryAsync(db => db.AccessLog.Where(e => e.Action == AccessAction.Exported && e.Filters == "request FOI/2026/0777").ToListAsync());
        Assert.Single(logged2);
    }
}
