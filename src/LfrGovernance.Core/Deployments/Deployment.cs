using LfrGovernance.Core.Forces;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Core.Deployments;

/// <summary>The policing objective a deployment serves.</summary>
public enum PolicingObjective
{
    CrimeHotspot,
    WantedOffenders,
    MissingPersons,
    MajorEvent,
    CounterTerrorism,
    Other,
}

/// <summary>Where a deployment stands. The authorisation workflow decides which changes of status are allowed.</summary>
public enum DeploymentStatus
{
    Draft,
    SubmittedForAuthorisation,
    Authorised,
    Refused,
    ReturnedForChanges,
    Live,
    Completed,
    Reviewed,
    Cancelled,
}

/// <summary>How the public was told of a deployment in advance (any combination).</summary>
[Flags]
public enum PublicNoticeMethods
{
    None = 0,
    Signage = 1,
    Website = 2,
    SocialMedia = 4,
    Press = 8,
    Leaflets = 16,
}

/// <summary>A time-boxed, targeted use of facial recognition (domain section 3): what, why, where and when, the
/// watchlist, the settings used, the public notice, the outcomes and the post-deployment review. Watchlist
/// categories and per-alert rows are child records. Both false alert rates are computed, never stored.</summary>
public sealed class Deployment : ForceRecord
{
    public const int ReferenceLength = 50;
    public const int ShortTextLength = 200;
    public const int AddressLength = 500;
    public const int MediumTextLength = 2000;
    public const int LongTextLength = 4000;

    private DateTime? plannedStart;
    private DateTime? actualStart;

    /// <summary>The force's reference for the deployment, unique within the force.</summary>
    public string Reference { get; set; } = string.Empty;

    public Guid SystemId { get; set; }

    public FacialRecognitionKind Kind { get; set; }

    public DeploymentStatus Status { get; set; }

    public PolicingObjective Objective { get; set; }

    /// <summary>The purpose in words: the policing need this deployment answers.</summary>
    public string Purpose { get; set; } = string.Empty;

    public string? IntelligenceCase { get; set; }

    public string LocationName { get; set; } = string.Empty;

