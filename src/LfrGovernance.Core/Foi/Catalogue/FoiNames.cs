using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>The register's values in the words of an answer (lower case, for use within a sentence).</summary>
public static class FoiNames
{
    public static string Adjective(FacialRecognitionKind kind) => kind switch
    {
        FacialRecognitionKind.Live => "live",
        FacialRecognitionKind.Retrospective => "retrospective",
        FacialRecognitionKind.OperatorInitiated => "operator-initiated",
        _ => kind.ToString(),
    };

    /// <summary>The ways of working together: "advice", "image sharing", "a joint operation"...</summary>
    public static IReadOnlyList<string> Manner(CollaborationManner manner) =>
    [
        .. new (CollaborationManner Flag, string Words)[]
        {
            (CollaborationManner.Advice, "advice"),
            (CollaborationManner.ImageSharing, "image sharing"),
            (CollaborationManner.JointOperation, "a joint operation"),
            (CollaborationManner.TechnologyProvision, "provision of technology"),
            (CollaborationManner.Funding, "funding"),
        }.Where(m => manner.HasFlag(m.Flag)).Select(m => m.Words),
    ];

    public static string Of(CollaborationStatus status) => status switch
    {
        CollaborationStatus.Proposed => "proposed",
        CollaborationStatus.Active => "continuing",
        CollaborationStatus.Ceased => "ceased",
        _ => status.ToString(),
    };

    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Museum => "museum",
        OrganisationKind.Retailer => "retailer",
        OrganisationKind.Landowner => "landowner",
        OrganisationKind.Venue => "venue",
        OrganisationKind.LocalAuthority => "local authority",
        OrganisationKind.OtherForce => "police force",
        OrganisationKind.Vendor => "supplier",
        OrganisationKind.Academic => "academic institution",
        _ => "organisation",
    };

    public static string Of(WatchlistCategoryKind category) => category switch
    {
        WatchlistCategoryKind.WantedByPoliceOrCourts => "wanted by police or courts",
        WatchlistCategoryKind.Suspects => "suspects",
        WatchlistCategoryKind.MissingOrVulnerable => "missing or vulnerable people",
        WatchlistCategoryKind.RiskToSelfOrOthers => "people posing a risk to themselves or others",
        WatchlistCategoryKind.Other => "other",
        _ => category.ToString(),
    };

    public static string Of(AlertAction action) => action switch
    {
        AlertAction.NoAction => "no action",
        AlertAction.Engagement => "engagement",
        AlertAction.Arrest => "arrest",
        AlertAction.OtherAction => "other action",
        _ => action.ToString(),
    };

    public static string Of(AlertAdjudication adjudication, bool confirmed) => adjudication switch
    {
        AlertAdjudication.TrueAlert => confirmed ? "true alert (confirmed)" : "true alert (unconfirmed)",
        AlertAdjudication.FalseAlert => confirmed ? "false alert (confirmed)" : "false alert (unconfirmed)",
        _ => "not adjudicated",
    };

    public static string Of(PolicingObjective objective) => objective switch
    {
        PolicingObjective.CrimeHotspot => "crime hotspot",
        PolicingObjective.WantedOffenders => "wanted offenders",
        PolicingObjective.MissingPersons => "missing persons",
        PolicingObjective.MajorEvent => "major event",
        PolicingObjective.CounterTerrorism => "counter-terrorism",
        _ => "other",
    };

    public static string Of(AssessmentKind kind) => kind switch
    {
        AssessmentKind.Dpia => "data protection impact assessment",
        AssessmentKind.EqualityImpact => "equality impact assessment",
        AssessmentKind.CommunityImpact => "community impact assessment",
        AssessmentKind.AppropriatePolicyDocument => "appropriate policy document",
        AssessmentKind.SurveillanceCameraCode => "Surveillance Camera Code self-assessment",
        AssessmentKind.FundamentalRightsImpact => "fundamental rights impact assessment",
        _ => kind.ToString(),
    };

    public static string Of(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "in draft",
        AssessmentStatus.InReview => "in review",
        AssessmentStatus.DpoAdvised => "advised on by the Data Protection Officer",
        AssessmentStatus.Approved => "approved",
        AssessmentStatus.Rejected => "rejected",
        AssessmentStatus.Superseded => "superseded",
        AssessmentStatus.Withdrawn => "withdrawn",
        _ => status.ToString(),
    };

    public static string Of(PolicyKind kind) => kind switch
    {
        PolicyKind.DeploymentPolicy => "deployment policy",
        PolicyKind.CollaborationPolicy => "collaboration and data sharing policy",
        PolicyKind.RetentionPolicy => "retention policy",
        PolicyKind.StandardOperatingProcedure => "standard operating procedure",
        PolicyKind.AppropriatePolicyDocument => "appropriate policy document",
        PolicyKind.Guidance => "guidance",
        _ => kind.ToString(),
    };

    /// <summary>A category of retained data; "other" categories by the name the register gives them.</summary>
    public static string Of(RetainedDataCategory category, string? other) => category switch
    {
        RetainedDataCategory.NonMatchedBiometric => "biometric data of people not matched",
        RetainedDataCategory.AlertImages => "alert images",
        RetainedDataCategory.Watchlist => "watchlist images",
        RetainedDataCategory.CctvFootage => "CCTV footage",
        RetainedDataCategory.ImagesSharedWithPartners => "images shared with partners",
        _ => string.IsNullOrWhiteSpace(other) ? "other data" : other.Trim(),
    };

    /// <summary>A retention period: "deleted immediately", "24 hours", "1 month".</summary>
    public static string Period(int period, RetentionPeriodUnit unit) => unit switch
    {
        RetentionPeriodUnit.Immediately => "deleted immediately",
        RetentionPeriodUnit.Hours => FoiWording.Count(period, "hour"),
        RetentionPeriodUnit.Days => FoiWording.Count(period, "day"),
        RetentionPeriodUnit.Months => FoiWording.Count(period, "month"),
        RetentionPeriodUnit.Years => FoiWording.Count(period, "year"),
        _ => $"{period} {unit}",
    };

    public static string Of(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Authorised => "authorised",
        DecisionOutcome.Refused => "refused",
        DecisionOutcome.ReturnedForChanges => "returned for changes",
        DecisionOutcome.UrgentlyAuthorised => "authorised under the urgent procedure",
        DecisionOutcome.Ratified => "ratified (an urgent authorisation confirmed)",
        DecisionOutcome.UrgentAuthorisationCancelled => "cancelled (an urgent authorisation)",
        _ => outcome.ToString(),
    };

    public static string Of(SystemStatus status) => status switch
    {
        SystemStatus.Proposed => "proposed",
        SystemStatus.Trial => "on trial",
        SystemStatus.InService => "in service",
        SystemStatus.Decommissioned => "decommissioned",
        _ => status.ToString(),
    };

    public static string Of(DeploymentStatus status) => status switch
    {
        DeploymentStatus.Draft => "being prepared",
        DeploymentStatus.SubmittedForAuthorisation => "awaiting authorisation",
        DeploymentStatus.ReturnedForChanges => "returned for changes",
        DeploymentStatus.Authorised => "authorised",
        _ => status.ToString(),
    };
}
