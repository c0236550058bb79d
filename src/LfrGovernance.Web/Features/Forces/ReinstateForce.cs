using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>Bringing a retired force back into the register's current list.</summary>
public static class ReinstateForce
{
    public sealed class Input
    {
        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, string Name, string? RetirementReason, bool Retired, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Forces.AsNoTracking().Where(f => f.Id == id)
                .Select(f => new Page(f.Id, f.Name, f.RetirementReason, f.RetiredAt != null, new Input { Version = f.Version }))
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Reinstates the force and returns null, or returns the page to show again with the problem in
        /// <paramref name="modelState"/>; throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
        public async Task<Page?> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var force = await db.Forces.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            if (force.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else changed this force after you opened this page. Check it, then reinstate it again if you still need to");
                return new Page(id, force.Name, force.RetirementReason, force.IsRetired, new Input { Version = force.Version });
            }
            try
            {
                force.Reinstate();
            }
            catch (DomainRuleException ex)
            {
                modelState.AddModelError(string.Empty, ex.Message);
                return new Page(id, force.Name, force.RetirementReason, false, input);
            }
            db.Entry(force).Property(f => f.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed this force while you were reinstating it. Check it, then try again");
                return (await LoadAsync(id, cancellationToken))!;
            }
            return null;
        }
    }
}
