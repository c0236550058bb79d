using LfrGovernance.Core.Forces;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>Adding a force to the register (version 1 in its history). It is not the default: making it so is
/// its own step.</summary>
public static class CreateForce
{
    public sealed class Input : ForceFields.Form;

    public sealed record Page(Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>Saves the force and returns its id, or returns null with the problem in <paramref name="modelState"/>.</summary>
        public async Task<Guid?> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            if (!modelState.IsValid)
            {
                return null;
            }
            var force = new Force();
            input.ApplyTo(force);
            if (await db.Forces.AnyAsync(f => f.Code == force.Code, cancellationToken))
            {
                modelState.AddModelError("Input.Code", ForceFields.CodeTaken(force.Code));
                return null;
            }
            db.Forces.Add(force);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Someone may have saved a force with the same code between our check and our write.
                db.ChangeTracker.Clear();
                if (!await CodeTakenAsync(force.Code, cancellationToken))
                {
                    throw;
                }
                modelState.AddModelError("Input.Code", ForceFields.CodeTaken(force.Code));
                return null;
            }
            return force.Id;
        }

        private Task<bool> CodeTakenAsync(string code, CancellationToken cancellationToken) =>
            db.Forces.AsNoTracking().AnyAsync(f => f.Code == code, cancellationToken);
    }
}
