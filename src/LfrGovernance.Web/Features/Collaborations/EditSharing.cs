using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>Changing a sharing of images, with the same conflict check as any edit.</summary>
public static class EditSharing
{
    public sealed class Input : SharingFields.Form
    {
        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, Guid CollaborationId, string CollaborationName, Input Input, string? Conflict);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var sharing = await db.ImageSharings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (sharing is null || await CollaborationAsync(sharing.CollaborationId, cancellationToken) is not { } collaboration)
            {
                return null;
            }
            var input = new Input { Version = sharing.Version };
            input.LoadFrom(sharing);
            return new Page(id, collaboration.Id, CollaborationFields.Kind.NameOf(collaboration), input, null);
        }

        /// <summary>The collaboration a sharing belongs to, if the user may see both.</summary>
        public async Task<Guid?> CollaborationOfAsync(Guid id, CancellationToken cancellationToken)
        {
            var collaborationId = await db.ImageSharings.Where(s => s.Id == id).Select(s => (Guid?)s.CollaborationId).SingleOrDefaultAsync(cancellationToken);
            return collaborationId is { } found && await db.Collaborations.AnyAsync(c => c.Id == found, cancellationToken) ? found : null;
        }

        /// <summary>Saves the change and returns null, or returns the page to show again; throws
        /// <see cref="KeyNotFoundException"/> for an unknown sharing.</summary>
        public async Task<Page?> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var sharing = await db.ImageSharings.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new KeyNotFoundException();
            var collaboration = await CollaborationAsync(sharing.CollaborationId, cancellationToken) ?? throw new KeyNotFoundException();
            var name = CollaborationFields.Kind.NameOf(collaboration);
            if (sharing.Version != input.Version)
            {
                return await ConflictAsync(id, collaboration.Id, name, input, modelState, cancellationToken);
            }
            input.Read(sharing, collaboration, modelState);
            if (!modelState.IsValid)
            {
                return new Page(id, collaboration.Id, name, input, null);
            }
            db.Entry(sharing).Property(s => s.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return await ConflictAsync(id, collaboration.Id, name, input, modelState, cancellationToken);
            }
            return null;
        }

        private Task<Collaboration?> CollaborationAsync(Guid id, CancellationToken cancellationToken) =>
            db.Collaborations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

        private async Task<Page> ConflictAsync(Guid id, Guid collaborationId, string name, Input input, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, SharingFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            input.Version = conflict.LatestVersion;
            return new Page(id, collaborationId, name, input, conflict.Message);
        }
    }
}
