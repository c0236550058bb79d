using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>The fields creating and editing a deployment share, in sections. Counts, coordinates and dates are
/// posted as text so that a mistyped value is shown back as typed. The status is not among them: a new deployment
/// starts as a draft, and only the moves of its lifecycle change it.</summary>
public class DeploymentForm
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // What and why.
    [Required(ErrorMessage = "Enter the deployment's reference")]
    [StringLength(Deployment.ReferenceLength, ErrorMessage = "Reference must be 50 characters or fewer")]
    public string? Reference { get; set; }

    [Required(ErrorMessage = "Select the system used")]
    public Guid? SystemId { get; set; }

    [Required(ErrorMessage = "Select the kind of facial recognition")]
    public FacialRecognitionKind? Kind { get; set; }

    [Required(ErrorMessage = "Select the policing objective")]
    public PolicingObjective? Objective { get; set; }

    [Required(ErrorMessage = "Enter the purpose of the deployment")]
    [StringLength(Deployment.MediumTextLength, ErrorMessage = "Purpose must be 2,000 characters or fewer")]
    public string? Purpose { get; set; }

    [StringLength(Deployment.LongTextLength, ErrorMessage = "Intelligence case must be 4,000 characters or fewer")]
    public string? IntelligenceCase { get; set; }

    // The application: the case the applicant puts to the authorising officer.
    [StringLength(Deployment.LongTextLength, ErrorMessage = "Legitimate aim must be 4,000 characters or fewer")]
    public string? LegitimateAim { get; set; }

    [StringLength(Deployment.LongTextLength, ErrorMessage = "Necessity must be 4,000 characters or fewer")]
    public string? Necessity { get; set; }

    [StringLength(Deployment.LongTextLength, ErrorMessage = "Proportionality must be 4,000 characters or fewer")]
    public string? Proportionality { get; set; }

    // Where and when.
    [Required(ErrorMessage = "Enter the location's name")]
    [StringLength(Deployment.ShortTextLength, ErrorMessage = "Location must be 200 characters or fewer")]
    public string? LocationName { get; set; }

    [StringLength(Deployment.AddressLength, ErrorMessage = "Address must be 500 characters or fewer")]
    public string? LocationAddress { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public DateInput PlannedStart { get; set; } = new();

    public DateInput PlannedEnd { get; set; } = new();

    public DateInput ActualStart { get; set; } = new();

    public DateInput ActualEnd { get; set; } = new();

    // Watchlist.
    public string? WatchlistSize { get; set; }

    [StringLength(Deployment.LongTextLength, ErrorMessage = "Watchlist criteria must be 4,000 characters or fewer")]
    public string? WatchlistCriteria { get; set; }

    public DateInput WatchlistBuiltAt { get; set; } = new();

    public Guid? WatchlistReviewedById { get; set; }

    public DateInput WatchlistReviewedAt { get; set; } = new();

    public Guid? WatchlistDestroyedById { get; set; }

    public DateInput WatchlistDestroyedAt { get; set; } = new();

    // Settings.
    public string? ThresholdUsed { get; set; }

    public string? CameraCount { get; set; }

    // Public notice: "yes", "no" or nothing (not decided yet).
    public string? PublicNoticeGiven { get; set; }

    public List<PublicNoticeMethods> PublicNoticeMethods { get; set; } = [];

    public DateInput PublicNoticeAt { get; set; } = new();

    [StringLength(Deployment.MediumTextLength, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string? PublicNoticeNotGivenReason { get; set; }

    // Outcomes.
    public string? FacesSeen { get; set; }

    public string? TotalAlerts { get; set; }

    public string? TrueAlertsConfirmed { get; set; }

    public string? TrueAlertsUnconfirmed { get; set; }

    public string? FalseAlertsConfirmed { get; set; }

    public string? FalseAlertsUnconfirmed { get; set; }

    public string? Engagements { get; set; }

    public string? Arrests { get; set; }

    public string? OtherAction { get; set; }

    public string? NoAction { get; set; }

    // Post-deployment review.
    public DateInput ReviewedOn { get; set; } = new();

    public Guid? ReviewerId { get; set; }

    [StringLength(Deployment.LongTextLength, ErrorMessage = "Findings must be 4,000 characters or fewer")]
    public string? ReviewFindings { get; set; }

    [StringLength(Deployment.LongTextLength, ErrorMessage = "Actions must be 4,000 characters or fewer")]
    public string? ReviewActions { get; set; }

    [StringLength(Deployment.LongTextLength, ErrorMessage = "Notes must be 4,000 characters or fewer")]
    public string? Notes { get; set; }

    [Required(ErrorMessage = "Select a handling marking")]
    public RecordMarking? Marking { get; set; }

    /// <summary>Only a user cleared for such records sees (and may change) this.</summary>
    public bool DoNotConfirmOrDeny { get; set; }

    /// <summary>The form filled in from a deployment.</summary>
    public void LoadFrom(Deployment d)
    {
        ArgumentNullException.ThrowIfNull(d);
        Reference = d.Reference;
        SystemId = d.SystemId;
        Kind = d.Kind;
        Objective = d.Objective;
        Purpose = d.Purpose;
        IntelligenceCase = d.IntelligenceCase;
        LegitimateAim = d.LegitimateAim;
        Necessity = d.Necessity;
        Proportionality = d.Proportionality;
        LocationName = d.LocationName;
        LocationAddress = d.LocationAddress;
        Latitude = d.Latitude?.ToString(Invariant);
        Longitude = d.Longitude?.ToString(Invariant);
        PlannedStart = DateInput.From(d.PlannedStart);
        PlannedEnd = DateInput.From(d.PlannedEnd);
        ActualStart = DateInput.From(d.ActualStart);
        ActualEnd = DateInput.From(d.ActualEnd);
        WatchlistSize = Count(d.WatchlistSize);
        WatchlistCriteria = d.WatchlistCriteria;
        WatchlistBuiltAt = DateInput.From(d.WatchlistBuiltAt);
        WatchlistReviewedById = d.WatchlistReviewedById;
        WatchlistReviewedAt = DateInput.From(d.WatchlistReviewedAt);
        WatchlistDestroyedById = d.WatchlistDestroyedById;
        WatchlistDestroyedAt = DateInput.From(d.WatchlistDestroyedAt);
        ThresholdUsed = d.ThresholdUsed?.ToString(Invariant);
        CameraCount = Count(d.CameraCount);
        PublicNoticeGiven = d.PublicNoticeGiven switch { true => "yes", false => "no", null => null };
        PublicNoticeMethods = [.. DeploymentFields.NoticeMethods.Where(m => d.PublicNoticeMethods.HasFlag(m))];
        PublicNoticeAt = DateInput.From(d.PublicNoticeAt);
        PublicNoticeNotGivenReason = d.PublicNoticeNotGivenReason;
        FacesSeen = Count(d.FacesSeen);
        TotalAlerts = Count(d.TotalAlerts);
        TrueAlertsConfirmed = Count(d.TrueAlertsConfirmed);
        TrueAlertsUnconfirmed = Count(d.TrueAlertsUnconfirmed);
        FalseAlertsConfirmed = Count(d.FalseAlertsConfirmed);
        FalseAlertsUnconfirmed = Count(d.FalseAlertsUnconfirmed);
        Engagements = Count(d.Engagements);
        Arrests = Count(d.Arrests);
        OtherAction = Count(d.OtherAction);
        NoAction = Count(d.NoAction);
        ReviewedOn = DateInput.From(d.ReviewedOn);
        ReviewerId = d.ReviewerId;
        ReviewFindings = d.ReviewFindings;
        ReviewActions = d.ReviewActions;
        Notes = d.Notes;
        Marking = d.Marking;
        DoNotConfirmOrDeny = d.DoNotConfirmOrDeny;
    }

    /// <summary>Reads the typed values onto <paramref name="d"/>, adding a message under <c>Input.Field</c> for each
    /// one that cannot be read. The caller saves only when the model state is valid.</summary>
    /// <param name="mayFlag">True for a user cleared for "do not confirm or deny" records: only they change the flag.</param>
    public void ApplyTo(Deployment d, ModelStateDictionary modelState, bool mayFlag)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(modelState);
        d.Reference = Reference?.Trim() ?? string.Empty;
        d.SystemId = SystemId ?? Guid.Empty;
        d.Kind = Kind ?? default;
        d.Objective = Objective ?? default;
        d.Purpose = Purpose?.Trim() ?? string.Empty;
        d.IntelligenceCase = Blank(IntelligenceCase);
        d.LegitimateAim = Blank(LegitimateAim);
        d.Necessity = Blank(Necessity);
        d.Proportionality = Blank(Proportionality);
        d.LocationName = LocationName?.Trim() ?? string.Empty;
        d.LocationAddress = Blank(LocationAddress);
        d.Latitude = NumberInput.ReadDecimal(Latitude, modelState, Key(nameof(Latitude)), "latitude", -90, 90);
        d.Longitude = NumberInput.ReadDecimal(Longitude, modelState, Key(nameof(Longitude)), "longitude", -180, 180);
        d.PlannedStart = PlannedStart.ReadInstant(modelState, Key(nameof(PlannedStart)), "the planned start");
        d.PlannedEnd = PlannedEnd.ReadInstant(modelState, Key(nameof(PlannedEnd)), "the planned end");
        d.ActualStart = ActualStart.ReadInstant(modelState, Key(nameof(ActualStart)), "the actual start");
        d.ActualEnd = ActualEnd.ReadInstant(modelState, Key(nameof(ActualEnd)), "the actual end");
        d.WatchlistSize = Int(WatchlistSize, modelState, nameof(WatchlistSize), "the watchlist size");
        d.WatchlistCriteria = Blank(WatchlistCriteria);
        d.WatchlistBuiltAt = WatchlistBuiltAt.ReadInstant(modelState, Key(nameof(WatchlistBuiltAt)), "when the watchlist was built");
        d.WatchlistReviewedById = WatchlistReviewedById;
        d.WatchlistReviewedAt = WatchlistReviewedAt.ReadInstant(modelState, Key(nameof(WatchlistReviewedAt)), "when the watchlist was reviewed");
        d.WatchlistDestroyedById = WatchlistDestroyedById;
        d.WatchlistDestroyedAt = WatchlistDestroyedAt.ReadInstant(modelState, Key(nameof(WatchlistDestroyedAt)), "when the watchlist was destroyed");
        d.ThresholdUsed = NumberInput.ReadDecimal(ThresholdUsed, modelState, Key(nameof(ThresholdUsed)), "the threshold used", 0, 1);
        d.CameraCount = Int(CameraCount, modelState, nameof(CameraCount), "the number of cameras");
        d.PublicNoticeGiven = PublicNoticeGiven switch { "yes" => true, "no" => false, _ => null };
        // Methods and a date belong to notice given, a reason to notice not given: the other answer's values go.
        d.PublicNoticeMethods = d.PublicNoticeGiven == true
            ? PublicNoticeMethods.Aggregate(Core.Deployments.PublicNoticeMethods.None, (all, m) => all | m)
            : Core.Deployments.PublicNoticeMethods.None;
        var noticeAt = PublicNoticeAt.ReadInstant(modelState, Key(nameof(PublicNoticeAt)), "when the public was told");
        d.PublicNoticeAt = d.PublicNoticeGiven == true ? noticeAt : null;
        d.PublicNoticeNotGivenReason = d.PublicNoticeGiven == false ? Blank(PublicNoticeNotGivenReason) : null;
        d.FacesSeen = NumberInput.ReadCount(FacesSeen, modelState, Key(nameof(FacesSeen)), "faces seen", max: long.MaxValue);
        d.TotalAlerts = Int(TotalAlerts, modelState, nameof(TotalAlerts), "total alerts");
        d.TrueAlertsConfirmed = Int(TrueAlertsConfirmed, modelState, nameof(TrueAlertsConfirmed), "confirmed true alerts");
        d.TrueAlertsUnconfirmed = Int(TrueAlertsUnconfirmed, modelState, nameof(TrueAlertsUnconfirmed), "unconfirmed true alerts");
        d.FalseAlertsConfirmed = Int(FalseAlertsConfirmed, modelState, nameof(FalseAlertsConfirmed), "confirmed false alerts");
        d.FalseAlertsUnconfirmed = Int(FalseAlertsUnconfirmed, modelState, nameof(FalseAlertsUnconfirmed), "unconfirmed false alerts");
        d.Engagements = Int(Engagements, modelState, nameof(Engagements), "engagements");
        d.Arrests = Int(Arrests, modelState, nameof(Arrests), "arrests");
        d.OtherAction = Int(OtherAction, modelState, nameof(OtherAction), "other action");
        d.NoAction = Int(NoAction, modelState, nameof(NoAction), "no action");
        d.ReviewedOn = ReviewedOn.ReadDay(modelState, Key(nameof(ReviewedOn)), "the date of the post-deployment review");
        d.ReviewerId = ReviewerId;
        d.ReviewFindings = Blank(ReviewFindings);
        d.ReviewActions = Blank(ReviewActions);
        d.Notes = Blank(Notes);
        RecordHandling.Apply(d, Marking ?? RecordMarking.Official, DoNotConfirmOrDeny, mayFlag);
    }

    /// <summary>Checks what needs the register: the system and people chosen exist and may be seen, and the
    /// reference is not used by another deployment of the force.</summary>
    public async Task CheckReferencesAsync(GovernanceDbContext db, Deployment d, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(modelState);
        if (SystemId is { } systemId && !await db.Systems.AnyAsync(s => s.Id == systemId, cancellationToken))
        {
            modelState.AddModelError(Key(nameof(SystemId)), "Select a system from the list");
        }
        foreach (var (field, person) in new[]
        {
            (nameof(WatchlistReviewedById), WatchlistReviewedById), (nameof(WatchlistDestroyedById), WatchlistDestroyedById), (nameof(ReviewerId), ReviewerId),
        })
        {
            if (person is { } personId && !await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
            {
                modelState.AddModelError(Key(field), "Select a person from the list");
            }
        }
        if (!string.IsNullOrWhiteSpace(d.Reference))
        {
            var forceId = d.ForceId != Guid.Empty
                ? d.ForceId
                : await db.Forces.Where(f => f.IsDefault).Select(f => f.Id).FirstOrDefaultAsync(cancellationToken);
            // Every deployment of the force counts, flagged ones too: the database holds the reference unique.
            if (await db.Deployments.IgnoreQueryFilters().AnyAsync(x => x.ForceId == forceId && x.Reference == d.Reference && x.Id != d.Id, cancellationToken))
            {
                modelState.AddModelError(Key(nameof(Reference)), "Another deployment already has this reference: enter a different one");
            }
        }
    }

    /// <summary>Adds each breach of the domain rules beside its field.</summary>
    public static void AddBreaches(IEnumerable<RuleBreach> breaches, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(breaches);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var breach in breaches)
        {
            modelState.AddModelError(breach.Field.Length == 0 ? string.Empty : Key(breach.Field), breach.Message);
        }
    }

    /// <summary>The value the user entered for a field, as history writes it, for conflict messages (null for the
    /// fields whose conflicts are listed at the top of the form).</summary>
    public string? Entered(string field) => field switch
    {
        nameof(Reference) => Reference?.Trim(),
        nameof(Purpose) => Purpose?.Trim(),
        nameof(LocationName) => LocationName?.Trim(),
        nameof(LocationAddress) => Blank(LocationAddress) ?? "Not set",
        nameof(IntelligenceCase) => Blank(IntelligenceCase) ?? "Not set",
        nameof(WatchlistCriteria) => Blank(WatchlistCriteria) ?? "Not set",
        nameof(LegitimateAim) => Blank(LegitimateAim) ?? "Not set",
        nameof(Necessity) => Blank(Necessity) ?? "Not set",
        nameof(Proportionality) => Blank(Proportionality) ?? "Not set",
        nameof(ReviewFindings) => Blank(ReviewFindings) ?? "Not set",
        nameof(ReviewActions) => Blank(ReviewActions) ?? "Not set",
        nameof(Notes) => Blank(Notes) ?? "Not set",
        nameof(Kind) => Kind is { } kind ? DeploymentFields.KindName(kind) : null,
        nameof(Objective) => Objective is { } objective ? DeploymentFields.ObjectiveName(objective) : null,
        nameof(Marking) => Marking is { } marking ? RecordMarkings.DisplayName(marking) : null,
        nameof(WatchlistSize) or nameof(CameraCount) or nameof(FacesSeen) or nameof(TotalAlerts) or nameof(TrueAlertsConfirmed)
            or nameof(TrueAlertsUnconfirmed) or nameof(FalseAlertsConfirmed) or nameof(FalseAlertsUnconfirmed) or nameof(Engagements)
            or nameof(Arrests) or nameof(OtherAction) or nameof(NoAction) => Blank(typeof(DeploymentForm).GetProperty(field)!.GetValue(this) as string) ?? "Not set",
        _ => null,
    };

    public static string Key(string field) => "Input." + field;

    private static int? Int(string? text, ModelStateDictionary modelState, string field, string what) =>
        (int?)NumberInput.ReadCount(text, modelState, Key(field), what);

    private static string? Count(long? value) => value is { } v ? NumberInput.FormatCount(v) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
