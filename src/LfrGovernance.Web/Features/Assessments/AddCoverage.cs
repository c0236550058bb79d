using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>Recording that an assessment covers a system, a deployment or a collaboration, chosen from the current
/// records of that kind. A record already covered is not linked twice.</summary>
public static class AddCoverage
{
    public sealed class Input
    {
        public AssessedRecordType? Type { get; set; }

        public Guid? SubjectId { get; set; }
    }

    /// <param name="Type">The kind of record being chosen, once the user has said; null while they choose it.</param>
    /// <param name="Records">The current records of that kind not yet covered.</param>
    public sealed record Page(Guid AssessmentId, string AssessmentName, AssessedRecordType? Type, IReadOnlyList<Choice> Records, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid assessmentId, AssessedRecordType? type, CancellationToken cancellationToken)
        {
            var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
            return assessment is null ? null : await PageAsync(assessment, type, new Input { Type = type }, cancellationToken);
        }

        /// <summary>Saves the link and returns null, or returns the page to show again with the problem; throws
        /// <see cref="KeyNotFoundException"/> for an unknown assessment.</summary>
        public async Task<Page?> HandleAsync(Guid assessmentId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
                ?? throw new KeyNotFoundException();
            if (input.Type is not { } type)
            {
                modelState.AddModelError("Input.Type", "Select the kind of record the assessment covers");
                return await PageAsync(assessment, null, input, cancellationToken);
            }
            if (input.SubjectId is not { } subjectId || !await AssessmentSubjects.IsCurrentAsync(db, type, subjectId, cancellationToken))
            {
                modelState.AddModelError("Input.SubjectId", $"Select a current {AssessmentSubjects.TypeName(type).ToLowerInvariant()} from the list");
                return await PageAsync(assessment, type, input, cancellationToken);
            }
            if (await db.AssessmentCoverage.AnyAsync(c => c.AssessmentId == assessmentId && c.SubjectType == type && c.SubjectId == subjectId
                    && c.RetiredAt == null, cancellationToken))
            {
                modelState.AddModelError("Input.SubjectId", $"The assessment already covers this {AssessmentSubjects.TypeName(type).ToLowerInvariant()}");
                return await PageAsync(assessment, type, input, cancellationToken);
            }
            db.AssessmentCoverage.Add(new AssessmentCoverage
            {
                AssessmentId = assessmentId, ForceId = assessment.ForceId, SubjectType = type, SubjectId = subjectId,
            });
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        private async Task<Page> PageAsync(Assessment assessment, AssessedRecordType? type, Input input, CancellationToken cancellationToken)
        {
            IReadOnlyList<Choice> records = [];
            if (type is { } chosen)
            {
                var covered = await db.AssessmentCoverage.AsNoTracking()
                    .Where(c => c.AssessmentId == assessment.Id && c.SubjectType == chosen && c.RetiredAt == null)
                    .Select(c => c.SubjectId).ToListAsync(cancellationToken);
                records = (await AssessmentSubjects.CurrentAsync(db, chosen, cancellationToken)).Where(r => !covered.Contains(r.Id)).ToList();
            }
            return new Page(assessment.Id, EditAssessment.NameOf(assessment), type, records, input);
        }
    }
}
