using LfrGovernance.Core.Deployments;

namespace LfrGovernance.Tests.Unit;

public sealed class DeploymentRulesTests
{
    private static readonly DateTime Start = new(2022, 7, 14, 10, 0, 0, DateTimeKind.Utc);

    private static Deployment Valid() => new()
    {
        Reference = "LFR-2022-001", Purpose = "Wanted offenders", LocationName = "Oxford Circus",
        ActualStart = Start, ActualEnd = Start.AddHours(6), WatchlistSize = 9756,
        FacesSeen = 12120, TotalAlerts = 11, TrueAlertsConfirmed = 10, FalseAlertsConfirmed = 1, Engagements = 7, Arrests = 4,
    };

    private static WatchlistCategory Category(int size, WatchlistCategoryKind kind = WatchlistCategoryKind.WantedByPoliceOrCourts, string? justification = null) =>
        new() { Category = kind, Size = size, ImageSource = "Custody images", LegalBasis = "Common law", Justification = justification };

    private static List<string> Fields(Deployment d, params WatchlistCategory[] categories) =>
        DeploymentRules.Check(d, categories).Select(b => b.Field).ToList();

    [Fact]
    public void The_2022_deployment_breaks_no_rule()
    {
        Assert.Empty(DeploymentRules.Check(Valid(), [Category(9000), Category(756, WatchlistCategoryKind.MissingOrVulnerable)]));
    }

    [Fact]
    public void The_planned_end_must_follow_the_planned_start()
    {
        var d = Valid();
        d.PlannedStart = Start;
        d.PlannedEnd = Start;
        Assert.Contains(nameof(Deployment.PlannedEnd), Fields(d));
    }

    [Fact]
    public void The_actual_end_must_follow_the_actual_start()
    {
        var d = Valid();
        d.ActualEnd = Start.AddMinutes(-1);
        Assert.Contains(nameof(Deployment.ActualEnd), Fields(d));
    }

