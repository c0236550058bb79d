using LfrGovernance.Core.Policies;

namespace LfrGovernance.Tests.Unit;

public sealed class RetentionRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);

    private static RetentionRule Rule(RetainedDataCategory category, int period, RetentionPeriodUnit unit, string? other = null) =>
        new() { Category = category, OtherCategory = other, Period = period, PeriodUnit = unit, DeletionMethod = "Automatic deletion by the system" };

    private static RetainedImageCount Count(RetainedDataCategory category, DateOnly on, int count = 10, int beyond = 0, string? reason = null, string? other = null) =>
        new() { Category = category, OtherCategory = other, CountedOn = on, Count = count, BeyondPolicy = beyond, ReasonBeyondPolicy = reason };

    [Fact]
    public void Deleted_immediately_is_a_period_of_0_with_the_unit_immediately()
    {
        Assert.Empty(RetentionRules.Check(Rule(RetainedDataCategory.NonMatchedBiometric, 0, RetentionPeriodUnit.Immediately)));
        Assert.Empty(RetentionRules.Check(Rule(RetainedDataCategory.AlertImages, 24, RetentionPeriodUnit.Hours)));
    }

    [Fact]
    public void A_period_of_0_needs_the_unit_immediately()
    {
        var breach = Assert.Single(RetentionRules.Check(Rule(RetainedDataCategory.AlertImages, 0, RetentionPeriodUnit.Days)));
        Assert.Equal(nameof(RetentionRule.Period), breach.Field);
    }

    [Fact]
    public void The_unit_immediately_needs_a_period_of_0()
    {
        var breach = Assert.Single(RetentionRules.Check(Rule(RetainedDataCategory.AlertImages, 3, RetentionPeriodUnit.Immediately)));
        Assert.Equal(nameof(RetentionRule.PeriodUnit), breach.Field);
    }

    [Fact]
    public void A_negative_period_is_refused()
    {
        Assert.Equal(nameof(RetentionRule.Period), Assert.Single(RetentionRules.Check(Rule(RetainedDataCategory.Watchlist, -1, RetentionPeriodUnit.Days))).Field);
    }

    [Fact]
    public void The_other_category_needs_a_name_and_a_deletion_method_is_required()
    {
        var rule = Rule(RetainedDataCategory.Other, 31, RetentionPeriodUnit.Days, other: " ");
        rule.DeletionMethod = "";
        Assert.Equal([nameof(RetentionRule.OtherCategory), nameof(RetentionRule.DeletionMethod)], RetentionRules.Check(rule).Select(b => b.Field));
    }

    [Theory]
    [InlineData(0, RetentionPeriodUnit.Immediately, "Deleted immediately")]
    [InlineData(24, RetentionPeriodUnit.Hours, "24 hours")]
    [InlineData(1, RetentionPeriodUnit.Hours, "1 hour")]
    [InlineData(31, RetentionPeriodUnit.Days, "31 days")]
    [InlineData(1, RetentionPeriodUnit.Months, "1 month")]
    [InlineData(6, RetentionPeriodUnit.Years, "6 years")]
    [InlineData(1000, RetentionPeriodUnit.Days, "1,000 days")]
    public void A_period_is_written_in_words(int period, RetentionPeriodUnit unit, string expected)
    {
        Assert.Equal(expected, RetentionRules.PeriodInWords(period, unit));
    }

    [Fact]
    public void A_count_within_policy_breaks_no_rule()
    {
        Assert.Empty(RetentionRules.Check(Count(RetainedDataCategory.AlertImages, Today, 12, 0), Today));
        Assert.Empty(RetentionRules.Check(Count(RetainedDataCategory.AlertImages, Today, 0, 0), Today));
    }

    [Fact]
    public void A_count_cannot_be_dated_in_the_future()
    {
        Assert.Equal(nameof(RetainedImageCount.CountedOn), Assert.Single(RetentionRules.Check(Count(RetainedDataCategory.AlertImages, Today.AddDays(1)), Today)).Field);
    }

    [Fact]
    public void Counts_cannot_be_negative()
    {
        Assert.Contains(RetentionRules.Check(Count(RetainedDataCategory.AlertImages, Today, -1), Today), b => b.Field == nameof(RetainedImageCount.Count));
        Assert.Contains(RetentionRules.Check(Count(RetainedDataCategory.AlertImages, Today, 5, -1), Today), b => b.Field == nameof(RetainedImageCount.BeyondPolicy));
    }

    [Fact]
    public void Images_beyond_policy_cannot_exceed_the_count()
    {
        var breach = Assert.Single(RetentionRules.Check(Count(RetainedDataCategory.AlertImages, Today, 5, 6, "Evidence in a trial"), Today));
        Assert.Equal(nameof(RetainedImageCount.BeyondPolicy), breach.Field);
        Assert.Contains("(6)", breach.Message, StringComparison.Ordinal);
        Assert.Empty(RetentionRules.Check(Count(RetainedDataCategory.AlertImages, Today, 5, 5, "Evidence in a trial"), Today));
    }

    [Fact]
    public void Images_beyond_policy_need_a_reason()
    {
        var breach = Assert.Single(RetentionRules.Check(Count(RetainedDataCategory.AlertImages, Today, 5, 2, " "), Today));
        Assert.Equal(nameof(RetainedImageCount.ReasonBeyondPolicy), breach.Field);
    }

    [Fact]
    public void A_count_of_another_category_needs_its_name()
    {
        Assert.Equal(nameof(RetainedImageCount.OtherCategory), Assert.Single(RetentionRules.Check(Count(RetainedDataCategory.Other, Today), Today)).Field);
    }

    [Fact]
    public void Figures_are_current_when_every_ruled_category_was_counted_within_the_days_allowed()
    {
        var rules = new[] { Rule(RetainedDataCategory.AlertImages, 24, RetentionPeriodUnit.Hours), Rule(RetainedDataCategory.CctvFootage, 31, RetentionPeriodUnit.Days) };
        var counts = new[] { Count(RetainedDataCategory.AlertImages, Today.AddDays(-90)), Count(RetainedDataCategory.CctvFootage, Today) };

        Assert.Empty(RetentionRules.OutOfDateFigures(rules, counts, Today, 90));
    }

    [Fact]
    public void A_category_whose_latest_count_is_older_than_the_days_allowed_is_out_of_date()
    {
        var rules = new[] { Rule(RetainedDataCategory.AlertImages, 24, RetentionPeriodUnit.Hours) };
        var counts = new[] { Count(RetainedDataCategory.AlertImages, Today.AddDays(-200)), Count(RetainedDataCategory.AlertImages, Today.AddDays(-91)) };

        var stale = Assert.Single(RetentionRules.OutOfDateFigures(rules, counts, Today, 90));
        Assert.Equal(RetainedDataCategory.AlertImages, stale.Category);
        Assert.Equal(Today.AddDays(-91), stale.LatestCountOn);
    }

    [Fact]
    public void A_category_with_a_rule_and_no_count_is_out_of_date_and_categories_without_rules_are_ignored()
    {
        var rules = new[] { Rule(RetainedDataCategory.Watchlist, 24, RetentionPeriodUnit.Hours) };
        var counts = new[] { Count(RetainedDataCategory.CctvFootage, Today.AddDays(-400)) };

        var stale = Assert.Single(RetentionRules.OutOfDateFigures(rules, counts, Today, 90));
        Assert.Equal(RetainedDataCategory.Watchlist, stale.Category);
        Assert.Null(stale.LatestCountOn);
    }

    [Fact]
    public void Retired_rules_and_retired_counts_do_not_count()
    {
        var retiredRule = Rule(RetainedDataCategory.Watchlist, 24, RetentionPeriodUnit.Hours);
        retiredRule.Retire("Replaced", DateTime.UtcNow);
        var rule = Rule(RetainedDataCategory.AlertImages, 24, RetentionPeriodUnit.Hours);
        var retiredCount = Count(RetainedDataCategory.AlertImages, Today);
        retiredCount.Retire("Entered twice", DateTime.UtcNow);

        var stale = Assert.Single(RetentionRules.OutOfDateFigures([retiredRule, rule], [retiredCount, Count(RetainedDataCategory.AlertImages, Today.AddDays(-100))], Today, 90));
        Assert.Equal(RetainedDataCategory.AlertImages, stale.Category);
    }

    [Fact]
    public void Other_categories_are_matched_by_name_ignoring_case()
    {
        var rules = new[] { Rule(RetainedDataCategory.Other, 7, RetentionPeriodUnit.Days, "Body-worn video stills"), Rule(RetainedDataCategory.Other, 7, RetentionPeriodUnit.Days, "Drone images") };
        var counts = new[] { Count(RetainedDataCategory.Other, Today, other: "body-worn video stills ") };

        var stale = Assert.Single(RetentionRules.OutOfDateFigures(rules, counts, Today, 90));
        Assert.Equal("Drone images", stale.OtherCategory);
    }
}