    public string? LocationAddress { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public DateTime? PlannedStart
    {
        get => plannedStart;
        set
        {
            plannedStart = value;
            StartsAt = actualStart ?? value;
        }
    }

    public DateTime? PlannedEnd { get; set; }

    public DateTime? ActualStart
    {
        get => actualStart;
        set
        {
            actualStart = value;
            StartsAt = value ?? plannedStart;
        }
    }

    /// <summary>When the deployment starts: the actual start once there is one, else the planned start. Kept by the
    /// two starts and stored, so that lists sort and filter by it through an index.</summary>
    public DateTime? StartsAt { get; private set; }

    public DateTime? ActualEnd { get; set; }

    // Watchlist: its size and criteria here; its composition by category in WatchlistCategory rows.

    public int? WatchlistSize { get; set; }

    /// <summary>Who may be placed on the watchlist, as approved by the authorising officer.</summary>
    public string? WatchlistCriteria { get; set; }

    public DateTime? WatchlistBuiltAt { get; set; }

    public Guid? WatchlistReviewedById { get; set; }

    public DateTime? WatchlistReviewedAt { get; set; }

    public Guid? WatchlistDestroyedById { get; set; }

    public DateTime? WatchlistDestroyedAt { get; set; }

    // Settings.

    /// <summary>The match threshold actually used (0 to 1).</summary>
    public double? ThresholdUsed { get; set; }

    public int? CameraCount { get; set; }

    // Public notice.

    /// <summary>True if notice was given in advance, false if not (then <see cref="PublicNoticeNotGivenReason"/>), null if not yet decided.</summary>
    public bool? PublicNoticeGiven { get; set; }

    public PublicNoticeMethods PublicNoticeMethods { get; set; }

    public DateTime? PublicNoticeAt { get; set; }

    public string? PublicNoticeNotGivenReason { get; set; }

    // Outcomes (null until recorded).

    /// <summary>Faces seen (processed) by the system.</summary>
    public long? FacesSeen { get; set; }

    public int? TotalAlerts { get; set; }

    public int? TrueAlertsConfirmed { get; set; }

    public int? TrueAlertsUnconfirmed { get; set; }

    public int? FalseAlertsConfirmed { get; set; }

    public int? FalseAlertsUnconfirmed { get; set; }

    public int? Engagements { get; set; }

    public int? Arrests { get; set; }

    public int? OtherAction { get; set; }

    public int? NoAction { get; set; }

    // Post-deployment review.

    public DateOnly? ReviewedOn { get; set; }

    public Guid? ReviewerId { get; set; }

    public string? ReviewFindings { get; set; }

    public string? ReviewActions { get; set; }

    public string? Notes { get; set; }

    /// <summary>True alerts, confirmed and unconfirmed, or null if none are recorded.</summary>
    public int? TrueAlerts => AlertFigures.Sum(TrueAlertsConfirmed, TrueAlertsUnconfirmed);

    /// <summary>False alerts, confirmed and unconfirmed, or null if none are recorded.</summary>
    public int? FalseAlerts => AlertFigures.Sum(FalseAlertsConfirmed, FalseAlertsUnconfirmed);

    /// <summary>False alerts per face seen, as forces report it ("1 in 6,000").</summary>
    public FalseAlertRate? FalseAlertRatePerFacesSeen => AlertFigures.PerFacesSeen(FalseAlerts, FacesSeen);

    /// <summary>False alerts as a percentage of all alerts, as campaigners report it ("85%").</summary>
    public double? FalseAlertPercentOfAlerts => AlertFigures.PercentOfAlerts(FalseAlerts, TotalAlerts);
}

/// <summary>The categories of person a watchlist may hold (College of Policing APP).</summary>
public enum WatchlistCategoryKind
{
    WantedByPoliceOrCourts,
    Suspects,
    MissingOrVulnerable,
    RiskToSelfOrOthers,

    /// <summary>Any other category: a justification is required.</summary>
    Other,
}

/// <summary>One category of a deployment's watchlist: how many people, where their images came from and on what
/// legal basis.</summary>
public sealed class WatchlistCategory : ForceRecord
{
    public Guid DeploymentId { get; set; }

    public WatchlistCategoryKind Category { get; set; }

    public int Size { get; set; }

    /// <summary>Where the images came from, e.g. "custody images (PND)".</summary>
    public string ImageSource { get; set; } = string.Empty;

    public string LegalBasis { get; set; } = string.Empty;

    /// <summary>Why this category is on the watchlist (required for <see cref="WatchlistCategoryKind.Other"/>).</summary>
    public string? Justification { get; set; }
}

/// <summary>How an alert was judged by the operator.</summary>
public enum AlertAdjudication
{
    NotAdjudicated,
    TrueAlert,
    FalseAlert,
}

/// <summary>What followed an alert.</summary>
public enum AlertAction
{
    NoAction,
    Engagement,
    Arrest,
    OtherAction,
}

/// <summary>One alert of a deployment, when the force records alerts one by one.</summary>
public sealed class DeploymentAlert : ForceRecord
{
    public Guid DeploymentId { get; set; }

    public DateTime OccurredAt { get; set; }

    public WatchlistCategoryKind? Category { get; set; }

    public AlertAdjudication Adjudication { get; set; }

    /// <summary>True when the identity was confirmed (e.g. by a check after engagement), false when only the operator judged it.</summary>
    public bool Confirmed { get; set; }

    public AlertAction Action { get; set; }

    /// <summary>Until when the alert image is kept, if it is kept at all.</summary>
    public DateTime? ImageRetainedUntil { get; set; }

    public string? Notes { get; set; }
}
