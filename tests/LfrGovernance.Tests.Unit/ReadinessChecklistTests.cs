using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Tests.Unit;

public sealed class ReadinessChecklistTests
{
    private static readonly DateOnly Today = new(2025, 6, 2);
    private static readonly DateTime Start = new(2025, 6, 14, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>A deployment, its system's assessments and evaluations, with every check passing.</summary>
    private sealed class Case
    {
        public Deployment Deployment { get; } = new()
        {
            SystemId = Guid.NewGuid(), WatchlistCriteria = "Wanted for offences carrying 12 months or more", ThresholdUsed = 0.64,
            PublicNoticeGiven = true, PublicNoticeMethods = PublicNoticeMethods.Signage, PlannedStart = Start, PlannedEnd = Start.AddHours(6),
        };

        public List<WatchlistCategory> Categories { get; } = [];

        public List<Assessment> Assessments { get; } = [];

        public List<AssessmentCoverage> Coverage { get; } = [];

        public List<AccuracyEvaluation> Evaluations { get; } = [];

        public AuthorisationSettings Settings { get; set; } = new();

        public Case()
        {
            Categories.Add(new() { DeploymentId = Deployment.Id, Category = WatchlistCategoryKind.WantedByPoliceOrCourts, Size = 900, Justification = "Wanted for violence in the area" });
            Cover(new Assessment { Reference = "DPIA-7", Kind = AssessmentKind.Dpia, DocumentVersion = "2.1", Status = AssessmentStatus.Approved, ApprovedOn = new(2025, 1, 10), NextReviewOn = new(2026, 1, 10), Version = 4 },
                AssessedRecordType.System, Deployment.SystemId);
            Cover(new Assessment { Reference = "EIA-3", Kind = AssessmentKind.EqualityImpact, DocumentVersion = "1.0", Status = AssessmentStatus.Approved, ApprovedOn = new(2025, 1, 10) },
                AssessedRecordType.Deployment, Deployment.Id);
            Evaluations.Add(new() { SystemId = Deployment.SystemId, Evaluator = "NPL", EvaluatedOn = new(2023, 4, 5), Threshold = 0.58, DemographicImbalanceFound = true });
            Evaluations.Add(new() { SystemId = Deployment.SystemId, Evaluator = "NPL", EvaluatedOn = new(2023, 4, 5), Threshold = 0.6, DemographicImbalanceFound = false });
        }

        public Assessment Dpia => Assessments[0];

        public AccuracyEvaluation CleanEvaluation => Evaluations[1];

        public void Cover(Assessment assessment, AssessedRecordType type, Guid subjectId)
        {
            Assessments.Add(assessment);
            Coverage.Add(new() { AssessmentId = assessment.Id, SubjectType = type, SubjectId = subjectId });
        }

        public ReadinessReport Evaluate() =>
            ReadinessChecklist.Evaluate(Deployment, Categories, Assessments, Coverage, Evaluations, Settings, Today);

        public ReadinessItem Item(string key) => Evaluate().Items.Single(i => i.Key == key);
    }

    [Fact]
    public void A_deployment_with_everything_in_place_passes_every_check_in_order_and_records_the_dpia_version()
    {
        var c = new Case();

        var report = c.Evaluate();

        Assert.Equal(ReadinessChecklist.Keys, report.Items.Select(i => i.Key));
        Assert.All(report.Items, i => Assert.True(i.Passed, i.Reason));
        Assert.False(report.BlocksAuthorisation);
        Assert.Equal(new ReliedOnDpia(c.Dpia.Id, "DPIA-7", "2.1", 4), report.Dpia);
        Assert.Equal("DPIA DPIA-7 version 2.1 is approved (on 10 January 2025), due for review on 10 January 2026", c.Item(ReadinessChecklist.Dpia).Reason);
    }

    [Fact]
    public void Without_a_dpia_covering_the_deployment_or_its_system_authorisation_is_blocked()
    {
        var c = new Case();
        c.Coverage[0].SubjectId = Guid.NewGuid();

        var report = c.Evaluate();
        var item = report.Items[0];

        Assert.False(item.Passed);
        Assert.True(item.Blocks);
        Assert.Equal("No DPIA covers this deployment or its system", item.Reason);
        Assert.Null(report.Dpia);
        Assert.True(report.BlocksAuthorisation);
    }

    [Fact]
    public void A_dpia_past_its_review_date_fails_and_says_when_it_was_due()
    {
        var c = new Case();
        c.Dpia.NextReviewOn = Today.AddDays(-1);

        var item = c.Item(ReadinessChecklist.Dpia);

        Assert.False(item.Passed);
        Assert.Equal("DPIA DPIA-7 version 2.1 was due for review on 1 June 2025: it is past its review date", item.Reason);
        Assert.Equal(c.Dpia.Id, item.RecordId);
    }

    [Theory]
    [InlineData(AssessmentStatus.InReview)]
    [InlineData(AssessmentStatus.Draft)]
    public void A_dpia_not_yet_approved_fails(AssessmentStatus status)
    {
        var c = new Case();
        c.Dpia.Status = status;

        Assert.Equal("DPIA DPIA-7 version 2.1 covers it but is not approved", c.Item(ReadinessChecklist.Dpia).Reason);
    }

    [Fact]
    public void A_retired_dpia_or_coverage_does_not_count()
    {
        var retiredDpia = new Case();
        retiredDpia.Dpia.Retire("Entered in error", DateTime.UtcNow);
        var retiredCoverage = new Case();
        retiredCoverage.Coverage[0].Retire("Wrong system", DateTime.UtcNow);

        Assert.False(retiredDpia.Item(ReadinessChecklist.Dpia).Passed);
        Assert.False(retiredCoverage.Item(ReadinessChecklist.Dpia).Passed);
    }

    [Fact]
    public void The_newest_approved_dpia_in_force_is_the_one_recorded()
    {
        var c = new Case();
        var newer = new Assessment { Reference = "DPIA-7", Kind = AssessmentKind.Dpia, DocumentVersion = "3.0", Status = AssessmentStatus.Approved, ApprovedOn = new(2025, 5, 1), Version = 2 };
        c.Cover(newer, AssessedRecordType.Deployment, c.Deployment.Id);

        Assert.Equal(new ReliedOnDpia(newer.Id, "DPIA-7", "3.0", 2), c.Evaluate().Dpia);
    }

    [Theory]
    [InlineData(AssessmentStatus.Rejected)]
    [InlineData(AssessmentStatus.Withdrawn)]
    public void An_equality_impact_assessment_must_be_present(AssessmentStatus withdrawnOrRejected)
    {
        var passing = new Case().Item(ReadinessChecklist.EqualityImpact);
        var c = new Case();
        c.Assessments[1].Status = withdrawnOrRejected;

        var failing = c.Item(ReadinessChecklist.EqualityImpact);

        Assert.True(passing.Passed);
        Assert.Equal("Equality impact assessment EIA-3 version 1.0 covers it", passing.Reason);
        Assert.False(failing.Passed);
        Assert.Equal("No equality impact assessment covers this deployment or its system", failing.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void The_watchlist_criteria_must_be_stated(string? criteria)
    {
        var c = new Case();
        c.Deployment.WatchlistCriteria = criteria;

        var item = c.Item(ReadinessChecklist.WatchlistCriteria);

        Assert.False(item.Passed);
        Assert.StartsWith("The watchlist criteria are not stated", item.Reason, StringComparison.Ordinal);
        Assert.True(new Case().Item(ReadinessChecklist.WatchlistCriteria).Passed);
    }

    [Fact]
    public void Each_watchlist_category_must_be_justified()
    {
        var c = new Case();
        c.Categories.Add(new() { DeploymentId = c.Deployment.Id, Category = WatchlistCategoryKind.Suspects, Size = 40 });
        var none = new Case();
        none.Categories.Clear();
        var retiredOnly = new Case();
        retiredOnly.Categories[0].Retire("Removed", DateTime.UtcNow);

        Assert.Equal("Not every watchlist category is justified: say why suspects are on it", c.Item(ReadinessChecklist.WatchlistCategories).Reason);
        Assert.False(c.Item(ReadinessChecklist.WatchlistCategories).Passed);
        Assert.False(none.Item(ReadinessChecklist.WatchlistCategories).Passed);
        Assert.False(retiredOnly.Item(ReadinessChecklist.WatchlistCategories).Passed);
        c.Categories[1].Justification = "Suspects in recent robberies";
        Assert.Equal("Each of the watchlist's 2 categories is justified", c.Item(ReadinessChecklist.WatchlistCategories).Reason);
    }

    [Fact]
    public void The_public_notice_must_be_decided_with_how_or_why_not()
    {
        ReadinessItem With(bool? given, PublicNoticeMethods methods = PublicNoticeMethods.None, string? reason = null)
        {
            var c = new Case();
            c.Deployment.PublicNoticeGiven = given;
            c.Deployment.PublicNoticeMethods = methods;
            c.Deployment.PublicNoticeNotGivenReason = reason;
            return c.Item(ReadinessChecklist.PublicNotice);
        }

        Assert.Equal("Whether the public will be told in advance is not decided", With(null).Reason);
        Assert.False(With(true).Passed);
        Assert.False(With(false).Passed);
        Assert.True(With(true, PublicNoticeMethods.Website).Passed);
        Assert.True(With(false, reason: "Notice would defeat the purpose").Passed);
        Assert.True(With(null).Blocks);
    }

    [Fact]
    public void A_threshold_below_the_lowest_found_free_of_imbalance_warns_with_the_evaluation_and_never_blocks()
    {
        var c = new Case();
        c.Deployment.ThresholdUsed = 0.59;

        var item = c.Item(ReadinessChecklist.Threshold);

        Assert.False(item.Passed);
        Assert.Equal(ReadinessSeverity.Warns, item.Severity);
        Assert.False(item.Blocks);
        Assert.Equal(c.CleanEvaluation.Id, item.RecordId);
        Assert.Equal("The threshold 0.59 is below 0.6, the lowest threshold the evaluation by NPL (5 April 2023) found free of demographic imbalance", item.Reason);
        Assert.False(c.Evaluate().BlocksAuthorisation);
    }

    [Fact]
    public void A_threshold_at_or_above_the_lowest_found_free_of_imbalance_passes_and_links_the_evaluation()
    {
        var c = new Case();
        c.Deployment.ThresholdUsed = 0.6;

        var item = c.Item(ReadinessChecklist.Threshold);

        Assert.True(item.Passed);
        Assert.Equal(c.CleanEvaluation.Id, item.RecordId);
    }

    [Fact]
    public void Without_a_threshold_or_an_evaluation_free_of_imbalance_the_threshold_check_fails()
    {
        var noThreshold = new Case();
        noThreshold.Deployment.ThresholdUsed = null;
        var otherSystem = new Case();
        otherSystem.CleanEvaluation.SystemId = Guid.NewGuid();

        Assert.Equal("No match threshold is set", noThreshold.Item(ReadinessChecklist.Threshold).Reason);
        Assert.Equal("No accuracy evaluation of the system found a threshold free of demographic imbalance", otherSystem.Item(ReadinessChecklist.Threshold).Reason);
    }

    [Fact]
    public void The_planned_times_must_be_set_and_in_order()
    {
        ReadinessItem With(DateTime? start, DateTime? end)
        {
            var c = new Case();
            c.Deployment.PlannedStart = start;
            c.Deployment.PlannedEnd = end;
            return c.Item(ReadinessChecklist.PlannedTimes);
        }

        Assert.Equal("The planned start and end are not set", With(null, null).Reason);
        Assert.Equal("The planned start is not set", With(null, Start).Reason);
        Assert.Equal("The planned end is not set", With(Start, null).Reason);
        Assert.Equal("The planned end is not after the planned start", With(Start, Start).Reason);
        Assert.True(With(Start, Start.AddHours(1)).Passed);
    }

    [Fact]
    public void A_check_the_force_configures_as_a_warning_does_not_block()
    {
        var c = new Case { Settings = new AuthorisationSettings { WarningChecks = ["EQUALITY-IMPACT"] } };
        c.Assessments[1].Retire("Withdrawn", DateTime.UtcNow);

        var item = c.Item(ReadinessChecklist.EqualityImpact);

        Assert.Equal(ReadinessSeverity.Warns, item.Severity);
        Assert.False(item.Blocks);
        Assert.False(c.Evaluate().BlocksAuthorisation);
    }

    [Fact]
    public void The_checklist_kept_with_a_decision_reads_back_the_same()
    {
        var items = new Case().Evaluate().Items;

        Assert.Equal(items, ReadinessChecklist.Deserialise(ReadinessChecklist.Serialise(items)));
    }
}
