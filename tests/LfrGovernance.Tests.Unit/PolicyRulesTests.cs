using LfrGovernance.Core.Policies;

namespace LfrGovernance.Tests.Unit;

public sealed class PolicyRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);

    private static PolicyDocument Policy(DateOnly created, DateOnly? approved = null, DateOnly? review = null) =>
        new() { Title = "LFR deployment policy", CreatedOn = created, ApprovedOn = approved, NextReviewOn = review };

    private static IEnumerable<string> Fields(PolicyDocument policy) => PolicyRules.Check(policy, Today).Select(b => b.Field);

    [Fact]
    public void A_policy_created_approved_and_reviewed_in_order_breaks_no_rule()
    {
        Assert.Empty(PolicyRules.Check(Policy(new(2024, 1, 5), new(2024, 2, 1), new(2025, 2, 1)), Today));
    }

    [Fact]
    public void A_policy_may_be_approved_on_the_day_it_was_created()
    {
        Assert.Empty(PolicyRules.Check(Policy(new(2024, 1, 5), new(2024, 1, 5)), Today));
    }

    [Fact]
    public void Approval_before_creation_is_a_breach_on_the_approval_date()
    {
        var breach = Assert.Single(PolicyRules.Check(Policy(new(2024, 1, 5), new(2024, 1, 4)), Today));
        Assert.Equal(nameof(PolicyDocument.ApprovedOn), breach.Field);
        Assert.Contains("before the date it was created", breach.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_review_must_come_after_the_approval()
    {
        Assert.Equal([nameof(PolicyDocument.NextReviewOn)], Fields(Policy(new(2024, 1, 5), new(2024, 2, 1), new(2024, 2, 1))));
        Assert.Equal([nameof(PolicyDocument.NextReviewOn)], Fields(Policy(new(2024, 1, 5), new(2024, 2, 1), new(2024, 1, 20))));
    }

    [Fact]
    public void Without_an_approval_the_next_review_must_come_after_the_creation()
    {
        Assert.Equal([nameof(PolicyDocument.NextReviewOn)], Fields(Policy(new(2024, 1, 5), null, new(2024, 1, 5))));
        Assert.Empty(Fields(Policy(new(2024, 1, 5), null, new(2024, 1, 6))));
    }

    [Fact]
    public void Creation_and_approval_cannot_be_in_the_future_but_the_next_review_can()
    {
        Assert.Equal([nameof(PolicyDocument.CreatedOn)], Fields(Policy(Today.AddDays(1))));
        Assert.Equal([nameof(PolicyDocument.ApprovedOn)], Fields(Policy(Today, Today.AddDays(1))));
        Assert.Empty(Fields(Policy(Today, Today, Today.AddYears(1))));
    }

    [Fact]
    public void A_policy_is_past_review_only_after_its_review_date()
    {
        Assert.False(Policy(new(2024, 1, 5), null, Today).IsPastReview(Today));
        Assert.True(Policy(new(2024, 1, 5), null, Today.AddDays(-1)).IsPastReview(Today));
        Assert.False(Policy(new(2024, 1, 5)).IsPastReview(Today));
    }
}
