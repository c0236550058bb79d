using LfrGovernance.Core.Forces;

namespace LfrGovernance.Core.Policies;

/// <summary>The kinds of policy document (domain section 6).</summary>
public enum PolicyKind
{
    DeploymentPolicy,
    CollaborationPolicy,
    RetentionPolicy,
    StandardOperatingProcedure,
    AppropriatePolicyDocument,
    Guidance,
}

/// <summary>A policy document, one version of it: when it was created and approved, when it is next reviewed, who
/// owns it. The document file itself is attached as a <c>RecordDocument</c>.</summary>
public sealed class PolicyDocument : ForceRecord
{
    public const int TitleLength = 200;
    public const int TextLength = 4000;

    public string Title { get; set; } = string.Empty;

    public PolicyKind Kind { get; set; }

    public string DocumentVersion { get; set; } = "1.0";

    public DateOnly CreatedOn { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public DateOnly? NextReviewOn { get; set; }

    /// <summary>The person who owns the policy.</summary>
    public Guid? OwnerId { get; set; }

    public string? Summary { get; set; }

    public bool IsPastReview(DateOnly today) => NextReviewOn is { } review && review < today;
}

/// <summary>The categories of data whose retention the register records.</summary>
public enum RetainedDataCategory
{
    /// <summary>Biometric data of people not matched (deleted immediately and automatically in stated practice).</summary>
    NonMatchedBiometric,
    AlertImages,
    Watchlist,
    CctvFootage,
    ImagesSharedWithPartners,
    Other,
}

public enum RetentionPeriodUnit
{
    /// <summary>Deleted at once (the period is 0).</summary>
    Immediately,
    Hours,
    Days,
    Months,
    Years,
}

/// <summary>How long a category of data is kept, and how it is deleted. Forces differ, so each force keeps its own.</summary>
public sealed class RetentionRule : ForceRecord
{
    public RetainedDataCategory Category { get; set; }

    /// <summary>The category's name when <see cref="Category"/> is <see cref="RetainedDataCategory.Other"/>.</summary>
    public string? OtherCategory { get; set; }

    public int Period { get; set; }

    public RetentionPeriodUnit PeriodUnit { get; set; }

    public string DeletionMethod { get; set; } = string.Empty;

    /// <summary>The policy that sets the rule.</summary>
    public Guid? PolicyDocumentId { get; set; }

    public DateOnly? AppliesFrom { get; set; }
}

/// <summary>How many images of a category the force held on a date (FOI question 2b), and why any were held beyond
/// the retention rule.</summary>
public sealed class RetainedImageCount : ForceRecord
{
    public RetainedDataCategory Category { get; set; }

    public string? OtherCategory { get; set; }

    public DateOnly CountedOn { get; set; }

    public int Count { get; set; }

    /// <summary>Of <see cref="Count"/>, how many are kept beyond the retention rule.</summary>
    public int BeyondPolicy { get; set; }

    /// <summary>Why images are kept beyond the rule (required when <see cref="BeyondPolicy"/> is above 0).</summary>
    public string? ReasonBeyondPolicy { get; set; }
}
