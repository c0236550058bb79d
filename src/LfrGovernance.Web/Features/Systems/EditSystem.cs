using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>Changing a system. The form carries the version the user loaded: if someone else saved in between,
/// nothing is saved, the user is told who changed what and when, and the form is rebased on the latest version, so
/// that saving again overwrites deliberately.</summary>
public static class EditSystem
{
    public sealed class Input : SystemFields.Form
    {
        /// <summary>The version the user's form was based on.</summary>
        public int Version { get; set; }
    }

    /// <param name="Conflict">Who saved in between, when they did (else null).</param>
    public sealed record Page(Guid Id, string CurrentName, Input Input, IReadOnlyList<Choice> Suppliers, string? Conflict);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved(Guid Id) : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var system = await db.Systems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (system is null)
            {
                return null;
            }
            var input = new Input { Version = system.Version };
            input.LoadFrom(system);
            return new Page(id, system.Name, input, await RecordChoices.OrganisationsAsync(db, [system.SupplierId], cancellationToken), null);
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var system = await db.Systems.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (system is null)
            {
                return new NotFound();
            }
            var name = system.Name;
            if (system.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            if (!await Suppliers.IsKnownAsync(db, input.SupplierId, cancellationToken))
            {
                modelState.AddModelError("Input.SupplierId", "Select a supplier from the list");
            }
            input.Read(system, modelState, db.ShowsDoNotConfirmOrDenyRecords);
            if (!modelState.IsValid)
            {
                return new Refused(new Page(id, name, input, await RecordChoices.OrganisationsAsync(db, [input.SupplierId], cancellationToken), null));
            }
            db.Entry(system).Property(s => s.Version).OriginalValue = input.Version;
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

        private async Task<Page> ConflictAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, SystemFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            // The form is now based on the latest version: saving again replaces it, knowingly.
            input.Version = conflict.LatestVersion;
            return new Page(id, conflict.LatestName, input, await RecordChoices.OrganisationsAsync(db, [input.SupplierId], cancellationToken), conflict.Message);
        }
    }
}
