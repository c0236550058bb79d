using System.Globalization;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>An assessment's fields as people see them: labels for the history and conflict messages, and the names
/// of its kinds, statuses and DPO advice outcomes.</summary>
public sealed class AssessmentFields : RecordFields
{
    public const string RecordType = nameof(Assessment);

    public static readonly AssessmentFields Instance = new();

    /// <summary>How the shared record pages (retire, reinstate, purpose, conflicts, the list) name an assessment.</summary>
    public static readonly RecordKind<Assessment> Kind =
        new("assessment", "assessments", "/assessments", a => a.Reference + " version " + a.DocumentVersion + ": " + a.Title, Instance)
        {
            Keeps = "risks, measures, what it covers and history",
        };

    public static readonly IReadOnlyList<AssessmentKind> Kinds = Enum.GetValues<AssessmentKind>();

    public static readonly IReadOnlyList<AssessmentStatus> Statuses = Enum.GetValues<AssessmentStatus>();

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(Assessment.Reference), "Reference"),
        new(nameof(Assessment.Title), "Title"),
        new(nameof(Assessment.Kind), "Kind of assessment"),
        new(nameof(Assessment.DocumentVersion), "Document version"),
        new(nameof(Assessment.Status), "Status"),
        new(nameof(Assessment.SupersedesId), "Supersedes"),
        new(nameof(Assessment.ProcessingDescription), "Description of the processing"),
        new(nameof(Assessment.NecessityAndProportionality), "Necessity and proportionality"),
        new(nameof(Assessment.Consultation), "Consultation"),
        new(nameof(Assessment.DpoAdviceGivenOn), "DPO advice given on"),
        new(nameof(Assessment.DpoId), "Data Protection Officer"),
        new(nameof(Assessment.DpoAdviceSummary), "Summary of the DPO's advice"),
        new(nameof(Assessment.DpoAdviceOutcome), "DPO advice accepted or overruled"),
        new(nameof(Assessment.DpoAdviceDecidedById), "DPO advice accepted or overruled by"),
        new(nameof(Assessment.DpoAdviceOverruledReason), "Why the DPO's advice was overruled"),
        new(nameof(Assessment.IcoConsultationNeeded), "Prior consultation with the ICO needed"),
        new(nameof(Assessment.IcoConsultationSentOn), "Prior consultation sent to the ICO on"),
        new(nameof(Assessment.IcoAdvice), "The ICO's advice"),
        new(nameof(Assessment.MeasuresApprovedById), "Measures approved by"),
        new(nameof(Assessment.ResidualRisksApprovedById), "Residual risks approved by"),
        new(nameof(Assessment.ConsultationReviewedById), "Consultation responses reviewed by"),
        new(nameof(Assessment.ApprovedOn), "Approved on"),
        new(nameof(Assessment.KeptUnderReviewById), "Kept under review by"),
        new(nameof(Assessment.NextReviewOn), "Next review"),
        new(nameof(Assessment.AuthoredByPartner), "Written by a partner"),
        new(nameof(Assessment.PartnerOrganisationId), "Partner organisation"),
        new(nameof(Assessment.ScrutinisedOn), "Scrutinised by the force on"),
        new(nameof(Assessment.ScrutinisedById), "Scrutinised by"),
        new(nameof(Assessment.ScrutinyOutcome), "Outcome of the force's scrutiny"),
        new(nameof(Assessment.Notes), "Notes"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string KindName(AssessmentKind kind) => kind switch
    {
        AssessmentKind.Dpia => "Data protection impact assessment (DPIA)",
        AssessmentKind.EqualityImpact => "Equality impact assessment",
        AssessmentKind.CommunityImpact => "Community impact assessment",
        AssessmentKind.AppropriatePolicyDocument => "Appropriate policy document",
        AssessmentKind.SurveillanceCameraCode => "Surveillance Camera Code self-assessment",
        AssessmentKind.FundamentalRightsImpact => "Fundamental rights impact assessment",
        _ => kind.ToString(),
    };

    public static string StatusName(AssessmentStatus status) => status switch
    {
        AssessmentStatus.InReview => "In review",
        AssessmentStatus.DpoAdvised => "DPO advised",
        _ => status.ToString(),
    };

    public static string StatusTagClass(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Approved => "govuk-tag--green",
        AssessmentStatus.Draft => "govuk-tag--grey",
        AssessmentStatus.InReview or AssessmentStatus.DpoAdvised => "govuk-tag--blue",
        AssessmentStatus.Rejected or AssessmentStatus.Withdrawn => "govuk-tag--red",
        _ => "govuk-tag--yellow",
    };

    public static string OutcomeName(DpoAdviceOutcome? outcome) => outcome switch
    {
        DpoAdviceOutcome.Accepted => "Accepted",
        DpoAdviceOutcome.Overruled => "Overruled",
        _ => "Not recorded",
    };

    /// <summary>A day as GOV.UK style writes it: "1 April 2025".</summary>
    public static string Format(DateOnly? day) => day is { } d ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "Not recorded";

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        _ => "Not recorded",
    };

    public override string Display(string field, string? stored) => field switch
    {
        nameof(Assessment.Kind) when Enum.TryParse<AssessmentKind>(stored, out var kind) => KindName(kind),
        nameof(Assessment.Status) when Enum.TryParse<AssessmentStatus>(stored, out var status) => StatusName(status),
        _ => base.Display(field, stored),
    };
}
