using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Authorisation;

/// <summary>Decisions and deployment moves as the register stores them, in SQLite through the real migrations.</summary>
public sealed class AuthorisationDecisionStorageTests : IDisposable
{
    private static readonly HistoryActor Sam = new("oid-sam", "Sam Price", ["AuthorisingOfficer"]);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private DateTime Now => _database.Clock.GetUtcNow().UtcDateTime;

    /// <summary>A submitted application, its applicant and a superintendent linked to Sam's account, saved.</summary>
    private async Task<(Guid DeploymentId, Guid SuperintendentId)> SubmittedAsync(bool doNotConfirmOrDeny = false)
    {
        await using var db = _database.NewContext();
        var system = new FacialRecognitionSystem { Name = "LFR vans", Product = "NeoFace Live", Kind = FacialRecognitionKind.Live, Status = SystemStatus.InService };
        var applicant = new Person { Name = "Ana Reid" };
        applicant.ChangeRank(Rank.Inspector, new DateOnly(2019, 1, 1));
        var superintendent = new Person { Name = "Sam Price", AccountObjectId = "oid-sam" };
        superintendent.ChangeRank(Rank.Superintendent, new DateOnly(2021, 1, 1));
        var deployment = new Deployment
        {
            Reference = $"LFR-{Guid.NewGuid():N}"[..14], SystemId = system.Id, Kind = FacialRecognitionKind.Live, Purpose = "Wanted offenders",
            LocationName = "Cardiff city centre", LegitimateAim = "Locating people wanted for serious offences", Necessity = "Patrols have not found them",
            Proportionality = "Six hours, one location, signage", ApplicantId = applicant.Id, ApplicantAccountObjectId = "oid-ana",
            DoNotConfirmOrDeny = doNotConfirmOrDeny,
        };
        Assert.Empty(deployment.Move(DeploymentTransition.Submit, Now));
        db.AddRange(system, applicant, superintendent, deployment);
        db.RanksHeld.AddRange(applicant.Ranks.Concat(superintendent.Ranks));
        await db.SaveChangesAsync();
        return (deployment.Id, superintendent.Id);
    }

    /// <summary>Sam authorises the deployment in one save, as a handler would.</summary>
    private async Task<Guid> AuthoriseAsync(Guid deploymentId)
    {
        await using var db = _database.NewContext(Sam);
        var deployment = await db.Deployments.SingleAsync(d => d.Id == deploymentId);
        var sam = await db.People.Include(p => p.Ranks).SingleAsync(p => p.AccountObjectId == "oid-sam");
        var readiness = new ReadinessReport([new ReadinessItem(ReadinessChecklist.PlannedTimes, true, "The planned start and end are set", ReadinessSeverity.Blocks)], null);
        var result = AuthorisationRules.DecideOnDeployment(deployment, new DecisionRequest(DecisionOutcome.Authorised, "Necessary and proportionate", "Signage"),
            new DecidingOfficer(true, "oid-sam", "Sam Price", sam), readiness, null, Now, DateOnly.FromDateTime(Now), new AuthorisationSettings());
        var decision = Assert.IsType<AuthorisationDecision>(result.Decision);
        db.AuthorisationDecisions.Add(decision);
        await db.SaveChangesAsync();
        return decision.Id;
    }

    [Fact]
    public async Task A_decision_and_the_move_it_makes_are_saved_together_and_both_are_in_the_history()
    {
        var (deploymentId, superintendentId) = await SubmittedAsync();
        _database.Clock.Advance(TimeSpan.FromHours(2));

        var decisionId = await AuthoriseAsync(deploymentId);

        await using var db = _database.NewContext();
        var decision = await db.AuthorisationDecisions.SingleAsync(d => d.Id == decisionId);
        Assert.Equal((DecisionSubject.Deployment, deploymentId, DecisionOutcome.Authorised), (decision.SubjectKind, decision.SubjectId, decision.Outcome));
        Assert.Equal((superintendentId, Rank.Superintendent, "oid-sam", "Sam Price"), (decision.DeciderId, decision.RankHeld, decision.DeciderAccountObjectId, decision.DeciderName));
        Assert.Equal((Now, "Necessary and proportionate", "Signage"), (decision.DecidedAt, decision.Rationale, decision.Conditions));
        Assert.Equal(TestDatabase.DefaultForceId, decision.ForceId);
        Assert.Equal(DeploymentStatus.Authorised, (await db.Deployments.SingleAsync(d => d.Id == deploymentId)).Status);
        var latest = await db.History.Where(e => e.OccurredAt == Now).ToListAsync();
        Assert.Equal(["AuthorisationDecision", "Deployment"], latest.Select(e => e.RecordType).Order());
        Assert.Single(latest.Select(e => e.ChangeSetId).Distinct());
        Assert.All(latest, e => Assert.Equal("Sam Price", e.UserName));
        Assert.Contains(RecordSnapshot.DeserializeChanges(latest.Single(e => e.RecordType == "Deployment").Changes),
            c => c is { Field: "Status", Before: "SubmittedForAuthorisation", After: "Authorised" });
        Assert.True((await HistoryVerifier.VerifyAsync(db)).Intact);
    }