    [Fact]
    public void An_actual_end_needs_an_actual_start()
    {
        var d = Valid();
        d.ActualStart = null;
        Assert.Contains(nameof(Deployment.ActualStart), Fields(d));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void The_threshold_is_between_0_and_1(double threshold)
    {
        var d = Valid();
        d.ThresholdUsed = threshold;
        Assert.Contains(nameof(Deployment.ThresholdUsed), Fields(d));
    }

    [Fact]
    public void Coordinates_are_in_range_and_given_together()
    {
        var d = Valid();
        d.Latitude = 91;
        d.Longitude = -181;
        Assert.Contains(nameof(Deployment.Latitude), Fields(d));
        Assert.Contains(nameof(Deployment.Longitude), Fields(d));
        d.Latitude = 51.5;
        d.Longitude = null;
        Assert.Equal([nameof(Deployment.Longitude)], Fields(d));
    }

    [Fact]
    public void No_count_may_be_negative()
    {
        var d = Valid();
        d.CameraCount = -1;
        d.NoAction = -2;
        Assert.Contains(nameof(Deployment.CameraCount), Fields(d));
        Assert.Contains(nameof(Deployment.NoAction), Fields(d));
    }

    [Fact]
    public void The_watchlist_size_must_equal_the_sum_of_its_current_categories()
    {
        var retired = Category(756);
        retired.Retire("Duplicate", Start);
        Assert.Contains(nameof(Deployment.WatchlistSize), Fields(Valid(), Category(9000), retired));
        Assert.Empty(Fields(Valid(), Category(9756), retired));
    }

    [Fact]
    public void A_watchlist_without_a_size_or_without_categories_is_not_checked_against_them()
    {
        var d = Valid();
        Assert.Empty(Fields(d));
        d.WatchlistSize = null;
        Assert.Empty(Fields(d, Category(5)));
    }

    [Fact]
    public void Notice_given_needs_a_method_and_notice_not_given_a_reason()
    {
        var d = Valid();
        d.PublicNoticeGiven = true;
        Assert.Contains(nameof(Deployment.PublicNoticeMethods), Fields(d));
        d.PublicNoticeMethods = PublicNoticeMethods.Signage;
        Assert.Empty(Fields(d));
        d.PublicNoticeGiven = false;
        Assert.Contains(nameof(Deployment.PublicNoticeNotGivenReason), Fields(d));
    }

    [Fact]
    public void Adjudicated_alerts_need_a_total()
    {
        var d = Valid();
        d.TotalAlerts = null;
        Assert.Equal([nameof(Deployment.TotalAlerts)], Fields(d));
    }

    [Fact]
    public void True_and_false_alerts_must_add_up_to_the_total()
    {
        var d = Valid();
        d.FalseAlertsUnconfirmed = 1;
        var breach = Assert.Single(DeploymentRules.Check(d, []));
        Assert.Equal(nameof(Deployment.TotalAlerts), breach.Field);
        Assert.Contains("add up to 12", breach.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Engagements_and_actions_cannot_exceed_the_alerts()
    {
        var d = Valid();
        d.Engagements = 12;
        d.Arrests = 8;
        d.OtherAction = 2;
        d.NoAction = 2;
        Assert.Contains(nameof(Deployment.Engagements), Fields(d));
        Assert.Contains(nameof(Deployment.Arrests), Fields(d));
    }

    [Fact]
    public void Alerts_cannot_exceed_the_faces_seen()
    {
        var d = Valid();
        d.FacesSeen = 10;
        Assert.Contains(nameof(Deployment.TotalAlerts), Fields(d));
    }

    [Fact]
    public void The_watchlist_cannot_be_destroyed_before_the_deployment_ended()
    {
        var d = Valid();
        d.WatchlistDestroyedById = Guid.NewGuid();
        d.WatchlistDestroyedAt = Start.AddHours(1);
        Assert.Contains(nameof(Deployment.WatchlistDestroyedAt), Fields(d));
    }

    [Fact]
    public void A_review_needs_the_actual_end_and_a_reviewer()
    {
        var d = Valid();
        d.ReviewedOn = new DateOnly(2022, 7, 20);
        Assert.Equal([nameof(Deployment.ReviewerId)], Fields(d));
        d.ReviewerId = Guid.NewGuid();
        d.ActualEnd = null;
        Assert.Contains(nameof(Deployment.ReviewedOn), Fields(d));
    }

    [Fact]
    public void Each_sign_off_names_both_the_person_and_the_time()
    {
        var d = Valid();
        d.WatchlistReviewedAt = Start.AddHours(-2);
        d.WatchlistDestroyedById = Guid.NewGuid();
        Assert.Contains(nameof(Deployment.WatchlistReviewedById), Fields(d));
        Assert.Contains(nameof(Deployment.WatchlistDestroyedAt), Fields(d));
    }

    [Fact]
    public void The_watchlist_is_reviewed_after_it_is_built_and_before_the_deployment_starts()
    {
        var d = Valid();
        d.WatchlistReviewedById = Guid.NewGuid();
        d.WatchlistReviewedAt = Start.AddMinutes(30);
        Assert.Contains(nameof(Deployment.WatchlistReviewedAt), Fields(d));
        d.WatchlistReviewedAt = Start.AddHours(-3);
        d.WatchlistBuiltAt = Start.AddHours(-2);
        Assert.Contains(nameof(Deployment.WatchlistReviewedAt), Fields(d));
        d.WatchlistBuiltAt = Start.AddHours(-4);
        Assert.Empty(Fields(d));
    }

    [Fact]
    public void An_other_category_needs_a_justification()
    {
        Assert.Equal([nameof(WatchlistCategory.Justification)],
            DeploymentRules.CheckCategory(Category(3, WatchlistCategoryKind.Other)).Select(b => b.Field));
        Assert.Empty(DeploymentRules.CheckCategory(Category(3, WatchlistCategoryKind.Other, "Named in a court order")));
        Assert.Empty(DeploymentRules.CheckCategory(Category(3, WatchlistCategoryKind.Suspects)));
    }

    [Fact]
    public void A_category_cannot_have_a_negative_size()
    {
        Assert.Equal([nameof(WatchlistCategory.Size)], DeploymentRules.CheckCategory(Category(-1)).Select(b => b.Field));
    }

    [Fact]
    public void An_alert_falls_within_the_actual_period()
    {
        var d = Valid();
        Assert.Empty(DeploymentRules.CheckAlert(d, new DeploymentAlert { OccurredAt = Start.AddHours(1) }, 1));
        Assert.Equal([nameof(DeploymentAlert.OccurredAt)], DeploymentRules.CheckAlert(d, new DeploymentAlert { OccurredAt = Start.AddMinutes(-1) }, 1).Select(b => b.Field));
        Assert.Equal([nameof(DeploymentAlert.OccurredAt)], DeploymentRules.CheckAlert(d, new DeploymentAlert { OccurredAt = Start.AddHours(7) }, 1).Select(b => b.Field));
        d.ActualStart = null;
        d.ActualEnd = null;
        Assert.Empty(DeploymentRules.CheckAlert(d, new DeploymentAlert { OccurredAt = Start.AddYears(-1) }, 1));
    }

    [Fact]
    public void Alert_rows_cannot_outnumber_the_total_alerts()
    {
        var alert = new DeploymentAlert { OccurredAt = Start.AddHours(1) };
        Assert.Empty(DeploymentRules.CheckAlert(Valid(), alert, 11));
        Assert.Single(DeploymentRules.CheckAlert(Valid(), alert, 12));
        Assert.Null(DeploymentRules.CheckAlertRows(Valid(), 11));
        Assert.Equal(nameof(Deployment.TotalAlerts), DeploymentRules.CheckAlertRows(Valid(), 12)?.Field);
        Assert.NotNull(DeploymentRules.CheckAlertRows(new Deployment(), 1));
        Assert.Null(DeploymentRules.CheckAlertRows(new Deployment(), 0));
    }

    [Fact]
    public void An_alert_image_is_not_kept_until_before_the_alert()
    {
        var alert = new DeploymentAlert { OccurredAt = Start.AddHours(1), ImageRetainedUntil = Start };
        Assert.Equal([nameof(DeploymentAlert.ImageRetainedUntil)], DeploymentRules.CheckAlert(Valid(), alert, 1).Select(b => b.Field));
    }
}

public sealed class AlertFiguresTests
{
    [Fact]
    public void The_2022_deployment_had_1_false_alert_in_12120_faces_and_9_point_1_percent_of_alerts()
    {
        var d = new Deployment { FacesSeen = 12120, TotalAlerts = 11, TrueAlertsConfirmed = 10, FalseAlertsConfirmed = 1 };
        Assert.Equal("1 in 12,120", d.FalseAlertRatePerFacesSeen?.ToString());
        Assert.Equal(12120, d.FalseAlertRatePerFacesSeen?.OneIn);
        Assert.Equal("9.1%", AlertFigures.FormatPercent(d.FalseAlertPercentOfAlerts!.Value));
    }

    [Fact]
    public void No_false_alert_reads_0_in_the_faces_seen_and_0_percent()
    {
        var d = new Deployment { FacesSeen = 6000, TotalAlerts = 3, TrueAlertsConfirmed = 3, FalseAlertsConfirmed = 0 };
        Assert.Null(d.FalseAlertRatePerFacesSeen?.OneIn);
        Assert.Equal("0 in 6,000", d.FalseAlertRatePerFacesSeen?.ToString());
        Assert.Equal("0%", AlertFigures.FormatPercent(d.FalseAlertPercentOfAlerts!.Value));
    }

    [Fact]
    public void No_alerts_gives_no_percentage()
    {
        Assert.Null(AlertFigures.PercentOfAlerts(0, 0));
        Assert.Null(AlertFigures.PercentOfAlerts(0, null));
        Assert.Null(AlertFigures.PercentOfAlerts(null, 5));
    }

    [Fact]
    public void Without_faces_seen_there_is_no_rate_per_face()
    {
        Assert.Null(AlertFigures.PerFacesSeen(1, null));
        Assert.Null(AlertFigures.PerFacesSeen(1, 0));
        Assert.Null(AlertFigures.PerFacesSeen(null, 100));
    }

    [Fact]
    public void The_rate_per_face_rounds_to_the_nearest_whole_face()
    {
        Assert.Equal(1_033_333, new FalseAlertRate(3_100_000, 3).OneIn);
        Assert.Equal(2, new FalseAlertRate(5, 3).OneIn);
    }

    [Fact]
    public void Sums_are_null_only_when_neither_count_is_recorded()
    {
        Assert.Null(AlertFigures.Sum(null, null));
        Assert.Equal(2, AlertFigures.Sum(2, null));
        Assert.Equal(5, AlertFigures.Sum(2, 3));
    }

    [Fact]
    public void Large_force_year_gives_about_1_in_310000_and_half_a_percent()
    {
        Assert.Equal("1 in 310,000", AlertFigures.PerFacesSeen(10, 3_100_000)!.ToString());
        Assert.Equal("0.5%", AlertFigures.FormatPercent(AlertFigures.PercentOfAlerts(10, 2077)!.Value));
    }
}
