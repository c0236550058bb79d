using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>Retiring a part of an assessment (a risk, a measure, or a record it covers), with a reason. Parts are
/// never deleted: the retired part and the reason stay in its history.</summary>
public static class RetirePart
{
    /// <summary>The parts, as the address names them.</summary>
    public const string Risks = "risks";
    public const string Measures = "measures";
    public const string Coverage = "coverage";

    public sealed class Input
    {
        [Required(ErrorMessage = "Enter why you are removing it")]
        [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    /// <param name="What">What is retired, in words: "the risk \u201cBias\u201d".</param>
    public sealed record Page(Guid AssessmentId, string AssessmentName, string Part, Guid PartId, string What, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid assessmentId, string part, Guid partId, CancellationToken cancellationToken)
        {
            var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
            if (assessment is null || await FindAsync(assessmentId, part, partId, cancellationToken) is not { } found)
            {
                return null;
            }
            db.ChangeTracker.Clear();
            return new Page(assessmentId, EditAssessment.NameOf(assessment), part, partId, found.What, new Input { Version = found.Record.Version });
        }

        /// <summary>Retires the part and returns null, or returns the page to show again; throws
        /// <see cref="KeyNotFoundException"/> for an unknown assessment or part.</summary>
        public async Task<Page?> HandleAsync(Guid assessmentId, string part, Guid partId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
                ?? throw new KeyNotFoundException();
            var found = await FindAsync(assessmentId, part, partId, cancellationToken) ?? throw new KeyNotFoundException();
            var page = new Page(assessmentId, EditAssessment.NameOf(assessment), part, partId, found.What, input);
            if (!modelState.IsValid)
            {
                return page;
            }
            found.Record.Retire(input.Reason!, db.Clock.GetUtcNow().UtcDateTime);
            db.ChangeReason = input.Reason!.Trim();
            db.Entry(found.Record).Property(r => r.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed this after you opened this page. Check it on the assessment's page, then try again");
                var latest = await LoadAsync(assessmentId, part, partId, cancellationToken) ?? throw new KeyNotFoundException();
                input.Version = latest.Input.Version;
                return latest with { Input = input };
            }
            return null;
        }

        private sealed record Found(RegisterRecord Record, string What);

        private async Task<Found?> FindAsync(Guid assessmentId, string part, Guid partId, CancellationToken cancellationToken)
        {
            switch (part)
            {
                case Risks:
                    var risk = await db.AssessmentRisks.SingleOrDefaultAsync(r => r.Id == partId && r.AssessmentId == assessmentId && r.RetiredAt == null, cancellationToken);
                    return risk is null ? null : new Found(risk, $"the risk \u201c{risk.Description}\u201d");
                case Measures:
                    var measure = await db.AssessmentMeasures.SingleOrDefaultAsync(m => m.Id == partId && m.AssessmentId == assessmentId && m.RetiredAt == null, cancellationToken);
                    return measure is null ? null : new Found(measure, $"the measure \u201c{measure.Description}\u201d");
                case Coverage:
                    var cover = await db.AssessmentCoverage.SingleOrDefaultAsync(c => c.Id == partId && c.AssessmentId == assessmentId && c.RetiredAt == null, cancellationToken);
                    if (cover is null)
                    {
                        return null;
                    }
                    var names = await AssessmentSubjects.NamesAsync(db, [(cover.SubjectType, cover.SubjectId)], cancellationToken);
                    return names.TryGetValue(cover.SubjectId, out var name)
                        ? new Found(cover, $"the link to the {AssessmentSubjects.TypeName(cover.SubjectType).ToLowerInvariant()} \u201c{name}\u201d")
                        : null;
                default:
                    return null;
            }
        }
    }
}
