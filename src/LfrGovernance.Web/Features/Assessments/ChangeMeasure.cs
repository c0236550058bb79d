using LfrGovernance.Web.Infrastructure.Forms;
using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>Adding a measure to an assessment, or changing one: what it is, the risk it answers, its effect and the
/// residual risk (from the configured scales), and whether it was approved.</summary>
public static class ChangeMeasure
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Describe the measure")]
        [StringLength(Assessment.MediumTextLength, ErrorMessage = "The description must be 2,000 characters or fewer")]
        public string? Description { get; set; }

        public Guid? RiskId { get; set; }

        public string? Effect { get; set; }

        public string? ResidualRisk { get; set; }

        [Required(ErrorMessage = "Select whether the measure was approved")]
        public bool? Approved { get; set; }

        public int Version { get; set; }
    }

    /// <param name="MeasureId">The measure changed, or null for a new one.</param>
    /// <param name="Risks">The assessment's current risks, for the risk the measure answers.</param>
    public sealed record Page(Guid AssessmentId, string AssessmentName, Guid? MeasureId, Input Input, AssessmentScales Scales, IReadOnlyList<Choice> Risks);

    public sealed class Handler(GovernanceDbContext db, AssessmentScales scales)
    {
        public async Task<Page?> LoadAsync(Guid assessmentId, Guid? measureId, CancellationToken cancellationToken)
        {
            var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
            if (assessment is null)
            {
                return null;
            }
            var input = new Input();
            if (measureId is not null)
            {
                var measure = await db.AssessmentMeasures.AsNoTracking()
                    .SingleOrDefaultAsync(m => m.Id == measureId && m.AssessmentId == assessmentId && m.RetiredAt == null, cancellationToken);
                if (measure is null)
                {
                    return null;
                }
                input = new Input
                {
                    Description = measure.Description, RiskId = measure.RiskId, Effect = measure.Effect, ResidualRisk = measure.ResidualRisk,
                    Approved = measure.Approved, Version = measure.Version,
                };
            }
            return await PageAsync(assessment, measureId, input, cancellationToken);
        }

        /// <summary>Saves the measure and returns null, or returns the page to show again with the problems beside
        /// their fields; throws <see cref="KeyNotFoundException"/> for an unknown assessment or measure.</summary>
        public async Task<Page?> HandleAsync(Guid assessmentId, Guid? measureId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
                ?? throw new KeyNotFoundException();
            var measure = measureId is null
                ? new AssessmentMeasure { AssessmentId = assessmentId, ForceId = assessment.ForceId }
                : await db.AssessmentMeasures.SingleOrDefaultAsync(m => m.Id == measureId && m.AssessmentId == assessmentId && m.RetiredAt == null, cancellationToken)
                    ?? throw new KeyNotFoundException();
            if (!modelState.IsValid)
            {
                return await PageAsync(assessment, measureId, input, cancellationToken);
            }
            measure.Description = input.Description!.Trim();
            measure.RiskId = input.RiskId;
            measure.Effect = input.Effect?.Trim() ?? string.Empty;
            measure.ResidualRisk = input.ResidualRisk?.Trim() ?? string.Empty;
            measure.Approved = input.Approved!.Value;
            var risk = input.RiskId is { } riskId
                ? await db.AssessmentRisks.AsNoTracking().SingleOrDefaultAsync(r => r.Id == riskId, cancellationToken)
                : null;
            foreach (var breach in AssessmentRules.CheckMeasure(measure, risk, scales))
            {
                modelState.AddModelError($"Input.{breach.Field}", breach.Message);
            }
            if (!modelState.IsValid)
            {
                db.ChangeTracker.Clear();
                return await PageAsync(assessment, measureId, input, cancellationToken);
            }
            if (measureId is null)
            {
                db.AssessmentMeasures.Add(measure);
            }
            else
            {
                db.Entry(measure).Property(m => m.Version).OriginalValue = input.Version;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed this measure after you opened this page. Check it, then make your change again");
                return await LoadAsync(assessmentId, measureId, cancellationToken) ?? throw new KeyNotFoundException();
            }
            return null;
        }

        private async Task<Page> PageAsync(Assessment assessment, Guid? measureId, Input input, CancellationToken cancellationToken)
        {
            var risks = await db.AssessmentRisks.AsNoTracking()
                .Where(r => r.AssessmentId == assessment.Id && (r.RetiredAt == null || r.Id == input.RiskId))
                .OrderBy(r => r.Description)
                .Select(r => new Choice(r.Id, r.Description))
                .ToListAsync(cancellationToken);
            return new Page(assessment.Id, EditAssessment.NameOf(assessment), measureId, input, scales, risks);
        }
    }
}
