using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Forces;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Tests.Unit;

public sealed class RecordedDecisionsTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly DateOnly Day = new(2018, 3, 12);
    private static readonly DateTime DayUtc = new(2018, 3, 12, 0, 0, 0, DateTimeKind.Utc);

    private static Person Officer(Rank rank, DateOnly from)
    {
        var person = new Person { Name = "Pat Morgan" };
        person.ChangeRank(rank, from);
        return person;
    }

    private static RecordedDecisionRequest Request(Person? decider, Rank rank = Rank.Superintendent, DateOnly? on = null, string? process = "LFR board",
        string? from = "Minutes of the LFR board, 12 March 2018", DecisionOutcome outcome = DecisionOutcome.Authorised)
    {
        var day = on ?? Day;
        return new(outcome, decider, rank, day, day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), "Proportionate to the shoplifting problem",
            "Images deleted after the trial", process, from);
    }

    private static Collaboration Collaboration() => new() { Reference = "COL-2018-01", Title = "Shopping centre trial", Marking = RecordMarking.OfficialSensitive };

    private static DecisionResult Record(ForceRecord subject, RecordedDecisionRequest request, AuthorisationDecision? inForce = null, bool signed = false) =>
        RecordedDecisions.Record(subject, subject is Deployment ? DecisionSubject.Deployment : DecisionSubject.Collaboration, request, inForce, signed, "oid-ig", Today);

    [Fact]
    public void A_decision_from_a_document_keeps_the_officer_the_rank_then_the_date_the_process_and_the_document()
    {
        var collaboration = Collaboration();
        var officer = Officer(Rank.Superintendent, new DateOnly(2016, 1, 1));

        var decision = Assert.IsType<AuthorisationDecision>(Record(collaboration, Request(officer)).Decision);

        Assert.Equal((officer.Id, "Pat Morgan", Rank.Superintendent, DayUtc), (decision.DeciderId, decision.DeciderName, decision.RankHeld, decision.DecidedAt));
        Assert.Equal(("LFR board", "Minutes of the LFR board, 12 March 2018", "oid-ig"), (decision.ProcessFollowed, decision.RecordedFrom, decision.DeciderAccountObjectId));
        Assert.True(decision.IsRecorded);
        Assert.Equal((DecisionSubject.Collaboration, collaboration.Id, RecordMarking.OfficialSensitive),
            (decision.SubjectKind, decision.SubjectId, decision.Marking));
    }

    [Fact]
    public void A_rank_below_todays_minimum_is_recorded_as_it_was_but_it_must_agree_with_the_ranks_held()
    {
        var inspector = Officer(Rank.Inspector, new DateOnly(2015, 1, 1));
        var unknownRank = new Person { Name = "Lee Evans" };

        var atInspector = Record(Collaboration(), Request(inspector, Rank.Inspector));
        var claimedHigher = Record(Collaboration(), Request(inspector, Rank.Superintendent));
        var noHistory = Record(Collaboration(), Request(unknownRank, Rank.ChiefInspector));

        Assert.Equal(Rank.Inspector, atInspector.Decision!.RankHeld);
        Assert.Equal(nameof(AuthorisationDecision.RankHeld), Assert.Single(claimedHigher.Breaches).Field);
        Assert.Contains("held the rank of Inspector on that date", claimedHigher.Breaches[0].Message, StringComparison.Ordinal);
        Assert.Equal(Rank.ChiefInspector, noHistory.Decision!.RankHeld);
    }

    [Fact]
    public void Each_missing_or_wrong_part_is_refused_beside_its_field()
    {
        var officer = Officer(Rank.Superintendent, new DateOnly(2016, 1, 1));

        var result = Record(Collaboration(), Request(null, process: " ", from: null, outcome: DecisionOutcome.UrgentlyAuthorised) with { Rationale = "" });
        var future = Record(Collaboration(), Request(officer, on: Today.AddDays(1)));

        Assert.Null(result.Decision);
        Assert.Equal(
            [nameof(AuthorisationDecision.Outcome), nameof(AuthorisationDecision.DeciderId), nameof(AuthorisationDecision.Rationale),
                nameof(AuthorisationDecision.RecordedFrom), nameof(AuthorisationDecision.ProcessFollowed)],
            result.Breaches.Select(b => b.Field));
        Assert.Equal("The date of the decision must be today or in the past", Assert.Single(future.Breaches).Message);
    }

    [Fact]
    public void Decisions_are_recorded_in_order_and_not_after_one_signed_in_the_register()
    {
        var officer = Officer(Rank.Superintendent, new DateOnly(2016, 1, 1));
        var collaboration = Collaboration();
        var first = Record(collaboration, Request(officer)).Decision!;

        var later = Record(collaboration, Request(officer, on: Day.AddYears(1)), first);
        var earlier = Record(collaboration, Request(officer, on: Day.AddDays(-1)), first);
        var afterSigned = Record(collaboration, Request(officer, on: Day.AddYears(1)), first, signed: true);

        Assert.Equal(first.Id, later.Decision!.SupersedesId);
        Assert.Equal("A later decision is already on the record: record decisions in the order they were made", Assert.Single(earlier.Breaches).Message);
        Assert.Contains("Decisions on this record are already signed in the register", Assert.Single(afterSigned.Breaches).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeploymentStatus.Draft, false)]
    [InlineData(DeploymentStatus.SubmittedForAuthorisation, false)]
    [InlineData(DeploymentStatus.ReturnedForChanges, false)]
    [InlineData(DeploymentStatus.Completed, true)]
    [InlineData(DeploymentStatus.Reviewed, true)]
    [InlineData(DeploymentStatus.Authorised, true)]
    public void A_deployment_whose_application_is_open_in_the_register_is_decided_there_not_recorded(DeploymentStatus status, bool recorded)
    {
        var deployment = new Deployment { Reference = "LFR-2018-03", Purpose = "Wanted offenders", LocationName = "Cardiff" };
        deployment.RecordHistoric(status);

        var result = Record(deployment, Request(Officer(Rank.Superintendent, new DateOnly(2016, 1, 1)), process: null));

        Assert.Equal(recorded, result.Decision is not null);
        Assert.Equal(deployment.Status, status);
    }
}
