using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>The fields the create and edit forms post: the assessment itself, its content, the DPO's advice, the ICO
/// consultation, the sign-offs, partner authorship and scrutiny. People are chosen from the People register by id.</summary>
public class AssessmentForm
{
    [Required(ErrorMessage = "Enter the assessment's reference")]
    [StringLength(Assessment.ReferenceLength, ErrorMessage = "Reference must be 50 characters or fewer")]
    public string? Reference { get; set; }

    [Required(ErrorMessage = "Enter the assessment's title")]
    [StringLength(Assessment.ShortTextLength, ErrorMessage = "Title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Select the kind of assessment")]
    public AssessmentKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the document version, for example 1.0")]
    [StringLength(20, ErrorMessage = "Document version must be 20 characters or fewer")]
    public string? DocumentVersion { get; set; } = "1.0";

    [Required(ErrorMessage = "Select the assessment's status")]
    public AssessmentStatus? Status { get; set; } = AssessmentStatus.Draft;

    [StringLength(Assessment.LongTextLength, ErrorMessage = "The description of the processing must be 8,000 characters or fewer")]
    public string? ProcessingDescription { get; set; }

    [StringLength(Assessment.LongTextLength, ErrorMessage = "Necessity and proportionality must be 8,000 characters or fewer")]
    public string? NecessityAndProportionality { get; set; }

    [StringLength(Assessment.LongTextLength, ErrorMessage = "Consultation must be 8,000 characters or fewer")]
    public string? Consultation { get; set; }

    public DateInput DpoAdviceGivenOn { get; set; } = new();

    public Guid? DpoId { get; set; }

    [StringLength(Assessment.LongTextLength, ErrorMessage = "The summary of the DPO's advice must be 8,000 characters or fewer")]
    public string? DpoAdviceSummary { get; set; }

    public DpoAdviceOutcome? DpoAdviceOutcome { get; set; }

    public Guid? DpoAdviceDecidedById { get; set; }

    [StringLength(Assessment.MediumTextLength, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string? DpoAdviceOverruledReason { get; set; }

    public bool? IcoConsultationNeeded { get; set; }

    public DateInput IcoConsultationSentOn { get; set; } = new();

    [StringLength(Assessment.LongTextLength, ErrorMessage = "The ICO's advice must be 8,000 characters or fewer")]
    public string? IcoAdvice { get; set; }

    public Guid? MeasuresApprovedById { get; set; }

    public Guid? ResidualRisksApprovedById { get; set; }

    public Guid? ConsultationReviewedById { get; set; }

    public DateInput ApprovedOn { get; set; } = new();

    public Guid? KeptUnderReviewById { get; set; }

    public DateInput NextReviewOn { get; set; } = new();

    public bool AuthoredByPartner { get; set; }

    public Guid? PartnerOrganisationId { get; set; }

    public DateInput ScrutinisedOn { get; set; } = new();

    public Guid? ScrutinisedById { get; set; }

    [StringLength(Assessment.MediumTextLength, ErrorMessage = "The outcome of the scrutiny must be 2,000 characters or fewer")]
    public string? ScrutinyOutcome { get; set; }

    [StringLength(Assessment.LongTextLength, ErrorMessage = "Notes must be 8,000 characters or fewer")]
    public string? Notes { get; set; }

    [Required(ErrorMessage = "Select a handling marking")]
    public RecordMarking? Marking { get; set; } = RecordMarking.Official;

    /// <summary>Only read from users cleared for such records; anyone else's save keeps the flag as it was.</summary>
    public bool DoNotConfirmOrDeny { get; set; }

    /// <summary>The people fields, by property name, for checking each names someone in the register.</summary>
    public IEnumerable<(string Field, Guid Id)> PeopleChosen()
    {
        (string, Guid?)[] all =
        [
            (nameof(DpoId), DpoId), (nameof(DpoAdviceDecidedById), DpoAdviceDecidedById),
            (nameof(MeasuresApprovedById), MeasuresApprovedById), (nameof(ResidualRisksApprovedById), ResidualRisksApprovedById),
            (nameof(ConsultationReviewedById), ConsultationReviewedById), (nameof(KeptUnderReviewById), KeptUnderReviewById),
            (nameof(ScrutinisedById), ScrutinisedById),
        ];
        return all.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!.Value));
    }

