using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>Adding a risk to an assessment, or changing one: its description, and its likelihood, severity and
/// overall level, each chosen from the configured scales (a value not on its scale is refused).</summary>
public static class ChangeRisk
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Describe the risk")]
        [StringLength(Assessment.MediumTextLength, ErrorMessage = "The description must be 2,000 characters or fewer")]
        public string? Description { get; set; }

        public string? Likelihood { get; set; }

        public string? Severity { get; set; }

        public string? Overall { get; set; }

        /// <summary>The version of the risk the form was based on (changes only).</summary>
        public int Version { get; set; }
    }

    /// <param name="RiskId">The risk changed, or null for a new one.</param>
    public sealed record Page(Guid AssessmentId, string AssessmentName, Guid? RiskId, Input Input, AssessmentScales Scales);

    public sealed class Handler(GovernanceDbContext db, AssessmentScales scales)
    {
        public async Task<Page?> LoadAsync(Guid assessmentId, Guid? riskId, CancellationToken cancellationToken)
        {
            var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
            if (assessment is null)
            {
                return null;
            }
            if (riskId is null)
            {
                return new Page(assessmentId, EditAssessment.NameOf(assessment), null, new Input(), scales);
            }
            var risk = await db.AssessmentRisks.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Id == riskId && r.AssessmentId == assessmentId && r.RetiredAt == null, cancellationToken);
            return risk is null ? null : new Page(assessmentId, EditAssessment.NameOf(assessment), risk.Id, new Input
            {
                Description = risk.Description, Likelihood = risk.Likelihood, Severity = risk.Severity, Overall = risk.Overall, Version = risk.Version,
            }, scales);
        }

        /// <summary>Saves the risk and returns null, or returns the page to show again with the problems beside their
        /// fields; throws <see cref="KeyNotFoundException"/> for an unknown assessment or risk.</summary>
        public async Task<Page?> HandleAsync(Guid assessmentId, Guid? riskId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
                ?? throw new KeyNotFoundException();
            var risk = riskId is null
                ? new AssessmentRisk { AssessmentId = assessmentId, ForceId = assessment.ForceId }
                : await db.AssessmentRisks.SingleOrDefaultAsync(r => r.Id == riskId && r.AssessmentId == assessmentId && r.RetiredAt == null, cancellationToken)
                    ?? throw new KeyNotFoundException();
            var page = new Page(assessmentId, EditAssessment.NameOf(assessment), riskId, input, scales);
            if (!modelState.IsValid)
            {
                return page;
            }
            risk.Description = input.Description!.Trim();
            risk.Likelihood = input.Likelihood?.Trim() ?? string.Empty;
            risk.Severity = input.Severity?.Trim() ?? string.Empty;
            risk.Overall = input.Overall?.Trim() ?? string.Empty;
            foreach (var breach in AssessmentRules.CheckRisk(risk, scales))
            {
                modelState.AddModelError($"Input.{breach.Field}", breach.Message);
            }
            if (!modelState.IsValid)
            {
                return page;
            }
            if (riskId is null)
            {
                db.AssessmentRisks.Add(risk);
            }
            else
            {
                db.Entry(risk).Property(r => r.Version).OriginalValue = input.Version;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed this risk after you opened this page. Check it, then make your change again");
                return await LoadAsync(assessmentId, riskId, cancellationToken) ?? throw new KeyNotFoundException();
            }
            return null;
        }
    }
}
