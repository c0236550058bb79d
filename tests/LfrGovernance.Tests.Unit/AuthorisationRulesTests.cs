using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Tests.Unit;

public sealed class AuthorisationRulesTests
{
    private static readonly DateTime Now = new(2025, 6, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    private static readonly AuthorisationSettings Settings = new();

    private static readonly ReadinessReport Ready = new(
        [new ReadinessItem(ReadinessChecklist.Dpia, true, "DPIA DPIA-7 version 2.1 is approved", ReadinessSeverity.Blocks)],
        new ReliedOnDpia(Guid.NewGuid(), "DPIA-7", "2.1", 4));

    private static DecidingOfficer Officer(string name, Rank rank, bool role = true, DateOnly? from = null)
    {
        var person = new Person { Name = name, AccountObjectId = $"oid-{name}" };
        person.ChangeRank(rank, from ?? new DateOnly(2020, 1, 1));
        return new DecidingOfficer(role, person.AccountObjectId, name, person);
    }

    private static Deployment Submitted(Guid? applicantId = null, string? applicantAccount = null)
    {
        var d = new Deployment
        {
            Reference = "LFR-2025-014", Purpose = "Wanted offenders", LocationName = "Cardiff city centre",
            ApplicantId = applicantId ?? Guid.NewGuid(), ApplicantAccountObjectId = applicantAccount,
            Marking = RecordMarking.OfficialSensitive, DoNotConfirmOrDeny = true,
        };
        d.RecordHistoric(DeploymentStatus.SubmittedForAuthorisation);
        return d;
    }

    private static DecisionResult Decide(Deployment d, DecidingOfficer officer, DecisionOutcome outcome, string? rationale = "Necessary and proportionate",
        string? urgency = null, AuthorisationDecision? inForce = null, DateTime? at = null, ReadinessReport? readiness = null, AuthorisationSettings? settings = null) =>
        AuthorisationRules.DecideOnDeployment(d, new DecisionRequest(outcome, rationale, "Signage at every entrance", urgency), officer,
            readiness ?? Ready, inForce, at ?? Now, DateOnly.FromDateTime(at ?? Now), settings ?? Settings);

    private static List<string> Messages(DecisionResult result) => [.. result.Breaches.Select(b => b.Message)];

    [Fact]
    public void A_superintendent_authorises_and_the_decision_records_who_at_what_rank_when_why_and_what_they_saw()
    {
        var d = Submitted();
        var superintendent = Officer("Sam Price", Rank.Superintendent);

        var result = Decide(d, superintendent, DecisionOutcome.Authorised);

        var decision = Assert.IsType<AuthorisationDecision>(result.Decision);
        Assert.Empty(result.Breaches);
        Assert.Equal(DeploymentStatus.Authorised, d.Status);
        Assert.Equal((DecisionSubject.Deployment, d.Id), (decision.SubjectKind, decision.SubjectId));
        Assert.Equal(superintendent.Person!.Id, decision.DeciderId);
        Assert.Equal(Rank.Superintendent, decision.RankHeld);
        Assert.Equal(("oid-Sam Price", "Sam Price"), (decision.DeciderAccountObjectId, decision.DeciderName));
        Assert.Equal(Now, decision.DecidedAt);
        Assert.Equal("Necessary and proportionate", decision.Rationale);
        Assert.Equal("Signage at every entrance", decision.Conditions);
        Assert.Equal((Ready.Dpia!.Id, "2.1", 4), (decision.DpiaId!.Value, decision.DpiaDocumentVersion, decision.DpiaRecordVersion!.Value));
        Assert.Equal(Ready.Items, ReadinessChecklist.Deserialise(decision.Readiness!));
        Assert.Null(decision.UrgencyReason);
        Assert.True(decision.Permits);
    }

    [Fact]
    public void A_decision_is_as_sensitive_and_as_hidden_as_its_deployment()
    {
        var decision = Decide(Submitted(), Officer("Sam Price", Rank.Superintendent), DecisionOutcome.Authorised).Decision!;

        Assert.Equal(RecordMarking.OfficialSensitive, decision.Marking);
        Assert.True(decision.DoNotConfirmOrDeny);
    }

    [Theory]
    [InlineData(Rank.Inspector)]
    [InlineData(Rank.ChiefInspector)]
    public void An_officer_below_the_minimum_rank_cannot_authorise(Rank rank)
    {
        var d = Submitted();

        var result = Decide(d, Officer("Alex Shaw", rank), DecisionOutcome.Authorised);

        Assert.Null(result.Decision);
        Assert.Contains($"This decision needs the rank of Superintendent or above: you hold the rank of {Ranks.DisplayName(rank)}", Messages(result));
        Assert.Equal(DeploymentStatus.SubmittedForAuthorisation, d.Status);
    }

    [Fact]
    public void The_minimum_rank_is_configurable()
    {
        var result = Decide(Submitted(), Officer("Sam Price", Rank.Superintendent), DecisionOutcome.Refused,
            settings: new AuthorisationSettings { MinimumRank = Rank.ChiefSuperintendent });

        Assert.Contains("This decision needs the rank of Chief Superintendent or above: you hold the rank of Superintendent", Messages(result));
    }

    [Fact]
    public void Only_a_user_with_the_authorising_officer_role_decides()
    {
        var result = Decide(Submitted(), Officer("Sam Price", Rank.ChiefConstable, role: false), DecisionOutcome.Authorised);

        Assert.Equal(["Only an authorising officer may decide on an application"], Messages(result));
    }

    [Fact]
    public void An_account_without_a_linked_person_record_cannot_decide()
    {
        var noPerson = new DecidingOfficer(true, "oid-x", "Unlinked", null);
        var otherAccount = Officer("Sam Price", Rank.Superintendent) with { AccountObjectId = "oid-someone-else" };

        Assert.Contains(Messages(Decide(Submitted(), noPerson, DecisionOutcome.Authorised)), m => m.StartsWith("Your sign-in account is not linked", StringComparison.Ordinal));
        Assert.Contains(Messages(Decide(Submitted(), otherAccount, DecisionOutcome.Authorised)), m => m.StartsWith("Your sign-in account is not linked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_with_no_rank_on_the_day_cannot_decide()
    {
        var future = Officer("Sam Price", Rank.Superintendent, from: Today.AddDays(1));

        Assert.Contains("Your person record holds no rank today, so you cannot decide", Messages(Decide(Submitted(), future, DecisionOutcome.Authorised)));
    }

    [Fact]
    public void Nobody_decides_on_their_own_application_by_person_or_by_account()
    {
        var superintendent = Officer("Sam Price", Rank.Superintendent);

        var byPerson = Decide(Submitted(applicantId: superintendent.Person!.Id), superintendent, DecisionOutcome.Authorised);
        var byAccount = Decide(Submitted(applicantAccount: "OID-SAM PRICE"), superintendent, DecisionOutcome.Refused);

        Assert.Equal(["You cannot decide on your own application"], Messages(byPerson));
        Assert.Equal(["You cannot decide on your own application"], Messages(byAccount));
    }

    [Fact]
    public void The_rank_is_the_one_held_on_the_day_of_the_decision_and_stays_with_it_after_promotion_or_demotion()
    {
        var officer = Officer("Jo Evans", Rank.ChiefInspector, from: new DateOnly(2020, 1, 1));
        officer.Person!.ChangeRank(Rank.Superintendent, new DateOnly(2025, 6, 1));

        var beforePromotion = Decide(Submitted(), officer, DecisionOutcome.Authorised, at: new DateTime(2025, 5, 31, 12, 0, 0, DateTimeKind.Utc));
        var decision = Decide(Submitted(), officer, DecisionOutcome.Authorised).Decision!;
        officer.Person.ChangeRank(Rank.ChiefSuperintendent, new DateOnly(2025, 9, 1));
        officer.Person.ChangeRank(Rank.ChiefInspector, new DateOnly(2026, 1, 1));

        Assert.Contains(Messages(beforePromotion), m => m.EndsWith("you hold the rank of Chief Inspector", StringComparison.Ordinal));
        Assert.Equal(Rank.Superintendent, decision.RankHeld);
        Assert.Equal(Rank.ChiefInspector, officer.Person.RankOn(new DateOnly(2026, 2, 1)));
        Assert.Contains(Messages(Decide(Submitted(), officer, DecisionOutcome.Authorised, at: new DateTime(2026, 2, 1, 9, 0, 0, DateTimeKind.Utc))),
            m => m.EndsWith("you hold the rank of Chief Inspector", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Every_decision_needs_its_reasons(string? rationale)
    {
        var result = Decide(Submitted(), Officer("Sam Price", Rank.Superintendent), DecisionOutcome.Refused, rationale);

        Assert.Equal(nameof(AuthorisationDecision.Rationale), Assert.Single(result.Breaches).Field);
    }

    [Fact]
    public void Refusing_and_returning_move_the_deployment_and_a_later_decision_supersedes_the_earlier()
    {
        var d = Submitted();
        var officer = Officer("Sam Price", Rank.Superintendent);

        var returned = Decide(d, officer, DecisionOutcome.ReturnedForChanges).Decision!;
        Assert.Equal(DeploymentStatus.ReturnedForChanges, d.Status);
        d.LegitimateAim = "Aim";
        d.Necessity = "Necessity";
        d.Proportionality = "Proportionality";
        Assert.Empty(d.Move(DeploymentTransition.Submit, Now.AddHours(1)));
        var refused = Decide(d, officer, DecisionOutcome.Refused, inForce: returned, at: Now.AddHours(2)).Decision!;

        Assert.Equal(DeploymentStatus.Refused, d.Status);
        Assert.Equal(returned.Id, refused.SupersedesId);
        Assert.False(refused.Permits);
    }

    [Fact]
    public void A_deployment_not_submitted_cannot_be_decided_on()
    {
        var d = new Deployment();

        var result = Decide(d, Officer("Sam Price", Rank.Superintendent), DecisionOutcome.Authorised);

        Assert.Equal(["The deployment is a draft: it cannot be authorised"], Messages(result));
    }

    [Fact]
    public void A_blocking_readiness_failure_stops_authorisation_but_not_refusal_and_a_warning_stops_nothing()
    {
        var failing = new ReadinessReport(
        [
            new ReadinessItem(ReadinessChecklist.Dpia, false, "No DPIA covers this deployment or its system", ReadinessSeverity.Blocks),
            new ReadinessItem(ReadinessChecklist.Threshold, false, "No match threshold is set", ReadinessSeverity.Warns),
        ], null);
        var warningOnly = failing with { Items = [failing.Items[1]] };
        var officer = Officer("Sam Price", Rank.Superintendent);

        var blocked = Decide(Submitted(), officer, DecisionOutcome.Authorised, readiness: failing);
        var refused = Decide(Submitted(), officer, DecisionOutcome.Refused, readiness: failing);
        var warned = Decide(Submitted(), officer, DecisionOutcome.Authorised, readiness: warningOnly);

        var breach = Assert.Single(blocked.Breaches);
        Assert.Equal(("Readiness", "The deployment is not ready to be authorised: No DPIA covers this deployment or its system"), (breach.Field, breach.Message));
        Assert.NotNull(refused.Decision);
        Assert.Null(refused.Decision.DpiaId);
        Assert.NotNull(warned.Decision);
    }

    [Fact]
    public void An_inspector_authorises_urgently_with_a_reason_and_a_sergeant_cannot()
    {
        var d = Submitted();

        var withoutReason = Decide(d, Officer("Ivy Bell", Rank.Inspector), DecisionOutcome.UrgentlyAuthorised);
        var sergeant = Decide(d, Officer("Sid Cole", Rank.Sergeant), DecisionOutcome.UrgentlyAuthorised, urgency: "Armed suspect expected today");
        var urgent = Decide(d, Officer("Ivy Bell", Rank.Inspector), DecisionOutcome.UrgentlyAuthorised, urgency: "Armed suspect expected today").Decision!;

        Assert.Equal(nameof(AuthorisationDecision.UrgencyReason), Assert.Single(withoutReason.Breaches).Field);
        Assert.Contains("This decision needs the rank of Inspector or above: you hold the rank of Sergeant", Messages(sergeant));
        Assert.Equal((DecisionOutcome.UrgentlyAuthorised, Rank.Inspector, "Armed suspect expected today"), (urgent.Outcome, urgent.RankHeld, urgent.UrgencyReason));
        Assert.Equal(DeploymentStatus.Authorised, d.Status);
    }

    [Fact]
    public void An_inspector_cannot_take_the_ordinary_path()
    {
        Assert.Contains(Messages(Decide(Submitted(), Officer("Ivy Bell", Rank.Inspector), DecisionOutcome.Authorised)),
            m => m.StartsWith("This decision needs the rank of Superintendent", StringComparison.Ordinal));
    }

    [Fact]
    public void A_superintendent_other_than_the_urgent_authoriser_ratifies_within_the_period()
    {
        var d = Submitted();
        var urgent = Decide(d, Officer("Ivy Bell", Rank.Inspector), DecisionOutcome.UrgentlyAuthorised, urgency: "Armed suspect").Decision!;
        Assert.Empty(d.Move(DeploymentTransition.Start, Now.AddHours(1)));

        var ratified = Decide(d, Officer("Sam Price", Rank.Superintendent), DecisionOutcome.Ratified, inForce: urgent, at: Now.AddHours(23)).Decision!;

        Assert.Equal((DecisionOutcome.Ratified, urgent.Id), (ratified.Outcome, ratified.SupersedesId));
        Assert.Equal(DeploymentStatus.Live, d.Status);
        Assert.False(AuthorisationRules.IsAwaitingRatification(urgent, [urgent, ratified]));
    }

    [Fact]
    public void An_urgent_authorisation_is_neither_ratified_by_an_inspector_nor_by_whoever_gave_it()
    {
        var d = Submitted();
        var superintendent = Officer("Sam Price", Rank.Superintendent);
        var urgent = Decide(d, superintendent, DecisionOutcome.UrgentlyAuthorised, urgency: "Armed suspect").Decision!;

        var self = Decide(d, superintendent, DecisionOutcome.Ratified, inForce: urgent);
        var inspector = Decide(d, Officer("Ivy Bell", Rank.Inspector), DecisionOutcome.Ratified, inForce: urgent);

        Assert.Contains(Messages(self), m => m.StartsWith("The officer who authorised urgently cannot ratify", StringComparison.Ordinal));
        Assert.Contains(Messages(inspector), m => m.StartsWith("This decision needs the rank of Superintendent", StringComparison.Ordinal));
    }

    [Fact]
    public void After_the_period_an_urgent_authorisation_can_only_be_cancelled_and_the_cancellation_stops_the_deployment()
    {
        var d = Submitted();
        var urgent = Decide(d, Officer("Ivy Bell", Rank.Inspector), DecisionOutcome.UrgentlyAuthorised, urgency: "Armed suspect").Decision!;
        var superintendent = Officer("Sam Price", Rank.Superintendent);
        var late = Now.AddHours(24).AddMinutes(1);

        var ratified = Decide(d, superintendent, DecisionOutcome.Ratified, inForce: urgent, at: late);
        var cancelled = Decide(d, superintendent, DecisionOutcome.UrgentAuthorisationCancelled, "Intelligence does not support it", inForce: urgent, at: late).Decision!;

        Assert.Equal(["The period for ratifying the urgent authorisation has ended: it can now only be cancelled"], Messages(ratified));
        Assert.Equal((DecisionOutcome.UrgentAuthorisationCancelled, urgent.Id), (cancelled.Outcome, cancelled.SupersedesId));
        Assert.Equal(DeploymentStatus.Cancelled, d.Status);
        Assert.Equal(late, d.CancelledAt);
        Assert.Equal("Urgent authorisation cancelled: Intelligence does not support it", d.CancellationReason);
    }

    [Fact]
    public void Ratification_needs_an_urgent_authorisation_in_force()
    {
        var d = Submitted();
        var ordinary = Decide(d, Officer("Sam Price", Rank.Superintendent), DecisionOutcome.Authorised).Decision!;

        var result = Decide(d, Officer("Kim Lee", Rank.ChiefSuperintendent), DecisionOutcome.Ratified, inForce: ordinary);

        Assert.Equal(["There is no urgent authorisation awaiting ratification"], Messages(result));
    }

    [Fact]
    public void An_urgent_authorisation_is_overdue_once_its_period_ends_unanswered()
    {
        var urgent = new AuthorisationDecision { Outcome = DecisionOutcome.UrgentlyAuthorised, DecidedAt = Now };
        var answer = new AuthorisationDecision { Outcome = DecisionOutcome.Ratified, SupersedesId = urgent.Id, DecidedAt = Now.AddHours(30) };
        var ordinary = new AuthorisationDecision { Outcome = DecisionOutcome.Authorised, DecidedAt = Now };

        Assert.Equal(Now.AddHours(24), AuthorisationRules.RatificationDueBy(urgent, Settings));
        Assert.False(AuthorisationRules.IsRatificationOverdue(urgent, [urgent], Now.AddHours(24), Settings));
        Assert.True(AuthorisationRules.IsRatificationOverdue(urgent, [urgent], Now.AddHours(24).AddSeconds(1), Settings));
        Assert.False(AuthorisationRules.IsRatificationOverdue(urgent, [urgent, answer], Now.AddHours(48), Settings));
        Assert.False(AuthorisationRules.IsRatificationOverdue(ordinary, [ordinary], Now.AddHours(48), Settings));
        Assert.True(AuthorisationRules.IsRatificationOverdue(urgent, [urgent], Now.AddHours(7), new AuthorisationSettings { RatificationPeriod = TimeSpan.FromHours(6) }));
    }

    [Fact]
    public void A_collaboration_decision_records_the_rank_and_the_process_followed()
    {
        var collaboration = new Collaboration { Reference = "COL-3", Title = "Retail partner", DoNotConfirmOrDeny = true, DecisionRequestedAt = Now };
        var officer = Officer("Kim Lee", Rank.ChiefSuperintendent);
        DecisionResult Decide(DecisionOutcome outcome, string? process) => AuthorisationRules.DecideOnCollaboration(collaboration,
            new DecisionRequest(outcome, "Proportionate to the shoplifting problem", ProcessFollowed: process), officer, null, Now, Today, Settings);

        var withoutProcess = Decide(DecisionOutcome.Authorised, null);
        var urgent = Decide(DecisionOutcome.UrgentlyAuthorised, "Force collaboration procedure 12");
        var decision = Decide(DecisionOutcome.Authorised, "Force collaboration procedure 12, with legal review").Decision!;

        Assert.Equal(nameof(AuthorisationDecision.ProcessFollowed), Assert.Single(withoutProcess.Breaches).Field);
        Assert.Contains(nameof(AuthorisationDecision.Outcome), urgent.Breaches.Select(b => b.Field));
        Assert.Null(urgent.Decision);
        Assert.Equal((DecisionSubject.Collaboration, collaboration.Id, Rank.ChiefSuperintendent), (decision.SubjectKind, decision.SubjectId, decision.RankHeld));
        Assert.Equal("Force collaboration procedure 12, with legal review", decision.ProcessFollowed);
        Assert.Null(decision.Readiness);
        Assert.True(decision.DoNotConfirmOrDeny);
        Assert.Null(collaboration.DecisionRequestedAt);
    }

    [Fact]
    public void A_collaboration_is_decided_only_on_a_request_and_never_by_whoever_asked()
    {
        var officer = Officer("Kim Lee", Rank.Superintendent);
        var notAsked = new Collaboration { Reference = "COL-4", Title = "Museum advice" };
        var asked = new Collaboration { Reference = "COL-5", Title = "Museum advice" };
        Assert.Empty(CollaborationApplication.AskForDecision(asked, "Advice only, no images", officer.AccountObjectId, officer.Person!.Id, Now));
        DecisionResult Decide(Collaboration c) => AuthorisationRules.DecideOnCollaboration(c,
            new DecisionRequest(DecisionOutcome.Authorised, "Advice only", ProcessFollowed: "Collaboration board"), officer, null, Now, Today, Settings);

        var unasked = Decide(notAsked);
        var own = Decide(asked);

        Assert.Contains("Nobody has asked for a decision on this collaboration: a request for a decision comes first", Messages(unasked));
        Assert.Contains("You cannot decide on your own application", Messages(own));
        Assert.Null(own.Decision);
        Assert.Equal(Now, asked.DecisionRequestedAt);
    }

    [Fact]
    public void Asking_for_a_decision_needs_the_case_and_only_one_request_is_open_at_a_time()
    {
        var collaboration = new Collaboration { Reference = "COL-6", Title = "Venue trial" };
        var applicant = Guid.NewGuid();

        var noCase = CollaborationApplication.AskForDecision(collaboration, "  ", "oid-ana", applicant, Now);
        Assert.Equal(nameof(Collaboration.DecisionCase), Assert.Single(noCase).Field);
        Assert.Null(collaboration.DecisionRequestedAt);

        Assert.Empty(CollaborationApplication.AskForDecision(collaboration, " The venue asked for advice on a trial ", "oid-ana", applicant, Now));
        Assert.Equal(("The venue asked for advice on a trial", Now, "oid-ana", applicant),
            (collaboration.DecisionCase, collaboration.DecisionRequestedAt, collaboration.ApplicantAccountObjectId, collaboration.ApplicantId));

        var again = CollaborationApplication.AskForDecision(collaboration, "Asked again", "oid-ben", null, Now.AddHours(1));
        Assert.Equal("A request for a decision on this collaboration is already waiting for an authorising officer", Assert.Single(again).Message);
        Assert.Equal(("The venue asked for advice on a trial", "oid-ana"), (collaboration.DecisionCase, collaboration.ApplicantAccountObjectId));
    }
}
