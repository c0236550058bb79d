using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>Changing an organisation. The form carries the version the user loaded: if someone else saved in
/// between, nothing is saved, the user is told who changed what and when, and the form (keeping what the user
/// entered) is rebased on the latest version, so that saving again overwrites deliberately.</summary>
public static class EditOrganisation
{
    public sealed class Input : OrganisationFields.Form
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
            await db.Organisations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new Page(o.Id, o.Name, new Input
                {
                    Name = o.Name, Kind = o.Kind, Contact = o.Contact, Notes = o.Notes, Marking = o.Marking, Version = o.Version,
                }, null))
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (organisation is null)
            {
                return new NotFound();
            }
            if (!modelState.IsValid)
            {
                return new Refused(new Page(id, organisation.Name, input, null));
            }
            if (organisation.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }

            input.ApplyTo(organisation);
            db.Entry(organisation).Property(o => o.Version).OriginalValue = input.Version;
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
            var conflict = await EditConflict.ExplainAsync(db, OrganisationFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            // The form is now based on the latest version: saving again replaces it, knowingly.
            input.Version = conflict.LatestVersion;
            return new Page(id, conflict.LatestName, input, conflict.Message);
        }
    }
}
