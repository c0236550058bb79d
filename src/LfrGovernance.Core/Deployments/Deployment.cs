using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Forces;
using LfrGovernance.Core.Records;
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

/// <summary>Where a deployment stands. Only the moves <see cref="DeploymentLifecycle"/> lists change it.</summary>
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

    /// <summary>Where the deployment stands. It changes only by an allowed move (<see cref="Move"/>), or, for a
    /// deployment of the past entered as it ended, once before it is first saved (<see cref="RecordHistoric"/>).</summary>
    public DeploymentStatus Status { get; private set; }

    public PolicingObjective Objective { get; set; }

    /// <summary>The purpose in words: the policing need this deployment answers.</summary>
    public string Purpose { get; set; } = string.Empty;

    public string? IntelligenceCase { get; set; }

    // The application: the case the applicant puts to the authorising officer.

    /// <summary>The legitimate aim the deployment pursues, as the applicant states it.</summary>
    public string? LegitimateAim { get; set; }

    /// <summary>Why facial recognition is necessary to meet the aim: why less intrusive means will not do.</summary>
    public string? Necessity { get; set; }

    /// <summary>Why the intrusion on the people scanned is proportionate to what the deployment can achieve.</summary>
    public string? Proportionality { get; set; }

    /// <summary>The person who applied for authorisation. They may neither authorise nor review their own deployment.</summary>
    public Guid? ApplicantId { get; set; }

    /// <summary>The sign-in account (Entra ID object id) that submitted the application.</summary>
    public string? ApplicantAccountObjectId { get; set; }

    /// <summary>When the deployment was cancelled (UTC), or null if it was not.</summary>
    public DateTime? CancelledAt { get; private set; }

    /// <summary>Why the deployment was cancelled.</summary>
    public string? CancellationReason { get; private set; }

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

    /// <summary>Makes the move <paramref name="transition"/> if it is allowed from the current status and the
    /// deployment is ready for it; otherwise changes nothing and says why. A cancellation needs a reason.</summary>
    /// <returns>The rules the move would break: empty when the move was made.</returns>
    public IReadOnlyList<RuleBreach> Move(DeploymentTransition transition, DateTime atUtc, string? reason = null)
    {
        var breaches = DeploymentLifecycle.Check(this, transition, reason);
        if (breaches.Count > 0)
        {
            return breaches;
        }
        Status = DeploymentLifecycle.Target(Status, transition)!.Value;
        if (transition == DeploymentTransition.Cancel)
        {
            CancelledAt = atUtc;
            CancellationReason = reason!.Trim();
        }
        return [];
    }

    /// <summary>Gives a deployment that has never been saved the status it reached before the register knew of it: for
    /// deployments of the past entered from other records (importers, the demonstration and synthetic registers).
    /// The history then shows the record created at that status by whoever entered it, and no decision, which is
    /// the truth: the register did not see it authorised. Walking the moves instead would invent decisions.</summary>
    /// <exception cref="DomainRuleException">The deployment has been saved, or the status is <see
    /// cref="DeploymentStatus.Cancelled"/> (a cancellation needs its reason: use <see cref="Move"/>).</exception>
    public void RecordHistoric(DeploymentStatus status)
    {
        if (Version != 0)
        {
            throw new DomainRuleException("Only a deployment not yet saved can be entered at a past status: a saved one changes status by allowed moves.");
        }
        if (status == DeploymentStatus.Cancelled)
        {
            throw new DomainRuleException("A cancelled deployment needs the reason: enter it as it stood, then cancel it.");
        }
        Status = status;
    }

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
