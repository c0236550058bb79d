using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>Changing a collaboration, refused with an explanation when someone else saved it after the user
/// opened the form.</summary>
public static class EditCollaboration
{
    public sealed class Input : CollaborationFields.Form
    {
        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, string CurrentName, Input Input, IReadOnlyList<Choice> Organisations, string? Conflict);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved(Guid Id) : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var collaboration = await db.Collaborations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (collaboration is null)
            {
                return null;
            }
            var input = new Input { Version = collaboration.Version };
            input.LoadFrom(collaboration);
            return new Page(id, CollaborationFields.Kind.NameOf(collaboration), input,
                await RecordChoices.OrganisationsAsync(db, [collaboration.OrganisationId], cancellationToken), null);
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var collaboration = await db.Collaborations.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (collaboration is null)
            {
                return new NotFound();
            }
            var name = CollaborationFields.Kind.NameOf(collaboration);
            if (collaboration.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            await Partners.CheckAsync(db, input.OrganisationId, modelState, cancellationToken);
            input.Read(collaboration, modelState, db.ShowsDoNotConfirmOrDenyRecords);
            if (modelState.IsValid && await CreateCollaboration.ReferenceTakenAsync(db, collaboration.Reference, id, cancellationToken))
            {
                modelState.AddModelError("Input.Reference", "Another collaboration already has this reference");
            }
            if (!modelState.IsValid)
            {
                return new Refused(new Page(id, name, input, await RecordChoices.OrganisationsAsync(db, [input.OrganisationId], cancellationToken), null));
            }
            db.Entry(collaboration).Property(c => c.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            return new Saved(id);
        }

        private async Task<Page> ConflictAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, CollaborationFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            input.Version = conflict.LatestVersion;
            return new Page(id, conflict.LatestName, input, await RecordChoices.OrganisationsAsync(db, [input.OrganisationId], cancellationToken), conflict.Message);
        }
    }
}
