using LfrGovernance.Core.Forces;

namespace LfrGovernance.Core.Assessments;

/// <summary>The kinds of impact assessment the register keeps (domain section 5).</summary>
public enum AssessmentKind
{
    /// <summary>Data protection impact assessment (DPA 2018 s.64).</summary>
    Dpia,
    EqualityImpact,
    CommunityImpact,

    /// <summary>Appropriate policy document (DPA 2018 s.42).</summary>
    AppropriatePolicyDocument,

    /// <summary>Surveillance Camera Code of Practice self-assessment (12 principles).</summary>
    SurveillanceCameraCode,

    /// <summary>Fundamental rights impact assessment (EU AI Act Art. 27).</summary>
    FundamentalRightsImpact,
}

public enum AssessmentStatus
{
    Draft,
    InReview,
    DpoAdvised,
    Approved,
    Rejected,
    Superseded,
    Withdrawn,
}

/// <summary>What became of the DPO's advice.</summary>
public enum DpoAdviceOutcome
{
    Accepted,
    Overruled,
}

/// <summary>An impact assessment, one version of it: its content, the DPO's advice and what was done with it, the
/// ICO prior consultation, the sign-offs and the next review. Risks, measures and what it covers are child records.
/// An assessment written by a partner is recorded as such, with the force's scrutiny of it.</summary>
public sealed class Assessment : ForceRecord
{
    public const int ReferenceLength = 50;
    public const int ShortTextLength = 200;
    public const int MediumTextLength = 2000;
    public const int LongTextLength = 8000;

    public string Reference { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public AssessmentKind Kind { get; set; }

    /// <summary>The assessment's own version label, e.g. "2.1" (not the register's record version).</summary>
    public string DocumentVersion { get; set; } = "1.0";

    public AssessmentStatus Status { get; set; }

    /// <summary>The earlier version this one revises, if any.</summary>
    public Guid? SupersedesId { get; set; }

    public string? ProcessingDescription { get; set; }

    public string? NecessityAndProportionality { get; set; }

    public string? Consultation { get; set; }

    // Written by a partner, and the force's scrutiny of it.

    public bool AuthoredByPartner { get; set; }

    public Guid? PartnerOrganisationId { get; set; }

    public DateOnly? ScrutinisedOn { get; set; }

    public Guid? ScrutinisedById { get; set; }

    public string? ScrutinyOutcome { get; set; }

    // DPO advice.

    public DateOnly? DpoAdviceGivenOn { get; set; }

    public Guid? DpoId { get; set; }

    public string? DpoAdviceSummary { get; set; }

    public DpoAdviceOutcome? DpoAdviceOutcome { get; set; }

    public Guid? DpoAdviceDecidedById { get; set; }

    /// <summary>Why the advice was overruled (required when it was).</summary>
    public string? DpoAdviceOverruledReason { get; set; }

    // ICO prior consultation (DPA 2018 s.65).

    public bool? IcoConsultationNeeded { get; set; }

    public DateOnly? IcoConsultationSentOn { get; set; }

    public string? IcoAdvice { get; set; }

    // Sign-off and review.

    public Guid? MeasuresApprovedById { get; set; }

    public Guid? ResidualRisksApprovedById { get; set; }

    public Guid? ConsultationReviewedById { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public Guid? KeptUnderReviewById { get; set; }

    public DateOnly? NextReviewOn { get; set; }

    public string? Notes { get; set; }

    /// <summary>True when the assessment has a review date and it has passed.</summary>
    public bool IsPastReview(DateOnly today) => NextReviewOn is { } review && review < today;
}

/// <summary>A risk to data subjects an assessment identifies, with its likelihood, severity and overall level on
/// the force's configured scales (<see cref="AssessmentScales"/>).</summary>
public sealed class AssessmentRisk : ForceRecord
{
    public Guid AssessmentId { get; set; }

    public string Description { get; set; } = string.Empty;

    public string Likelihood { get; set; } = string.Empty;

    public string Severity { get; set; } = string.Empty;

    public string Overall { get; set; } = string.Empty;
}

/// <summary>A measure taken against a risk, its effect, the residual risk and whether it was approved.</summary>
public sealed class AssessmentMeasure : ForceRecord
{
    public Guid AssessmentId { get; set; }

    /// <summary>The risk it answers, if it answers one.</summary>
    public Guid? RiskId { get; set; }

    public string Description { get; set; } = string.Empty;

    public string Effect { get; set; } = string.Empty;

    public string ResidualRisk { get; set; } = string.Empty;

    public bool Approved { get; set; }
}

/// <summary>The kinds of record an assessment can cover.</summary>
public enum AssessedRecordType
{
    System,
    Deployment,
    Collaboration,
}

/// <summary>A record an assessment covers: a system, a deployment or a collaboration.</summary>
public sealed class AssessmentCoverage : ForceRecord
{
    public Guid AssessmentId { get; set; }

    public AssessedRecordType SubjectType { get; set; }

    public Guid SubjectId { get; set; }
}

/// <summary>The scales risks and measures are graded on. The ICO's template values are the defaults; a force can
/// configure its own.</summary>
public sealed class AssessmentScales
{
    public IReadOnlyList<string> Likelihood { get; init; } = ["Remote", "Possible", "Probable"];

    public IReadOnlyList<string> Severity { get; init; } = ["Minimal", "Significant", "Severe"];

    public IReadOnlyList<string> Overall { get; init; } = ["Low", "Medium", "High"];

    public IReadOnlyList<string> Effect { get; init; } = ["Eliminated", "Reduced", "Accepted"];
}
