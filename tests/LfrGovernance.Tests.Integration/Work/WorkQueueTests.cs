using System.Net;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Work;

/// <summary>"Your work": applications awaiting a decision, urgent authorisations awaiting ratification and reviews
/// due, for the roles concerned, with the count in the header.</summary>
public sealed class WorkQueueTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public WorkQueueTests(ClockedAppFactory app) => _app = app;

    private DateTime Now => _app.Clock.GetUtcNow().UtcDateTime;

    /// <summary>A deployment application by <paramref name="applicantAccount"/>, submitted, saved directly.</summary>
    private async Task<(Guid Id, string Reference)> SubmittedAsync(string applicantAccount, bool doNotConfirmOrDeny = false)
    {
        var reference = $"WQ-{Guid.NewGuid().ToString("N")[..10]}";
        var id = await _app.QueryAsync(async db =>
        {
            var system = new FacialRecognitionSystem { Name = $"System {reference}", Product = "NeoFace Live", Kind = FacialRecognitionKind.Live, Status = SystemStatus.InService };
            var applicant = new Person { Name = $"Applicant {reference}", AccountObjectId = applicantAccount };
            var deployment = new Deployment
            {
                Reference = reference, SystemId = system.Id, Kind = FacialRecognitionKind.Live, Purpose = "Wanted offenders",
                LocationName = "Queue Street", LegitimateAim = "Locating people wanted for serious offences", Necessity = "Patrols have not found them",
                Proportionality = "Six hours, one location, signage", ApplicantId = applicant.Id, ApplicantAccountObjectId = applicantAccount,
                PlannedStart = Now.AddDays(3), PlannedEnd = Now.AddDays(3).AddHours(6), DoNotConfirmOrDeny = doNotConfirmOrDeny,
            };
            Assert.Empty(deployment.Move(DeploymentTransition.Submit, Now));
            db.AddRange(system, applicant, deployment);
            await db.SaveChangesAsync();
            return deployment.Id;
        });
        return (id, reference);
    }

    [Fact]
    public async Task An_authorising_officer_sees_others_applications_awaiting_a_decision_but_not_their_own_and_the_header_counts_them()
    {
        var others = await SubmittedAsync("oid-applicant");
        var own = await SubmittedAsync("oid-officer-1");
        using var officer = _app.CreateClientForUser("oid-officer-1", Roles.AuthorisingOfficer);

        var page = await PageAsync(officer, "/work");

        Assert.Contains(others.Reference, page, StringComparison.Ordinal);
        Assert.DoesNotContain(own.Reference, page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"awaiting-decision\"", page, StringComparison.Ordinal);
        Assert.Matches(@"Your work \(\d+\)<span class=""govuk-visually-hidden""> waiting for you</span>", await PageAsync(officer, "/deployments"));
    }

    [Fact]
    public async Task An_urgent_authorisation_past_its_period_is_flagged_overdue_until_answered()
    {
        var (id, reference) = await SubmittedAsync("oid-applicant-2");
        await _app.QueryAsync(async db =>
        {
            var inspector = new Person { Name = "Ira Urgent", AccountObjectId = "oid-inspector" };
            inspector.ChangeRank(Rank.Inspector, new DateOnly(2020, 1, 1));
            db.Add(inspector);
            db.RanksHeld.AddRange(inspector.Ranks);
            var deployment = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Deployments, d => d.Id == id);
            var readiness = new ReadinessReport([new ReadinessItem(ReadinessChecklist.PlannedTimes, true, "The planned start and end are set", ReadinessSeverity.Blocks)], null);
            var result = AuthorisationRules.DecideOnDeployment(deployment,
                new DecisionRequest(DecisionOutcome.UrgentlyAuthorised, "Threat to life", UrgencyReason: "A missing child at risk"),
                new DecidingOfficer(true, "oid-inspector", "Ira Urgent", inspector), readiness, null, Now, DateOnly.FromDateTime(Now), new AuthorisationSettings());
            Assert.Empty(result.Breaches);
            db.Add(result.Decision!);
            return await db.SaveChangesAsync();
        });
        using var officer = _app.CreateClientForUser("oid-superintendent", Roles.AuthorisingOfficer);

        var inTime = await PageAsync(officer, "/work");
        Assert.Contains(reference, inTime, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"ratification-overdue\"", inTime, StringComparison.Ordinal);

        _app.Clock.Advance(TimeSpan.FromHours(25));
        var late = await PageAsync(officer, "/work");
        Assert.Contains("data-testid=\"ratification-overdue\"", late, StringComparison.Ordinal);
        Assert.Contains("Overdue", late, StringComparison.Ordinal);
        using var urgentOfficer = _app.CreateClientForUser("oid-inspector", Roles.AuthorisingOfficer);
        Assert.Contains("You authorised this: another officer must answer it.", await PageAsync(urgentOfficer, "/work"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_sees_reviews_due_and_no_decisions_and_a_viewer_has_no_work_page()
    {
        var reference = $"WQ-R-{Guid.NewGuid().ToString("N")[..8]}";
        await _app.QueryAsync(async db =>
        {
            var system = new FacialRecognitionSystem { Name = $"System {reference}", Product = "NeoFace Live", Kind = FacialRecognitionKind.Live, Status = SystemStatus.InService };
            var deployment = new Deployment
            {
                Reference = reference, SystemId = system.Id, Kind = FacialRecognitionKind.Live, Purpose = "Wanted offenders", LocationName = "Review Road",
                ActualStart = Now.AddDays(-3), ActualEnd = Now.AddDays(-3).AddHours(5),
            };
            deployment.RecordHistoric(DeploymentStatus.Completed);
            db.AddRange(system, deployment);
            return await db.SaveChangesAsync();
        });
        var submitted = await SubmittedAsync("oid-applicant-3");
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);

        var page = await PageAsync(editor, "/work");

        Assert.Contains(reference, page, StringComparison.Ordinal);
        Assert.DoesNotContain(submitted.Reference, page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"awaiting-decision\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri("/work", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("href=\"/work\"", await PageAsync(viewer, "/deployments"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_application_not_confirmed_or_denied_waits_only_for_officers_cleared_for_it()
    {
        var hidden = await SubmittedAsync("oid-applicant-4", doNotConfirmOrDeny: true);
        using var uncleared = _app.CreateClientForUser("oid-officer-5", Roles.AuthorisingOfficer);
        using var cleared = _app.CreateClientForUser("oid-officer-6", Roles.AuthorisingOfficer, Roles.NcndCleared);

        Assert.DoesNotContain(hidden.Reference, await PageAsync(uncleared, "/work"), StringComparison.Ordinal);
        Assert.Contains(hidden.Reference, await PageAsync(cleared, "/work"), StringComparison.Ordinal);
    }
}
