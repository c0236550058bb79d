using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>Recording a sharing of images within a collaboration. The sharing takes the collaboration's handling
/// marking and "do not confirm or deny" flag, so it is never shown more widely than the collaboration.</summary>
public static class AddSharing
{
    public sealed class Input : SharingFields.Form;

    public sealed record Page(Guid CollaborationId, string CollaborationName, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid collaborationId, CancellationToken cancellationToken)
        {
            var collaboration = await db.Collaborations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == collaborationId && c.RetiredAt == null, cancellationToken);
            return collaboration is null ? null : new Page(collaboration.Id, CollaborationFields.Kind.NameOf(collaboration), new Input());
        }

        /// <summary>Saves the sharing and returns null, or returns the page to show again; throws
        /// <see cref="KeyNotFoundException"/> when the collaboration is unknown, hidden or retired.</summary>
        public async Task<Page?> HandleAsync(Guid collaborationId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var collaboration = await db.Collaborations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == collaborationId && c.RetiredAt == null, cancellationToken)
                ?? throw new KeyNotFoundException();
            var sharing = new ImageSharing
            {
                CollaborationId = collaboration.Id,
                ForceId = collaboration.ForceId,
            };
            input.Read(sharing, collaboration, modelState);
            if (!modelState.IsValid)
            {
                return new Page(collaboration.Id, CollaborationFields.Kind.NameOf(collaboration), input);
            }
            db.ImageSharings.Add(sharing);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
    }
}
