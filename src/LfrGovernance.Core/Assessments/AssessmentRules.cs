using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Assessments;

/// <summary>The consistency rules of an assessment, its risks and its measures (domain section 5). Each breach names
/// the field to show it beside.</summary>
public static class AssessmentRules
{
    /// <summary>Checks an assessment's DPO advice, sign-off, ICO consultation, partner authorship and scrutiny, and,
    /// when it revises an earlier version, that the earlier one is of the same assessment.</summary>
    /// <param name="supersedes">The earlier version named by <see cref="Assessment.SupersedesId"/>, if any.</param>
    public static IReadOnlyList<RuleBreach> Check(Assessment assessment, Assessment? supersedes = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var a = assessment;
        var breaches = new List<RuleBreach>();

        if (a.DpoAdviceOutcome is not null && a.DpoAdviceGivenOn is null)
        {
            breaches.Add(new(nameof(Assessment.DpoAdviceGivenOn), "Enter the date the DPO gave their advice before recording what became of it"));
        }
        if (a.DpoAdviceOutcome == DpoAdviceOutcome.Overruled)
        {
            if (a.DpoAdviceDecidedById is null)
            {
                breaches.Add(new(nameof(Assessment.DpoAdviceDecidedById), "Select who overruled the DPO's advice"));
            }
            if (string.IsNullOrWhiteSpace(a.DpoAdviceOverruledReason))
            {
                breaches.Add(new(nameof(Assessment.DpoAdviceOverruledReason), "Enter why the DPO's advice was overruled"));
            }
        }
        if (a.Status == AssessmentStatus.DpoAdvised && a.DpoAdviceGivenOn is null)
        {
            breaches.Add(new(nameof(Assessment.DpoAdviceGivenOn), "Enter the date the DPO gave their advice, or choose another status"));
        }
        if (a.Status == AssessmentStatus.Approved)
        {
            if (a.ApprovedOn is null)
            {
                breaches.Add(new(nameof(Assessment.ApprovedOn), "Enter the date the assessment was approved"));
            }
            if (a.Kind == AssessmentKind.Dpia && a.DpoAdviceGivenOn is null)
            {
                breaches.Add(new(nameof(Assessment.DpoAdviceGivenOn), "A DPIA cannot be approved before the DPO has given their advice: enter the date it was given"));
            }
        }
        if (a.ApprovedOn is { } approved && a.NextReviewOn is { } review && review <= approved)
        {
            breaches.Add(new(nameof(Assessment.NextReviewOn), "The next review must be after the date the assessment was approved"));
        }
        if (a.IcoConsultationSentOn is not null && a.IcoConsultationNeeded != true)
        {
            breaches.Add(new(nameof(Assessment.IcoConsultationNeeded), "Prior consultation with the ICO was sent, so answer yes to whether it was needed"));
        }
        if (!string.IsNullOrWhiteSpace(a.IcoAdvice) && a.IcoConsultationSentOn is null)
        {
            breaches.Add(new(nameof(Assessment.IcoConsultationSentOn), "Enter the date the consultation was sent to the ICO before recording its advice"));
        }
        if (a.AuthoredByPartner && a.PartnerOrganisationId is null)
        {
            breaches.Add(new(nameof(Assessment.PartnerOrganisationId), "Select the partner organisation that wrote the assessment"));
        }
        if (!string.IsNullOrWhiteSpace(a.ScrutinyOutcome))
        {
            if (a.ScrutinisedOn is null)
            {
                breaches.Add(new(nameof(Assessment.ScrutinisedOn), "Enter the date the force scrutinised the assessment"));
            }
            if (a.ScrutinisedById is null)
            {
                breaches.Add(new(nameof(Assessment.ScrutinisedById), "Select who scrutinised the assessment"));
            }
        }
        if (supersedes is not null)
        {
            CheckSupersedes(breaches, a, supersedes);
        }
        return breaches;
    }

    private static void CheckSupersedes(List<RuleBreach> breaches, Assessment a, Assessment earlier)
    {
        if (earlier.Id == a.Id)
        {
            breaches.Add(new(nameof(Assessment.SupersedesId), "An assessment cannot revise itself"));
            return;
        }
        if (earlier.Kind != a.Kind)
        {
            breaches.Add(new(nameof(Assessment.Kind), "A new version must be the same kind of assessment as the version it revises"));
        }
        if (!string.Equals(earlier.Reference, a.Reference, StringComparison.OrdinalIgnoreCase))
        {
            breaches.Add(new(nameof(Assessment.Reference), $"A new version must keep the reference of the version it revises ({earlier.Reference})"));
        }
        if (string.Equals(earlier.DocumentVersion, a.DocumentVersion, StringComparison.OrdinalIgnoreCase))
        {
            breaches.Add(new(nameof(Assessment.DocumentVersion), $"Give the new version a different version number from the one it revises ({earlier.DocumentVersion})"));
        }
    }

    /// <summary>A risk's likelihood, severity and overall level must each be on the configured scale.</summary>
    public static IReadOnlyList<RuleBreach> CheckRisk(AssessmentRisk risk, AssessmentScales scales)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(scales);
        var breaches = new List<RuleBreach>();
        OnScale(breaches, risk.Likelihood, scales.Likelihood, nameof(AssessmentRisk.Likelihood), "likelihood");
        OnScale(breaches, risk.Severity, scales.Severity, nameof(AssessmentRisk.Severity), "severity");
        OnScale(breaches, risk.Overall, scales.Overall, nameof(AssessmentRisk.Overall), "overall risk");
        return breaches;
    }

    /// <summary>A measure's effect and residual risk must be on the configured scales; the risk it answers, if any,
    /// must be one of the same assessment's current risks.</summary>
    /// <param name="risk">The risk named by <see cref="AssessmentMeasure.RiskId"/>, or null if none was found.</param>
    public static IReadOnlyList<RuleBreach> CheckMeasure(AssessmentMeasure measure, AssessmentRisk? risk, AssessmentScales scales)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(scales);
        var breaches = new List<RuleBreach>();
        OnScale(breaches, measure.Effect, scales.Effect, nameof(AssessmentMeasure.Effect), "effect");
        OnScale(breaches, measure.ResidualRisk, scales.Overall, nameof(AssessmentMeasure.ResidualRisk), "residual risk");
        if (measure.RiskId is not null && (risk is null || risk.AssessmentId != measure.AssessmentId || risk.IsRetired))
        {
            breaches.Add(new(nameof(AssessmentMeasure.RiskId), "Select one of this assessment's current risks, or none"));
        }
        return breaches;
    }

    private static void OnScale(List<RuleBreach> breaches, string value, IReadOnlyList<string> scale, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            breaches.Add(new(field, $"Select the {what}"));
        }
        else if (!scale.Contains(value, StringComparer.Ordinal))
        {
            breaches.Add(new(field, $"Select the {what} from the scale: {string.Join(", ", scale)}"));
        }
    }
}
