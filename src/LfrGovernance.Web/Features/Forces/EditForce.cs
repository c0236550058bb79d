using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>Changing a force's name or code. The form carries the version the user loaded: if someone else saved
/// in between, nothing is saved, the user is told who changed what and when, and the form (keeping what the user
/// entered) is rebased on the latest version, so that saving again overwrites deliberately.</summary>
public static class EditForce
{
    public sealed class Input : ForceFields.Form
    {
        /// <summary>The version the user's form was based on.</summary>
        public int Version { get; set; }
    }

    /// <param name="Conflict">Who saved in between, when they did (else null).</param>
    public sealed record Page(Guid Id, string CurrentName, Input Input, string? Conflict);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved(Guid Id) : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Forces.AsNoTracking().Where(f => f.Id == id)
                .Select(f => new Page(f.Id, f.Name, new Input { Name = f.Name, Code = f.Code, Version = f.Version }, null))
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var force = await db.Forces.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
            if (force is null)
            {
                return new NotFound();
            }
            if (!modelState.IsValid)
            {
                return new Refused(new Page(id, force.Name, input, null));
            }
            if (force.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            var code = ForceFields.NormaliseCode(input.Code!);
            if (await db.Forces.AnyAsync(f => f.Code == code && f.Id != id, cancellationToken))
            {
                modelState.AddModelError("Input.Code", ForceFields.CodeTaken(code));
                return new Refused(new Page(id, force.Name, input, null));
            }

            input.ApplyTo(force);
            db.Entry(force).Property(f => f.Version).OriginalValue = input.Version;
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
            catch (DbUpdateException)
            {
                // Someone may have given another force this code between our check and our write.
                db.ChangeTracker.Clear();
                if (!await db.Forces.AnyAsync(f => f.Code == code && f.Id != id, cancellationToken))
                {
                    throw;
                }
                modelState.AddModelError("Input.Code", ForceFields.CodeTaken(code));
                var name = await db.Forces.Where(f => f.Id == id).Select(f => f.Name).SingleAsync(cancellationToken);
                return new Refused(new Page(id, name, input, null));
            }
            return new Saved(id);
        }

        private async Task<Page> ConflictAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, ForceFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            // The form is now based on the latest version: saving again replaces it, knowingly.
            input.Version = conflict.LatestVersion;
            return new Page(id, conflict.LatestName, input, conflict.Message);
        }
    }
}
