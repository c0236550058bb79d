using System.Net;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Records;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Authorisation.WorkflowRequests;

namespace LfrGovernance.Tests.Integration.Authorisation;

/// <summary>The application with the default settings: every failed readiness check but the threshold's blocks.</summary>
public sealed class StrictWorkflowAppFactory : WorkflowAppFactory
{
    public StrictWorkflowAppFactory()
    {
        foreach (var key in Settings.Keys.Where(k => k.StartsWith("Register:Authorisation:", StringComparison.Ordinal)).ToList())
        {
            Settings.Remove(key);
        }
    }
}

public sealed class ReadinessAndVisibilityTests : IClassFixture<StrictWorkflowAppFactory>
{
    private readonly StrictWorkflowAppFactory _app;

    public ReadinessAndVisibilityTests(StrictWorkflowAppFactory app) => _app = app;

    [Fact]
    public async Task A_failed_readiness_check_blocks_authorisation_and_is_shown_as_failed_with_its_reason()
    {
        using var applicant = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        using var superintendent = Authoriser(_app, await _app.OfficerAsync("Sam Price", Rank.Superintendent));
        var id = await SubmittedAsync(_app, applicant);

        var checklist = await PageAsync(superintendent, $"/deployments/{id}/decide");
        var response = await DecideAsync(_app, superintendent, id, "Authorised");

        Assert.Matches("data-testid=\"check-dpia\">\\s*<dt class=\"govuk-summary-list__key\">Data protection impact assessment</dt>\\s*<dd class=\"govuk-summary-list__value\">\\s*<strong class=\"govuk-tag govuk-tag--red\">Failed</strong>", checklist);
        Assert.Contains("The deployment is not ready to be authorised: No DPIA covers this deployment or its system", await OrganisationRequests.TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(DeploymentStatus.SubmittedForAuthorisation, await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
        // Refusing needs no readiness: the officer may refuse an application that is not ready.
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(_app, superintendent, id, "Refused", "No DPIA")).StatusCode);
        Assert.Equal(DeploymentStatus.Refused, await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_deployment_whose_marking_asks_a_purpose_is_shown_to_decide_on_only_after_the_officer_says_why_and_the_view_is_logged()
    {
        using var applicant = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        var account = await _app.OfficerAsync("Sam Price", Rank.Superintendent);
        using var superintendent = Authoriser(_app, account);
        var id = await SubmittedAsync(_app, applicant);
        await _app.QueryAsync(async db =>
        {
            var deployment = await db.Deployments.SingleAsync(d => d.Id == id);
            deployment.Marking = RecordMarking.OfficialSensitivePurposeRequired;
            return await db.SaveChangesAsync();
        });

        var asked = await PageAsync(superintendent, $"/deployments/{id}/decide");
        Assert.Contains("Why do you need to see this deployment?", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("The prevention and detection of crime", asked, StringComparison.Ordinal);
        var shown = await Infrastructure.AntiforgeryForm.PostAsync(superintendent, $"/deployments/{id}/decide", $"/deployments/{id}/decide/purpose",
            new Dictionary<string, string> { ["Input.Purpose"] = "To decide on the application" });

        Assert.Contains("The prevention and detection of crime", await OrganisationRequests.TextAsync(shown), StringComparison.Ordinal);
        Assert.True(await _app.QueryAsync(db => db.AccessLog.AnyAsync(e => e.RecordId == id && e.UserId == account && e.Purpose == "To decide on the application")));
    }

    [Fact]
    public async Task A_deployment_not_confirmed_or_denied_answers_not_found_on_the_decision_page_to_an_officer_not_cleared()
    {
        using var applicant = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        var account = await _app.OfficerAsync("Sam Price", Rank.Superintendent);
        using var superintendent = Authoriser(_app, account);
        using var cleared = Client(_app, account, Roles.AuthorisingOfficer, Roles.NcndCleared);
        var id = await SubmittedAsync(_app, applicant);
        await _app.QueryAsync(async db =>
        {
            var deployment = await db.Deployments.SingleAsync(d => d.Id == id);
            deployment.DoNotConfirmOrDeny = true;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await superintendent.GetAsync(new Uri($"/deployments/{id}/decide", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(_app, superintendent, id, "Refused", "Not needed")).StatusCode);
        Assert.Contains("Decide on the application", await PageAsync(cleared, $"/deployments/{id}/decide"), StringComparison.Ordinal);
    }
}
