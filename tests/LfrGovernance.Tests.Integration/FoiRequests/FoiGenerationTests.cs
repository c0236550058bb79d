using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Collaborations.CollaborationRequests;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.FoiRequests;

/// <summary>Answering a question from the register: mapping it to a catalogue question, the generated draft with the
/// records behind each figure, the warning when the register changes, the register as at an earlier day, and records
/// flagged "do not confirm or deny" told only to a cleared officer.</summary>
public sealed class FoiGenerationTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public FoiGenerationTests(ClockedAppFactory app) => _app = app;

    private async Task<(Guid Request, Guid Question)> QuestionAsync(HttpClient officer)
    {
        var logged = await AntiforgeryForm.PostAsync(officer, "/foi", "/foi/new", new Dictionary<string, string>
        {
            ["Input.Reference"] = $"FOI/2026/{Random.Shared.Next(1000, 9999)}", ["Input.Summary"] = "Collaborations", ["Input.ReceivedOn.Day"] = "1",
            ["Input.ReceivedOn.Month"] = "6", ["Input.ReceivedOn.Year"] = "2026", ["Input.RequesterCategory"] = "Journalist", ["Input.Legislation"] = "Foia",
            ["Input.Marking"] = "Official", ["Input.Questions"] = "1. Has the force collaborated with any external organisation on LFR?",
            ["Input.RequesterName"] = "Sam Writer",
        });
        var request = IdFrom(logged);
        return (request, await _app.QueryAsync(db => db.FoiQuestions.Where(q => q.RequestId == request).Select(q => q.Id).SingleAsync()));
    }

    private async Task<HttpResponseMessage> GenerateAsync(HttpClient officer, Guid request, Guid question, string key = "q1", string asAt = "")
    {
        var version = await _app.QueryAsync(db => db.FoiQuestions.Where(q => q.Id == question).Select(q => q.Version).SingleAsync());
        var fields = new Dictionary<string, string> { ["Generate.CatalogueKey"] = key, ["Generate.Version"] = version.ToString(CultureInfo.InvariantCulture) };
        if (asAt.Length > 0)
        {
            var parts = asAt.Split('-');
            (fields["Generate.AsAt.Year"], fields["Generate.AsAt.Month"], fields["Generate.AsAt.Day"]) = (parts[0], parts[1], parts[2]);
        }
        return await AntiforgeryForm.PostAsync(officer, $"/foi/{request}/questions/{question}", $"/foi/{request}/questions/{question}/generate", fields);
    }

    [Fact]
    public async Task A_draft_generated_from_the_register_links_each_figure_to_its_records_and_warns_when_the_register_changes()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var officer = _app.CreateClientFor(Roles.FoiOfficer, Roles.Viewer);
        var partner = await CreateAsync(editor, $"Quarter {Guid.NewGuid():N}"[..16], "Landowner");
        var reference = $"COL-{Guid.NewGuid():N}"[..12];
        var collaboration = await CreateCollaborationAsync(editor, CollaborationForm(reference, partner));
        var (request, question) = await QuestionAsync(officer);

        Assert.Equal(HttpStatusCode.Redirect, (await GenerateAsync(officer, request, question)).StatusCode);

        var saved = await _app.QueryAsync(db => db.FoiQuestions.SingleAsync(q => q.Id == question));
        Assert.Equal("q1", saved.CatalogueKey);
        Assert.Contains("Quarter", saved.GeneratedDraft, StringComparison.Ordinal);
        Assert.Equal(saved.GeneratedDraft, saved.Answer);
        var page = await PageAsync(officer, $"/foi/{request}/questions/{question}");
        Assert.Contains($"href=\"/records/Collaboration/{collaboration}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"register-changed\"", page, StringComparison.Ordinal);
        var link = await officer.GetAsync(new Uri($"/records/Collaboration/{collaboration}", UriKind.Relative));
        Assert.Equal($"/collaborations/{collaboration}", link.Headers.Location?.OriginalString);

        await EditCollaborationAsync(editor, collaboration, 1, CollaborationForm(reference, partner, "Ceased", ["Advice"], ended: "2018"));

        Assert.Contains("data-testid=\"register-changed\"", await PageAsync(officer, $"/foi/{request}/questions/{question}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_as_at_an_earlier_day_reads_the_register_as_it_stood_then()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer, Roles.Viewer);
        var (request, question) = await QuestionAsync(officer);

        // Nothing had been recorded by the end of 1 January 2026: the register then held no collaboration.
        Assert.Equal(HttpStatusCode.Redirect, (await GenerateAsync(officer, request, question, asAt: "2026-01-01")).StatusCode);
        var future = await GenerateAsync(officer, request, question, asAt: "2027-01-01");

        var saved = await _app.QueryAsync(db => db.FoiQuestions.SingleAsync(q => q.Id == question));
        Assert.NotNull(saved.GeneratedAsAt);
        Assert.Contains("No information is held", saved.GeneratedDraft, StringComparison.Ordinal);
        Assert.Contains("The date the register is read as at must be in the past", await TextAsync(future), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_flagged_do_not_confirm_or_deny_are_never_in_the_draft_and_only_a_cleared_officer_is_told_they_fall_in_scope()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.FoiOfficer, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.FoiOfficer, Roles.Viewer);
        var partner = await CreateAsync(cleared, $"Covert {Guid.NewGuid():N}"[..14], "OtherForce");
        var form = CollaborationForm($"COL-{Guid.NewGuid():N}"[..12], partner).With("Input.DoNotConfirmOrDeny", "true");
        await CreateCollaborationAsync(cleared, form);
        var (request, question) = await QuestionAsync(cleared);

        await GenerateAsync(cleared, request, question);

        var draft = await _app.QueryAsync(db => db.FoiQuestions.Where(q => q.Id == question).Select(q => q.GeneratedDraft).SingleAsync());
        Assert.DoesNotContain("Covert", draft, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"ncnd-in-scope\"", await PageAsync(cleared, $"/foi/{request}/questions/{question}"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"ncnd-in-scope\"", await PageAsync(uncleared, $"/foi/{request}/questions/{question}"), StringComparison.Ordinal);
    }
}
