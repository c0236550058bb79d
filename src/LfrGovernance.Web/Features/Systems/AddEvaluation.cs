using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>Recording an accuracy evaluation of a system. The evaluation takes the system's handling marking and
/// "do not confirm or deny" flag, so it is never shown more widely than the system it belongs to.</summary>
public static class AddEvaluation
{
    public sealed class Input : EvaluationFields.Form;

    public sealed record Page(Guid SystemId, string SystemName, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid systemId, CancellationToken cancellationToken) =>
            await db.Systems.AsNoTracking().Where(s => s.Id == systemId && s.RetiredAt == null)
                .Select(s => new Page(s.Id, s.Name, new Input { AlgorithmVersion = s.AlgorithmVersion }))
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Saves the evaluation and returns null, or returns the page to show again; throws
        /// <see cref="KeyNotFoundException"/> when the system is unknown, hidden or retired.</summary>
        public async Task<Page?> HandleAsync(Guid systemId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var system = await db.Systems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == systemId && s.RetiredAt == null, cancellationToken)
                ?? throw new KeyNotFoundException();
            var evaluation = new AccuracyEvaluation
            {
                SystemId = system.Id,
                ForceId = system.ForceId,
            };
            input.Read(evaluation, SystemFields.Today(db.Clock), modelState);
            if (!modelState.IsValid)
            {
                return new Page(system.Id, system.Name, input);
            }
            db.AccuracyEvaluations.Add(evaluation);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
    }
}
