using System.Net;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Authorisation.WorkflowRequests;

namespace LfrGovernance.Tests.Integration.Authorisation;

/// <summary>Who may stop a deployment once it runs on an officer's authority, the purpose asked before a move's page
/// of a sensitive deployment, and decisions on past deployments recorded from their documents.</summary>
public sealed class DeploymentAuthorityTests : IClassFixture<WorkflowAppFactory>
{
    private readonly WorkflowAppFactory _app;

    public DeploymentAuthorityTests(WorkflowAppFactory app) => _app = app;

    private Task<DeploymentStatus> StatusAsync(Guid id) =>
        _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.Status).SingleAsync());

    [Fact]
    public async Task An_authorised_deployment_is_cancelled_by_an_authorising_officer_not_by_an_editor_who_did_not_apply()
    {
        using var applicant = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        using var otherEditor = Editor(_app, await _app.OfficerAsync("Dan Ellis", Rank.Sergeant));
        using var officer = Authoriser(_app, await _app.OfficerAsync("Sam Price", Rank.Superintendent));
        var id = await SubmittedAsync(_app, applicant);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(_app, officer, id, "Authorised")).StatusCode);
        Assert.DoesNotContain($"/deployments/{id}/cancel", await PageAsync(otherEditor, $"/deployments/{id}"), StringComparison.Ordinal);
        Assert.Contains($"/deployments/{id}/cancel", await PageAsync(applicant, $"/deployments/{id}"), StringComparison.Ordinal);
        Assert.Contains($"/deployments/{id}/cancel", await PageAsync(officer, $"/deployments/{id}"), StringComparison.Ordinal);

        var byOtherEditor = await MoveAsync(_app, otherEditor, id, "cancel", "Not needed");
        Assert.Contains("The deployment is authorised: only an authorising officer or its applicant can cancel it",
            await OrganisationRequests.TextAsync(byOtherEditor), StringComparison.Ordinal);
        Assert.Equal(DeploymentStatus.Authorised, await StatusAsync(id));
        var byOfficer = await MoveAsync(_app, officer, id, "cancel", "Intelligence withdrawn");

        Assert.Equal(HttpStatusCode.Redirect, byOfficer.StatusCode);
        Assert.Equal(DeploymentStatus.Cancelled, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(new Uri($"/deployments/{id}/start", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_move_page_of_a_deployment_whose_marking_asks_for_a_purpose_asks_it_first_and_logs_the_view()
    {
        using var applicant = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        var fields = Application($"APP-{Guid.NewGuid():N}"[..16], await Deployments.DeploymentRequests.AddSystemAsync(_app));
        fields["Input.Marking"] = nameof(RecordMarking.OfficialSensitivePurposeRequired);
        var id = await Deployments.DeploymentRequests.CreateAsync(applicant, fields);

        var asked = await PageAsync(applicant, $"/deployments/{id}/submit");
        var shown = await AntiforgeryForm.PostAsync(applicant, "/deployments", $"/deployments/{id}/submit/purpose",
            new Dictionary<string, string> { ["Input.Purpose"] = "To submit the application" });

        Assert.Contains("Why do you need to see this deployment?", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Submit for authorisation</h1>", asked, StringComparison.Ordinal);
        Assert.Contains("Submit for authorisation</h1>", await OrganisationRequests.TextAsync(shown), StringComparison.Ordinal);
        var logged = await _app.QueryAsync(db => db.AccessLog.Where(e => e.RecordId == id && e.Purpose == "To submit the application").ToListAsync());
        Assert.Contains("to submit for authorisation", Assert.Single(logged).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_past_deployment_takes_a_decision_recorded_from_its_document_but_an_open_application_does_not()
    {
        var account = await _app.OfficerAsync("Ana Reid", Rank.Inspector);
        using var editor = Editor(_app, account);
        var decider = await _app.QueryAsync(db => db.People.Where(p => p.AccountObjectId == account).Select(p => p.Id).SingleAsync());
        var systemId = await Deployments.DeploymentRequests.AddSystemAsync(_app);
        var draft = await Deployments.DeploymentRequests.CreateAsync(editor, Application($"APP-{Guid.NewGuid():N}"[..16], systemId));
        // A deployment of the past is entered as it stands, as importers do.
        var past = await _app.QueryAsync(async db =>
        {
            var deployment = new Deployment
            {
                Reference = $"OLD-{Guid.NewGuid():N}"[..16], SystemId = systemId, Kind = FacialRecognitionKind.Live,
                Objective = PolicingObjective.WantedOffenders, Purpose = "Wanted offenders", LocationName = "Cardiff city centre",
                ActualStart = new DateTime(2021, 3, 6, 9, 0, 0, DateTimeKind.Utc), ActualEnd = new DateTime(2021, 3, 6, 15, 0, 0, DateTimeKind.Utc),
            };
            deployment.RecordHistoric(DeploymentStatus.Completed);
            db.Deployments.Add(deployment);
            await db.SaveChangesAsync();
            return deployment.Id;
        });
        var form = new Dictionary<string, string>
        {
            ["Input.Outcome"] = "Authorised", ["Input.DeciderId"] = decider.ToString(), ["Input.RankHeld"] = "Inspector",
            ["Input.DecidedOn.Day"] = "2", ["Input.DecidedOn.Month"] = "3", ["Input.DecidedOn.Year"] = "2021",
            ["Input.Rationale"] = "Wanted offenders expected at the match", ["Input.RecordedFrom"] = "Authority form LFR/21/04",
        };

        var onDraft = await AntiforgeryForm.PostAsync(editor, "/deployments", $"/deployments/{draft}/decisions/record", form);
        var onPast = await AntiforgeryForm.PostAsync(editor, "/deployments", $"/deployments/{past}/decisions/record", form);

        Assert.Contains("This deployment's application is a draft", await OrganisationRequests.TextAsync(onDraft), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, onPast.StatusCode);
        var decision = await _app.QueryAsync(db => db.AuthorisationDecisions.SingleAsync(d => d.SubjectId == past));
        Assert.Equal((DecisionOutcome.Authorised, Rank.Inspector, "Authority form LFR/21/04"), (decision.Outcome, decision.RankHeld, decision.RecordedFrom));
        Assert.False(await _app.QueryAsync(db => db.AuthorisationDecisions.AnyAsync(d => d.SubjectId == draft)));
        Assert.Equal(DeploymentStatus.Completed, await StatusAsync(past));
        Assert.Contains("Authority form LFR/21/04", await PageAsync(editor, $"/deployments/{past}"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/deployments/{draft}/decisions/record", await PageAsync(editor, $"/deployments/{draft}"), StringComparison.Ordinal);
    }
}