    /// <summary>Reads the dates, adding any problem beside its field, and copies the form onto the assessment.
    /// Returns false (changing nothing) when a date cannot be read.</summary>
    /// <param name="cleared">Whether the user may set the "do not confirm or deny" flag.</param>
    public bool TryApplyTo(Assessment assessment, ModelStateDictionary modelState, bool cleared)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(modelState);
        var before = modelState.ErrorCount;
        var dpoAdvice = DpoAdviceGivenOn.ReadDay(modelState, "Input.DpoAdviceGivenOn", "the date the DPO gave their advice");
        var icoSent = IcoConsultationSentOn.ReadDay(modelState, "Input.IcoConsultationSentOn", "the date the consultation was sent to the ICO");
        var approved = ApprovedOn.ReadDay(modelState, "Input.ApprovedOn", "the date the assessment was approved");
        var review = NextReviewOn.ReadDay(modelState, "Input.NextReviewOn", "the date of the next review");
        var scrutinised = ScrutinisedOn.ReadDay(modelState, "Input.ScrutinisedOn", "the date the force scrutinised the assessment");
        if (modelState.ErrorCount > before || !modelState.IsValid)
        {
            return false;
        }
        var a = assessment;
        a.Reference = Reference!.Trim();
        a.Title = Title!.Trim();
        a.Kind = Kind!.Value;
        a.DocumentVersion = DocumentVersion!.Trim();
        a.Status = Status!.Value;
        a.ProcessingDescription = Blank(ProcessingDescription);
        a.NecessityAndProportionality = Blank(NecessityAndProportionality);
        a.Consultation = Blank(Consultation);
        a.DpoAdviceGivenOn = dpoAdvice;
        a.DpoId = DpoId;
        a.DpoAdviceSummary = Blank(DpoAdviceSummary);
        a.DpoAdviceOutcome = DpoAdviceOutcome;
        a.DpoAdviceDecidedById = DpoAdviceDecidedById;
        a.DpoAdviceOverruledReason = Blank(DpoAdviceOverruledReason);
        a.IcoConsultationNeeded = IcoConsultationNeeded;
        a.IcoConsultationSentOn = icoSent;
        a.IcoAdvice = Blank(IcoAdvice);
        a.MeasuresApprovedById = MeasuresApprovedById;
        a.ResidualRisksApprovedById = ResidualRisksApprovedById;
        a.ConsultationReviewedById = ConsultationReviewedById;
        a.ApprovedOn = approved;
        a.KeptUnderReviewById = KeptUnderReviewById;
        a.NextReviewOn = review;
        a.AuthoredByPartner = AuthoredByPartner;
        // A partner and its scrutiny only mean something for an assessment a partner wrote.
        a.PartnerOrganisationId = AuthoredByPartner ? PartnerOrganisationId : null;
        a.ScrutinisedOn = AuthoredByPartner ? scrutinised : null;
        a.ScrutinisedById = AuthoredByPartner ? ScrutinisedById : null;
        a.ScrutinyOutcome = AuthoredByPartner ? Blank(ScrutinyOutcome) : null;
        a.Notes = Blank(Notes);
        RecordHandling.Apply(a, Marking!.Value, DoNotConfirmOrDeny, cleared);
        return true;
    }

    /// <summary>The form filled from an assessment.</summary>
    public static T From<T>(Assessment a) where T : AssessmentForm, new()
    {
        ArgumentNullException.ThrowIfNull(a);
        return new T
        {
            Reference = a.Reference, Title = a.Title, Kind = a.Kind, DocumentVersion = a.DocumentVersion, Status = a.Status,
            ProcessingDescription = a.ProcessingDescription, NecessityAndProportionality = a.NecessityAndProportionality,
            Consultation = a.Consultation, DpoAdviceGivenOn = DateInput.From(a.DpoAdviceGivenOn), DpoId = a.DpoId,
            DpoAdviceSummary = a.DpoAdviceSummary, DpoAdviceOutcome = a.DpoAdviceOutcome, DpoAdviceDecidedById = a.DpoAdviceDecidedById,
            DpoAdviceOverruledReason = a.DpoAdviceOverruledReason, IcoConsultationNeeded = a.IcoConsultationNeeded,
            IcoConsultationSentOn = DateInput.From(a.IcoConsultationSentOn), IcoAdvice = a.IcoAdvice,
            MeasuresApprovedById = a.MeasuresApprovedById, ResidualRisksApprovedById = a.ResidualRisksApprovedById,
            ConsultationReviewedById = a.ConsultationReviewedById, ApprovedOn = DateInput.From(a.ApprovedOn),
            KeptUnderReviewById = a.KeptUnderReviewById, NextReviewOn = DateInput.From(a.NextReviewOn),
            AuthoredByPartner = a.AuthoredByPartner, PartnerOrganisationId = a.PartnerOrganisationId,
            ScrutinisedOn = DateInput.From(a.ScrutinisedOn), ScrutinisedById = a.ScrutinisedById, ScrutinyOutcome = a.ScrutinyOutcome,
            Notes = a.Notes, Marking = a.Marking, DoNotConfirmOrDeny = a.DoNotConfirmOrDeny,
        };
    }

    /// <summary>The value the user entered for a field, written as history writes it, for conflict messages; null
    /// for fields whose conflicts are listed at the top of the form.</summary>
    public string? Entered(string field) => field switch
    {
        nameof(Assessment.Reference) => Reference?.Trim(),
        nameof(Assessment.Title) => Title?.Trim(),
        nameof(Assessment.Kind) => Kind is { } kind ? AssessmentFields.KindName(kind) : null,
        nameof(Assessment.DocumentVersion) => DocumentVersion?.Trim(),
        nameof(Assessment.Status) => Status is { } status ? AssessmentFields.StatusName(status) : null,
        nameof(Assessment.ProcessingDescription) => Blank(ProcessingDescription) ?? "Not set",
        nameof(Assessment.NecessityAndProportionality) => Blank(NecessityAndProportionality) ?? "Not set",
        nameof(Assessment.Consultation) => Blank(Consultation) ?? "Not set",
        nameof(Assessment.DpoAdviceSummary) => Blank(DpoAdviceSummary) ?? "Not set",
        nameof(Assessment.IcoAdvice) => Blank(IcoAdvice) ?? "Not set",
        nameof(Assessment.Notes) => Blank(Notes) ?? "Not set",
        nameof(Assessment.Marking) => Marking is { } marking ? RecordMarkings.DisplayName(marking) : null,
        _ => null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
