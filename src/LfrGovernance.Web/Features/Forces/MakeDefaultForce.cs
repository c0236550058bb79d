using LfrGovernance.Core.Forces;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>Making a force the default: the force new records belong to unless they say otherwise. The flag moves
/// from the old default to this force in one save, so the history shows both changes as one change set and the
/// register is never without a default, nor with two.</summary>
public static class MakeDefaultForce
{
    public sealed class Input
    {
        public int Version { get; set; }
    }

    /// <param name="CurrentDefault">The name of the force that is the default now, if any.</param>
    public sealed record Page(Guid Id, string Name, bool IsDefault, bool Retired, string? CurrentDefault, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var force = await db.Forces.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
            return force is null ? null : await PageAsync(force, new Input { Version = force.Version }, cancellationToken);
        }

        /// <summary>Makes the force the default and returns null, or returns the page to show again with the problem
        /// in <paramref name="modelState"/>; throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
        public async Task<Page?> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var force = await db.Forces.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            if (force.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else changed this force after you opened this page. Check it, then make it the default again if you still need to");
                return await PageAsync(force, new Input { Version = force.Version }, cancellationToken);
            }
            if (force.IsDefault)
            {
                modelState.AddModelError(string.Empty, "This force is already the default");
                return await PageAsync(force, input, cancellationToken);
            }
            if (force.IsRetired)
            {
                modelState.AddModelError(string.Empty, "A retired force cannot be the default. Reinstate it first");
                return await PageAsync(force, input, cancellationToken);
            }

            var previous = await db.Forces.Where(f => f.IsDefault).ToListAsync(cancellationToken);
            foreach (var old in previous)
            {
                old.IsDefault = false;
            }
            force.IsDefault = true;
            db.ChangeReason = previous.Count == 0
                ? $"{force.Name} made the default force."
                : $"{force.Name} made the default force in place of {string.Join(", ", previous.Select(f => f.Name))}.";
            db.Entry(force).Property(f => f.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The force, or the old default, was saved by someone else in between: nothing was saved.
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed the forces while you were making this one the default. Check them, then try again");
                var latest = await db.Forces.AsNoTracking().SingleAsync(f => f.Id == id, cancellationToken);
                return await PageAsync(latest, new Input { Version = latest.Version }, cancellationToken);
            }
            finally
            {
                db.ChangeReason = null;
            }
            return null;
        }

        private async Task<Page> PageAsync(Force force, Input input, CancellationToken cancellationToken)
        {
            var currentDefault = await db.Forces.AsNoTracking().Where(f => f.IsDefault).Select(f => f.Name).FirstOrDefaultAsync(cancellationToken);
            return new Page(force.Id, force.Name, force.IsDefault, force.IsRetired, currentDefault, input);
        }
    }
}
