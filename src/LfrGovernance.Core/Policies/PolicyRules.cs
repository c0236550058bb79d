using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Policies;

/// <summary>The consistency rules of a policy document's dates (domain section 6). Each breach names the field to
/// show it beside.</summary>
public static class PolicyRules
{
    public static IReadOnlyList<RuleBreach> Check(PolicyDocument policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var breaches = new List<RuleBreach>();
        if (policy.CreatedOn > today)
        {
            breaches.Add(new(nameof(PolicyDocument.CreatedOn), "The date the policy was created cannot be in the future"));
        }
        if (policy.ApprovedOn is { } approved)
        {
            if (approved < policy.CreatedOn)
            {
                breaches.Add(new(nameof(PolicyDocument.ApprovedOn), "The date the policy was approved cannot be before the date it was created"));
            }
            else if (approved > today)
            {
                breaches.Add(new(nameof(PolicyDocument.ApprovedOn), "The date the policy was approved cannot be in the future"));
            }
        }
        if (policy.NextReviewOn is { } review)
        {
            if (policy.ApprovedOn is { } approvedOn && review <= approvedOn)
            {
                breaches.Add(new(nameof(PolicyDocument.NextReviewOn), "The next review must be after the date the policy was approved"));
            }
            else if (policy.ApprovedOn is null && review <= policy.CreatedOn)
            {
                breaches.Add(new(nameof(PolicyDocument.NextReviewOn), "The next review must be after the date the policy was created"));
            }
        }
        return breaches;
    }
}
