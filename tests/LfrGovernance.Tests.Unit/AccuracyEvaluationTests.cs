using LfrGovernance.Core.Systems;

namespace LfrGovernance.Tests.Unit;

public sealed class AccuracyEvaluationTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static AccuracyEvaluation At(double threshold, bool imbalance) => new()
    {
        Evaluator = "National Physical Laboratory",
        EvaluatedOn = new DateOnly(2023, 4, 5),
        Threshold = threshold,
        DemographicImbalanceFound = imbalance,
        DemographicFindings = imbalance ? "Statistically significant imbalance" : null,
    };

    [Fact]
    public void The_npl_2023_results_give_0_6_as_the_lowest_threshold_without_imbalance()
    {
        var evaluations = new[] { At(0.56, true), At(0.58, true), At(0.6, false), At(0.62, false), At(0.64, false) };

        Assert.Equal(0.6, AccuracyEvaluations.LowestThresholdWithoutImbalance(evaluations));
    }

    [Fact]
    public void A_clean_result_below_a_threshold_with_imbalance_does_not_count()
    {
        var evaluations = new[] { At(0.5, false), At(0.58, true), At(0.62, false) };

        Assert.Equal(0.62, AccuracyEvaluations.LowestThresholdWithoutImbalance(evaluations));
    }

    [Fact]
    public void Retired_evaluations_are_left_out()
    {
        var retired = At(0.6, false);
        retired.Retire("Entered twice", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var evaluations = new[] { At(0.58, true), retired, At(0.64, false) };

        Assert.Equal(0.64, AccuracyEvaluations.LowestThresholdWithoutImbalance(evaluations));
    }

    [Fact]
    public void There_is_no_lowest_threshold_without_evaluations_or_when_every_one_found_imbalance()
    {
        Assert.Null(AccuracyEvaluations.LowestThresholdWithoutImbalance([]));
        Assert.Null(AccuracyEvaluations.LowestThresholdWithoutImbalance([At(0.58, true), At(0.6, true)]));
    }

    [Theory]
    [InlineData(0.58, 0.6, true)]
    [InlineData(0.6, 0.6, false)]
    [InlineData(0.64, 0.6, false)]
    public void A_default_threshold_below_the_lowest_without_imbalance_is_flagged(double setting, double lowest, bool flagged) =>
        Assert.Equal(flagged, AccuracyEvaluations.IsBelowLowestWithoutImbalance(setting, lowest));

    [Fact]
    public void Nothing_is_flagged_when_either_threshold_is_unknown()
    {
        Assert.False(AccuracyEvaluations.IsBelowLowestWithoutImbalance(null, 0.6));
        Assert.False(AccuracyEvaluations.IsBelowLowestWithoutImbalance(0.5, null));
    }

    [Fact]
    public void A_complete_evaluation_breaks_no_rule()
    {
        var evaluation = At(0.6, false);
        evaluation.TruePositiveIdentificationRate = 89;
        evaluation.FalsePositiveRate = 0.017;
        evaluation.WatchlistSize = 10_000;

        Assert.Empty(SystemRules.Check(evaluation, Today));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void An_evaluated_threshold_outside_0_to_1_is_refused(double threshold) =>
        Assert.Contains(SystemRules.Check(At(threshold, false), Today), b => b.Field == nameof(AccuracyEvaluation.Threshold));

    [Theory]
    [InlineData(-1, nameof(AccuracyEvaluation.TruePositiveIdentificationRate))]
    [InlineData(100.5, nameof(AccuracyEvaluation.TruePositiveIdentificationRate))]
    [InlineData(-1, nameof(AccuracyEvaluation.FalsePositiveRate))]
    [InlineData(101, nameof(AccuracyEvaluation.FalsePositiveRate))]
    public void Rates_outside_0_to_100_percent_are_refused(double rate, string field)
    {
        var evaluation = At(0.6, false);
        if (field == nameof(AccuracyEvaluation.FalsePositiveRate))
        {
            evaluation.FalsePositiveRate = rate;
        }
        else
        {
            evaluation.TruePositiveIdentificationRate = rate;
        }

        Assert.Equal(field, Assert.Single(SystemRules.Check(evaluation, Today)).Field);
    }

    [Fact]
    public void An_evaluation_dated_after_today_is_refused_and_one_dated_today_is_not()
    {
        var future = At(0.6, false);
        future.EvaluatedOn = Today.AddDays(1);
        var todays = At(0.6, false);
        todays.EvaluatedOn = Today;

        Assert.Equal(nameof(AccuracyEvaluation.EvaluatedOn), Assert.Single(SystemRules.Check(future, Today)).Field);
        Assert.Empty(SystemRules.Check(todays, Today));
    }

    [Fact]
    public void An_imbalance_found_needs_its_findings_described()
    {
        var evaluation = At(0.58, true);
        evaluation.DemographicFindings = "  ";

        Assert.Equal(nameof(AccuracyEvaluation.DemographicFindings), Assert.Single(SystemRules.Check(evaluation, Today)).Field);
    }

    [Fact]
    public void A_negative_watchlist_size_is_refused()
    {
        var evaluation = At(0.6, false);
        evaluation.WatchlistSize = -1;

        Assert.Equal(nameof(AccuracyEvaluation.WatchlistSize), Assert.Single(SystemRules.Check(evaluation, Today)).Field);
    }
}
