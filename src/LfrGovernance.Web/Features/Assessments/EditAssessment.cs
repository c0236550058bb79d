using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>Changing an assessment. Approving a new version marks the version it supersedes as superseded, in the
/// same save. The form carries the version the user loaded: if someone else saved in between, nothing is saved, the
/// user is told who changed what and when, and the form (keeping what the user entered) is rebased on the latest
/// version.</summary>
public static class EditAssessment
{
    public sealed class Input : AssessmentForm
    {
        /// <summary>The version the user's form was based on.</summary>
        public int Version { get; set; }
    }

    /// <param name="Conflict">Who saved in between, when they did (else null).</param>
    public sealed record Page(Guid Id, string CurrentName, Input Input, AssessmentChoices Choices, string? Conflict);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved(Guid Id) : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public static string NameOf(Assessment assessment) => AssessmentFields.Kind.NameOf(assessment);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (assessment is null)
            {
                return null;
            }
            var input = AssessmentForm.From<Input>(assessment);
            input.Version = assessment.Version;
            return new Page(id, NameOf(assessment), input, await AssessmentChoices.LoadAsync(db, input, cancellationToken), null);
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var assessment = await db.Assessments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (assessment is null)
            {
                return new NotFound();
            }
            var name = NameOf(assessment);
            if (!modelState.IsValid)
            {
                return new Refused(await PageAsync(id, name, input, null, cancellationToken));
            }
            if (assessment.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            if (!input.TryApplyTo(assessment, modelState, db.ShowsDoNotConfirmOrDenyRecords))
            {
                return new Refused(await PageAsync(id, name, input, null, cancellationToken));
            }
            var supersedes = await AssessmentChecks.CheckAsync(db, assessment, input, modelState, cancellationToken);
            if (!modelState.IsValid)
            {
                db.ChangeTracker.Clear();
                return new Refused(await PageAsync(id, name, input, null, cancellationToken));
            }
            AssessmentVersions.MarkSupersededOnApproval(assessment, supersedes);
            db.Entry(assessment).Property(a => a.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved between our read and our write: the same as finding a newer version above.
                db.ChangeTracker.Clear();
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            return new Saved(id);
        }

        private async Task<Page> PageAsync(Guid id, string name, Input input, string? conflict, CancellationToken cancellationToken) =>
            new(id, name, input, await AssessmentChoices.LoadAsync(db, input, cancellationToken), conflict);

        private async Task<Page> ConflictAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, AssessmentFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            // The form is now based on the latest version: saving again replaces it, knowingly.
            input.Version = conflict.LatestVersion;
            return await PageAsync(id, conflict.LatestName, input, conflict.Message, cancellationToken);
        }
    }
}
