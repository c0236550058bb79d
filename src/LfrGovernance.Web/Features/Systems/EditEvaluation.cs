using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>Changing an accuracy evaluation, with the same conflict check as any edit: a save based on an older
/// version is refused and the user told who changed what.</summary>
public static class EditEvaluation
{
    public sealed class Input : EvaluationFields.Form
    {
        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, Guid SystemId, string SystemName, Input Input, string? Conflict);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var evaluation = await db.AccuracyEvaluations.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (evaluation is null || await SystemNameAsync(evaluation.SystemId, cancellationToken) is not { } systemName)
            {
                return null;
            }
            var input = new Input { Version = evaluation.Version };
            input.LoadFrom(evaluation);
            return new Page(id, evaluation.SystemId, systemName, input, null);
        }

        /// <summary>The system an evaluation belongs to, if the user may see both.</summary>
        public async Task<Guid?> SystemOfAsync(Guid id, CancellationToken cancellationToken)
        {
            var systemId = await db.AccuracyEvaluations.Where(e => e.Id == id).Select(e => (Guid?)e.SystemId).SingleOrDefaultAsync(cancellationToken);
            return systemId is { } found && await db.Systems.AnyAsync(s => s.Id == found, cancellationToken) ? found : null;
        }

        /// <summary>Saves the change and returns null, or returns the page to show again; throws
        /// <see cref="KeyNotFoundException"/> for an unknown evaluation.</summary>
        public async Task<Page?> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var evaluation = await db.AccuracyEvaluations.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            var systemName = await SystemNameAsync(evaluation.SystemId, cancellationToken) ?? throw new KeyNotFoundException();
            if (evaluation.Version != input.Version)
            {
                return await ConflictAsync(id, evaluation.SystemId, systemName, input, modelState, cancellationToken);
            }
            input.Read(evaluation, SystemFields.Today(db.Clock), modelState);
            if (!modelState.IsValid)
            {
                return new Page(id, evaluation.SystemId, systemName, input, null);
            }
            db.Entry(evaluation).Property(e => e.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return await ConflictAsync(id, evaluation.SystemId, systemName, input, modelState, cancellationToken);
            }
            return null;
        }

        private Task<string?> SystemNameAsync(Guid systemId, CancellationToken cancellationToken) =>
            db.Systems.AsNoTracking().Where(s => s.Id == systemId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);

        private async Task<Page> ConflictAsync(Guid id, Guid systemId, string systemName, Input input, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, EvaluationFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            input.Version = conflict.LatestVersion;
            return new Page(id, systemId, systemName, input, conflict.Message);
        }
    }
}
