using System.Net;
using System.Text.RegularExpressions;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Authorisation.WorkflowRequests;

namespace LfrGovernance.Tests.Integration.Authorisation;

/// <summary>The authorisation workflow through the web pages: who may submit, decide, ratify, cancel, start, complete
/// and review, and what the deployment's page then shows.</summary>
public sealed class DeploymentAuthorisationTests : IClassFixture<WorkflowAppFactory>
{
    private readonly WorkflowAppFactory _app;

    public DeploymentAuthorisationTests(WorkflowAppFactory app) => _app = app;

    /// <summary>The status's row in a version of the history timeline.</summary>
    private static Regex StatusChange(string before, string after) => new(
        $@"<th scope=""row"" class=""govuk-table__header"">Status</th>\s*<td class=""govuk-table__cell"">{before}</td>\s*<td class=""govuk-table__cell"">{after}</td>");

    private Task<DeploymentStatus> StatusAsync(Guid id) =>
        _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.Status).SingleAsync());

    private Task<List<AuthorisationDecision>> DecisionsAsync(Guid id) =>
        _app.QueryAsync(db => db.AuthorisationDecisions.Where(d => d.SubjectId == id).OrderBy(d => d.DecidedAt).ToListAsync());

    private async Task<(HttpClient Applicant, Guid Id)> SubmittedByNewApplicantAsync()
    {
        var applicant = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        return (applicant, await SubmittedAsync(_app, applicant));
    }

    [Fact]
    public async Task Submitting_makes_the_signed_in_editor_the_applicant_and_the_application_awaits_a_decision()
    {
        var account = await _app.OfficerAsync("Ana Reid", Rank.Inspector);
        using var applicant = Editor(_app, account);

        var id = await SubmittedAsync(_app, applicant);

        Assert.Equal(DeploymentStatus.SubmittedForAuthorisation, await StatusAsync(id));
        Assert.Equal(account, await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.ApplicantAccountObjectId).SingleAsync()));
        var page = await PageAsync(applicant, $"/deployments/{id}");
        Assert.Contains("Submitted for authorisation", page, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"govuk-summary-list__value\" data-testid=\"applicant\">Ana Reid</dd>", page, StringComparison.Ordinal);
        Assert.Matches(StatusChange("Draft", "Submitted for authorisation"), page);
    }

    [Fact]
    public async Task An_application_without_its_case_is_not_submitted_and_each_missing_part_links_to_its_field()
    {
        using var applicant = Editor(_app, await _app.OfficerAsync("Ana Reid", Rank.Inspector));
        var systemId = await Deployments.DeploymentRequests.AddSystemAsync(_app);
        var fields = Application($"BARE-{Guid.NewGuid():N}"[..16], systemId);
        fields["Input.Necessity"] = "";
        fields["Input.Proportionality"] = " ";
        var id = await Deployments.DeploymentRequests.CreateAsync(applicant, fields);

        var response = await MoveAsync(_app, applicant, id, "submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await OrganisationRequests.TextAsync(response);
        Assert.Contains($"<a href=\"/deployments/{id}/edit#Input_Necessity\">Enter why the deployment is necessary before submitting the application</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/deployments/{id}/edit#Input_Proportionality\">Enter why the deployment is proportionate before submitting the application</a>", html, StringComparison.Ordinal);
        Assert.Equal(DeploymentStatus.Draft, await StatusAsync(id));
    }

    [Fact]
    public async Task Once_submitted_the_case_cannot_be_edited_and_the_form_says_why()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;
        var fields = Application("ignored", Guid.Empty);
        var stored = await _app.QueryAsync(db => db.Deployments.SingleAsync(d => d.Id == id));
        fields["Input.Reference"] = stored.Reference;
        fields["Input.SystemId"] = stored.SystemId.ToString();
        fields["Input.LegitimateAim"] = "A different aim";

        var edit = await Deployments.DeploymentRequests.EditDeploymentAsync(applicant, id, stored.Version, fields);

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var html = await OrganisationRequests.TextAsync(edit);
        Assert.Contains("<a href=\"#Input_LegitimateAim\">Legitimate aim cannot be changed: the application is submitted for authorisation</a>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"application-closed\">This deployment is submitted for authorisation.", html, StringComparison.Ordinal);
        Assert.Equal("The prevention and detection of crime", await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.LegitimateAim).SingleAsync()));
    }

    [Fact]
    public async Task A_viewer_may_neither_submit_nor_decide_and_an_editor_may_not_decide()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri($"/deployments/{id}/decide", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(_app, viewer, id, "cancel", "No longer needed")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(new Uri($"/deployments/{id}/decide", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(_app, editor, id, "Authorised")).StatusCode);
        Assert.DoesNotContain("Decide on the application", await PageAsync(editor, $"/deployments/{id}"), StringComparison.Ordinal);
        Assert.Equal(DeploymentStatus.SubmittedForAuthorisation, await StatusAsync(id));
        Assert.Empty(await DecisionsAsync(id));
    }

    [Fact]
    public async Task An_authoriser_cannot_decide_on_their_own_application()
    {
        var account = await _app.OfficerAsync("Sam Price", Rank.Superintendent);
        using var both = Client(_app, account, Roles.GovernanceEditor, Roles.AuthorisingOfficer);
        var id = await SubmittedAsync(_app, both);

        var response = await DecideAsync(_app, both, id, "Authorised");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot decide on your own application", await OrganisationRequests.TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(DeploymentStatus.SubmittedForAuthorisation, await StatusAsync(id));
        Assert.Empty(await DecisionsAsync(id));
    }

    [Fact]
    public async Task An_officer_below_the_minimum_rank_is_refused_with_the_rank_needed_and_the_rank_held()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;
        using var chiefInspector = Authoriser(_app, await _app.OfficerAsync("Kim Ward", Rank.ChiefInspector));
        using var unlinked = Authoriser(_app, $"oid-{Guid.NewGuid():N}");

        var refused = await DecideAsync(_app, chiefInspector, id, "Authorised");
        var unknown = await DecideAsync(_app, unlinked, id, "Refused");

        Assert.Contains("This decision needs the rank of Superintendent or above: you hold the rank of Chief Inspector",
            await OrganisationRequests.TextAsync(refused), StringComparison.Ordinal);
        Assert.Contains("Your sign-in account is not linked to a current person record, so your rank is not known",
            await OrganisationRequests.TextAsync(unknown), StringComparison.Ordinal);
        Assert.Equal(DeploymentStatus.SubmittedForAuthorisation, await StatusAsync(id));
        Assert.Empty(await DecisionsAsync(id));
    }

    [Fact]
    public async Task A_decision_without_reasons_is_refused_beside_the_field()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;
        using var superintendent = Authoriser(_app, await _app.OfficerAsync("Sam Price", Rank.Superintendent));

        var response = await DecideAsync(_app, superintendent, id, "Authorised", rationale: "");

        Assert.Contains("<a href=\"#Input_Rationale\">Enter the reasons for the decision</a>", await OrganisationRequests.TextAsync(response), StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(id));
    }

    [Fact]
    public async Task The_deployment_page_shows_who_authorised_at_what_rank_when_and_on_what_conditions()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;
        var account = await _app.OfficerAsync("Sam Price", Rank.Superintendent);
        using var superintendent = Authoriser(_app, account);
        var checklist = await PageAsync(superintendent, $"/deployments/{id}/decide");
        Assert.Contains("data-testid=\"check-dpia\"", checklist, StringComparison.Ordinal);
        Assert.Contains("No DPIA covers this deployment or its system", checklist, StringComparison.Ordinal);
        Assert.Contains("Your rank today: <strong data-testid=\"rank-today\">Superintendent</strong>", checklist, StringComparison.Ordinal);

        var response = await DecideAsync(_app, superintendent, id, "Authorised", "Necessary: wanted offenders seen in the area", "Signage at every entrance");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DeploymentStatus.Authorised, await StatusAsync(id));
        var decision = Assert.Single(await DecisionsAsync(id));
        Assert.Equal((DecisionOutcome.Authorised, Rank.Superintendent, account), (decision.Outcome, decision.RankHeld, decision.DeciderAccountObjectId));
        var page = await PageAsync(superintendent, $"/deployments/{id}");
        Assert.Contains($"data-testid=\"decided-by\">Test {account}, Superintendent (rank held at the time)</dd>", page, StringComparison.Ordinal);
        Assert.Contains($"{UkTime.Format(decision.DecidedAt)} ({UkTime.ZoneName})", page, StringComparison.Ordinal);
        Assert.Contains("Necessary: wanted offenders seen in the area", page, StringComparison.Ordinal);
        Assert.Contains("Signage at every entrance", page, StringComparison.Ordinal);
        Assert.Matches(StatusChange("Submitted for authorisation", "Authorised"), page);
        // The timeline's version that moved the deployment names the decision saved with it.
        Assert.Contains($"data-testid=\"timeline-decision\">Decision: Authorised by Test {account}, Superintendent (rank held at the time)</p>",
            page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_urgent_authorisation_by_an_inspector_is_ratified_by_a_superintendent_and_both_decisions_are_shown()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;
        using var inspector = Authoriser(_app, await _app.OfficerAsync("Priya Nair", Rank.Inspector));
        using var superintendent = Authoriser(_app, await _app.OfficerAsync("Tom Hale", Rank.Superintendent));
        Assert.Contains("Authorise urgently", await PageAsync(inspector, $"/deployments/{id}/decide"), StringComparison.Ordinal);

        var withoutReason = await DecideAsync(_app, inspector, id, "UrgentlyAuthorised");
        Assert.Contains("Enter why the authorisation is urgent", await OrganisationRequests.TextAsync(withoutReason), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(_app, inspector, id, "UrgentlyAuthorised", urgencyReason: "A wanted man is expected at the match tonight")).StatusCode);
        Assert.Equal(DeploymentStatus.Authorised, await StatusAsync(id));
        Assert.Contains("data-testid=\"awaiting-ratification\"", await PageAsync(superintendent, $"/deployments/{id}"), StringComparison.Ordinal);

        var ownRatification = await DecideAsync(_app, inspector, id, "Ratified");
        Assert.Contains("This decision needs the rank of Superintendent or above: you hold the rank of Inspector", await OrganisationRequests.TextAsync(ownRatification), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(_app, superintendent, id, "Ratified", "The urgency was real")).StatusCode);

        var decisions = await DecisionsAsync(id);
        Assert.Equal([DecisionOutcome.UrgentlyAuthorised, DecisionOutcome.Ratified], decisions.Select(d => d.Outcome));
        Assert.Equal([Rank.Inspector, Rank.Superintendent], decisions.Select(d => d.RankHeld));
        Assert.Equal(decisions[0].Id, decisions[1].SupersedesId);
        Assert.Equal(DeploymentStatus.Authorised, await StatusAsync(id));
        var page = await PageAsync(superintendent, $"/deployments/{id}");
        Assert.DoesNotContain("data-testid=\"awaiting-ratification\"", page, StringComparison.Ordinal);
        Assert.Contains(", Inspector (rank held at the time)", page, StringComparison.Ordinal);
        Assert.Contains("Superseded", page, StringComparison.Ordinal);
        Assert.Contains("A wanted man is expected at the match tonight", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_urgent_authorisation_left_past_its_period_is_flagged_cannot_be_ratified_and_its_cancellation_stops_the_deployment()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;
        using var inspector = Authoriser(_app, await _app.OfficerAsync("Priya Nair", Rank.Inspector));
        using var superintendent = Authoriser(_app, await _app.OfficerAsync("Tom Hale", Rank.Superintendent));
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(_app, inspector, id, "UrgentlyAuthorised", urgencyReason: "Threat to life")).StatusCode);
        _app.Clock.Advance(TimeSpan.FromHours(25));

        Assert.Contains("data-testid=\"ratification-overdue\"", await PageAsync(superintendent, $"/deployments/{id}"), StringComparison.Ordinal);
        var late = await DecideAsync(_app, superintendent, id, "Ratified");
        Assert.Contains("The period for ratifying the urgent authorisation has ended: it can now only be cancelled", await OrganisationRequests.TextAsync(late), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(_app, superintendent, id, "UrgentAuthorisationCancelled", "The threat has passed")).StatusCode);

        Assert.Equal(DeploymentStatus.Cancelled, await StatusAsync(id));
        var page = await PageAsync(superintendent, $"/deployments/{id}");
        Assert.Contains("Urgent authorisation cancelled: The threat has passed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"ratification-overdue\"", page, StringComparison.Ordinal);
        Assert.Equal([DecisionOutcome.UrgentlyAuthorised, DecisionOutcome.UrgentAuthorisationCancelled], (await DecisionsAsync(id)).Select(d => d.Outcome));
    }

    [Fact]
    public async Task A_superintendent_is_not_offered_the_urgent_path_and_is_refused_it()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;
        using var superintendent = Authoriser(_app, await _app.OfficerAsync("Sam Price", Rank.Superintendent));

        Assert.DoesNotContain("value=\"UrgentlyAuthorised\"", await PageAsync(superintendent, $"/deployments/{id}/decide"), StringComparison.Ordinal);
        var response = await DecideAsync(_app, superintendent, id, "UrgentlyAuthorised", urgencyReason: "Quicker");

        Assert.Contains("which may authorise in full", await OrganisationRequests.TextAsync(response), StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(id));
    }

    [Fact]
    public async Task A_returned_application_can_be_changed_and_submitted_again()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;
        using var superintendent = Authoriser(_app, await _app.OfficerAsync("Sam Price", Rank.Superintendent));

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(_app, superintendent, id, "ReturnedForChanges", "State the watchlist criteria")).StatusCode);
        Assert.Equal(DeploymentStatus.ReturnedForChanges, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(_app, applicant, id, "submit")).StatusCode);

        Assert.Equal(DeploymentStatus.SubmittedForAuthorisation, await StatusAsync(id));
    }

    [Fact]
    public async Task After_authorisation_the_deployment_starts_completes_with_its_actual_times_and_is_reviewed_by_someone_other_than_the_applicant()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;
        using var superintendent = Authoriser(_app, await _app.OfficerAsync("Sam Price", Rank.Superintendent));
        var reviewerAccount = await _app.OfficerAsync("Rae Lowe", null);
        using var reviewer = Editor(_app, reviewerAccount);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(_app, superintendent, id, "Authorised")).StatusCode);
        Assert.Contains($"href=\"/deployments/{id}/start\"", await PageAsync(applicant, $"/deployments/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(_app, applicant, id, "start")).StatusCode);

        var early = await MoveAsync(_app, applicant, id, "complete");
        Assert.Contains("Enter when the deployment actually started before completing it", await OrganisationRequests.TextAsync(early), StringComparison.Ordinal);
        Assert.Equal(DeploymentStatus.Live, await StatusAsync(id));
        var stored = await _app.QueryAsync(db => db.Deployments.SingleAsync(d => d.Id == id));
        var fields = Application(stored.Reference, stored.SystemId);
        fields["Input.ActualStart.Day"] = "10"; fields["Input.ActualStart.Month"] = "6"; fields["Input.ActualStart.Year"] = "2026"; fields["Input.ActualStart.Time"] = "10:00";
        fields["Input.ActualEnd.Day"] = "10"; fields["Input.ActualEnd.Month"] = "6"; fields["Input.ActualEnd.Year"] = "2026"; fields["Input.ActualEnd.Time"] = "16:00";
        Assert.Equal(HttpStatusCode.Redirect, (await Deployments.DeploymentRequests.EditDeploymentAsync(applicant, id, stored.Version, fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(_app, applicant, id, "complete")).StatusCode);

        var ownReview = await MoveAsync(_app, applicant, id, "review");
        Assert.Contains("You made the application, so you cannot mark its post-deployment review as done", await OrganisationRequests.TextAsync(ownReview), StringComparison.Ordinal);
        var applicantId = await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.ApplicantId).SingleAsync());
        var reviewerId = await _app.QueryAsync(db => db.People.Where(p => p.AccountObjectId == reviewerAccount).Select(p => p.Id).SingleAsync());
        fields["Input.ReviewedOn.Day"] = "12"; fields["Input.ReviewedOn.Month"] = "6"; fields["Input.ReviewedOn.Year"] = "2026";
        fields["Input.ReviewerId"] = applicantId!.Value.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await Deployments.DeploymentRequests.EditDeploymentAsync(reviewer, id, await VersionAsync(_app, id), fields)).StatusCode);
        var byApplicant = await MoveAsync(_app, reviewer, id, "review");
        Assert.Contains("The post-deployment review must be carried out by someone other than the applicant", await OrganisationRequests.TextAsync(byApplicant), StringComparison.Ordinal);
        fields["Input.ReviewerId"] = reviewerId.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await Deployments.DeploymentRequests.EditDeploymentAsync(reviewer, id, await VersionAsync(_app, id), fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(_app, reviewer, id, "review")).StatusCode);

        Assert.Equal(DeploymentStatus.Reviewed, await StatusAsync(id));
        var page = await PageAsync(reviewer, $"/deployments/{id}");
        Assert.DoesNotContain("data-testid=\"deployment-actions\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancellation_needs_a_reason_and_a_move_not_allowed_is_refused_whatever_was_posted()
    {
        var (applicant, id) = await SubmittedByNewApplicantAsync();
        using var _ = applicant;

        var started = await MoveAsync(_app, applicant, id, "start");
        Assert.Contains("The deployment is submitted for authorisation: it cannot be started", await OrganisationRequests.TextAsync(started), StringComparison.Ordinal);
        var noReason = await MoveAsync(_app, applicant, id, "cancel", "");
        Assert.Contains("<a href=\"#Input_Reason\">Enter why the deployment is cancelled</a>", await OrganisationRequests.TextAsync(noReason), StringComparison.Ordinal);
        Assert.Equal(DeploymentStatus.SubmittedForAuthorisation, await StatusAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(_app, applicant, id, "cancel", "The event was called off")).StatusCode);

        Assert.Equal(DeploymentStatus.Cancelled, await StatusAsync(id));
        Assert.Contains("The event was called off", await PageAsync(applicant, $"/deployments/{id}"), StringComparison.Ordinal);
    }
}
