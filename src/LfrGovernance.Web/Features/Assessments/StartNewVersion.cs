using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>Starting a new version of an assessment: a draft copy with its risks, measures and what it covers,
/// naming the version it supersedes, all saved together. The earlier version stays as it is until the new one is
/// approved (<see cref="EditAssessment"/> then marks it superseded).</summary>
public static class StartNewVersion
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter the new version's number, for example 2.0")]
        [StringLength(20, ErrorMessage = "The version must be 20 characters or fewer")]
        public string? DocumentVersion { get; set; }
    }

    public sealed record Page(Guid Id, string Name, string CurrentVersion, Input Input);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Started(Guid Id) : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } a
                ? new Page(id, EditAssessment.NameOf(a), a.DocumentVersion, new Input())
                : null;

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var current = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (current is null)
            {
                return new NotFound();
            }
            var page = new Page(id, EditAssessment.NameOf(current), current.DocumentVersion, input);
            if (!modelState.IsValid)
            {
                return new Refused(page);
            }
            var version = input.DocumentVersion!.Trim();
            var risks = await db.AssessmentRisks.AsNoTracking().Where(r => r.AssessmentId == id && r.RetiredAt == null).ToListAsync(cancellationToken);
            var measures = await db.AssessmentMeasures.AsNoTracking().Where(m => m.AssessmentId == id && m.RetiredAt == null).ToListAsync(cancellationToken);
            var coverage = await db.AssessmentCoverage.AsNoTracking().Where(c => c.AssessmentId == id && c.RetiredAt == null).ToListAsync(cancellationToken);
            var next = AssessmentVersions.Start(current, version, risks, measures, coverage);
            if (await db.Assessments.IgnoreQueryFilters().AnyAsync(a => a.Reference == current.Reference && a.DocumentVersion == version, cancellationToken))
            {
                modelState.AddModelError("Input.DocumentVersion", "This version of this reference is already in the register: give the version another number");
            }
            foreach (var breach in AssessmentRules.Check(next.Assessment, current))
            {
                modelState.AddModelError("Input.DocumentVersion", breach.Message);
            }
            if (!modelState.IsValid)
            {
                return new Refused(page);
            }
            db.Assessments.Add(next.Assessment);
            db.AssessmentRisks.AddRange(next.Risks);
            db.AssessmentMeasures.AddRange(next.Measures);
            db.AssessmentCoverage.AddRange(next.Coverage);
            db.ChangeReason = $"New version of {current.Reference}, revising version {current.DocumentVersion}";
            await db.SaveChangesAsync(cancellationToken);
            return new Started(next.Assessment.Id);
        }
    }
}