    [Fact]
    public async Task A_saved_decision_cannot_be_edited_and_stays_as_it_was()
    {
        var (deploymentId, _) = await SubmittedAsync();
        var decisionId = await AuthoriseAsync(deploymentId);

        await using (var db = _database.NewContext())
        {
            var decision = await db.AuthorisationDecisions.SingleAsync(d => d.Id == decisionId);
            decision.Rationale = "Rewritten afterwards";
            decision.RankHeld = Rank.ChiefConstable;

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("cannot be changed once saved", error.Message, StringComparison.Ordinal);
        }

        await using var check = _database.NewContext();
        var stored = await check.AuthorisationDecisions.SingleAsync(d => d.Id == decisionId);
        Assert.Equal(("Necessary and proportionate", Rank.Superintendent, 1), (stored.Rationale, stored.RankHeld, stored.Version));
        Assert.Equal(1, await check.History.CountAsync(e => e.RecordId == decisionId));
    }

    [Fact]
    public async Task A_saved_decision_cannot_be_retired_only_superseded()
    {
        var (deploymentId, _) = await SubmittedAsync();
        var decisionId = await AuthoriseAsync(deploymentId);

        await using (var db = _database.NewContext())
        {
            var decision = await db.AuthorisationDecisions.SingleAsync(d => d.Id == decisionId);
            decision.Retire("Made in error", Now);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = _database.NewContext())
        {
            var earlier = await db.AuthorisationDecisions.SingleAsync(d => d.Id == decisionId);
            db.AuthorisationDecisions.Add(new AuthorisationDecision
            {
                SubjectKind = earlier.SubjectKind, SubjectId = earlier.SubjectId, Outcome = DecisionOutcome.Authorised, DeciderId = earlier.DeciderId,
                RankHeld = Rank.Superintendent, DeciderAccountObjectId = "oid-sam", DeciderName = "Sam Price", DecidedAt = Now,
                Rationale = "Conditions corrected", Conditions = "Signage and leaflets", SupersedesId = earlier.Id,
            });
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        Assert.Null((await check.AuthorisationDecisions.SingleAsync(d => d.Id == decisionId)).RetiredAt);
        Assert.Equal(decisionId, await check.AuthorisationDecisions.Where(d => d.SupersedesId != null).Select(d => d.SupersedesId).SingleAsync());
    }

    [Fact]
    public async Task The_rank_kept_with_a_decision_survives_the_officers_later_demotion()
    {
        var (deploymentId, superintendentId) = await SubmittedAsync();
        var decisionId = await AuthoriseAsync(deploymentId);

        await using (var db = _database.NewContext())
        {
            var sam = await db.People.Include(p => p.Ranks).SingleAsync(p => p.Id == superintendentId);
            db.RanksHeld.Add(sam.ChangeRank(Rank.ChiefInspector, DateOnly.FromDateTime(Now).AddDays(30)));
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var demoted = await check.People.Include(p => p.Ranks).SingleAsync(p => p.Id == superintendentId);
        Assert.Equal(Rank.ChiefInspector, demoted.RankOn(DateOnly.FromDateTime(Now).AddDays(31)));
        Assert.Equal(Rank.Superintendent, (await check.AuthorisationDecisions.SingleAsync(d => d.Id == decisionId)).RankHeld);
    }

    [Fact]
    public async Task A_decision_on_a_deployment_not_confirmed_or_denied_is_hidden_from_users_not_cleared()
    {
        var (deploymentId, _) = await SubmittedAsync(doNotConfirmOrDeny: true);
        var decisionId = await AuthoriseAsync(deploymentId);

        await using var uncleared = _database.NewContext();
        uncleared.ShowsDoNotConfirmOrDenyRecords = false;
        await using var cleared = _database.NewContext();

        Assert.False(await uncleared.AuthorisationDecisions.AnyAsync(d => d.Id == decisionId));
        Assert.True(await cleared.AuthorisationDecisions.AnyAsync(d => d.Id == decisionId));
    }

    [Fact]
    public async Task A_cancellation_stores_its_reason_and_time_and_the_history_says_so()
    {
        var (deploymentId, _) = await SubmittedAsync();
        _database.Clock.Advance(TimeSpan.FromHours(1));

        await using (var db = _database.NewContext())
        {
            var deployment = await db.Deployments.SingleAsync(d => d.Id == deploymentId);
            Assert.Empty(deployment.Move(DeploymentTransition.Cancel, Now, "Event called off"));
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var stored = await check.Deployments.SingleAsync(d => d.Id == deploymentId);
        Assert.Equal((DeploymentStatus.Cancelled, Now, "Event called off"), (stored.Status, stored.CancelledAt, stored.CancellationReason));
        var entry = await check.History.Where(e => e.RecordId == deploymentId).OrderBy(e => e.Sequence).LastAsync();
        Assert.Contains(RecordSnapshot.DeserializeChanges(entry.Changes), c => c is { Field: "CancellationReason", After: "Event called off" });
        var asItWas = await RegisterAsOf.RecordAsync<Deployment>(check, deploymentId, Now);
        Assert.Equal(DeploymentStatus.Cancelled, asItWas!.Status);
    }
}
