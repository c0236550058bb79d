using LfrGovernance.Core.Forces;

namespace LfrGovernance.Core.Collaborations;

/// <summary>How the force and the organisation worked together (any combination).</summary>
[Flags]
public enum CollaborationManner
{
    None = 0,
    Advice = 1,
    ImageSharing = 2,
    JointOperation = 4,
    TechnologyProvision = 8,
    Funding = 16,
}

public enum CollaborationStatus
{
    Proposed,
    Active,
    Ceased,
}

/// <summary>A collaboration on facial recognition with an organisation outside the force (domain section 7): what
/// kind, when and where, what it cost and who paid, the data-sharing agreement, the match-alert protocol and the
/// alert figures. Images shared are child records (<see cref="ImageSharing"/>).</summary>
public sealed class Collaboration : ForceRecord
{
    public const int ReferenceLength = 50;
    public const int ShortTextLength = 200;
    public const int MediumTextLength = 2000;
    public const int LongTextLength = 4000;

    public string Reference { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>The outside organisation.</summary>
    public Guid OrganisationId { get; set; }

    public CollaborationManner Manner { get; set; }

    public CollaborationStatus Status { get; set; }

    public string? Description { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? Locations { get; set; }

    /// <summary>What the collaboration cost, in pence of <see cref="Currency"/>.</summary>
    public long? CostPence { get; set; }

    public string Currency { get; set; } = "GBP";

    /// <summary>Who paid the costs, e.g. "the force", "the partner", "shared".</summary>
    public string? PaidBy { get; set; }

    /// <summary>True if a data-sharing agreement is in place, false if not, null if not known.</summary>
    public bool? DataSharingAgreement { get; set; }

    public string? DataSharingAgreementReference { get; set; }

    /// <summary>Who is controller of which data (e.g. "force and partner joint controllers of the watchlist").</summary>
    public string? ControllerRoles { get; set; }

    /// <summary>What happens when the system makes a match alert.</summary>
    public string? MatchAlertProtocol { get; set; }

    public int? Alerts { get; set; }

    /// <summary>Alerts that led to police action.</summary>
    public int? AlertsActedOn { get; set; }

    public int? TruePositives { get; set; }

    public int? FalsePositives { get; set; }

    public string? Notes { get; set; }

    /// <summary>When someone last asked an authorising officer to decide on the collaboration; null when no request
    /// awaits a decision (a decision answers the request and clears it).</summary>
    public DateTime? DecisionRequestedAt { get; set; }

    /// <summary>The case put to the authorising officer with the last request for a decision.</summary>
    public string? DecisionCase { get; set; }

    /// <summary>The person record of whoever last asked for a decision, if their account is linked to one.</summary>
    public Guid? ApplicantId { get; set; }

    /// <summary>The sign-in account that last asked for a decision: nobody decides on their own request.</summary>
    public string? ApplicantAccountObjectId { get; set; }
}

/// <summary>Who gave the images to whom.</summary>
public enum ImageSharingDirection
{
    ForceToPartner,
    PartnerToForce,
}

/// <summary>A sharing of images within a collaboration (FOI question 1a): how many, from which dataset, for what
/// purposes, on what legal basis, under which security and handling protocol, and when.</summary>
public sealed class ImageSharing : ForceRecord
{
    public Guid CollaborationId { get; set; }

    public DateOnly SharedOn { get; set; }

    public ImageSharingDirection Direction { get; set; }

    public int ImageCount { get; set; }

    public string SourceDataset { get; set; } = string.Empty;

    public string Purposes { get; set; } = string.Empty;

    public string LegalBasis { get; set; } = string.Empty;

    public string? SecurityProtocol { get; set; }
}
