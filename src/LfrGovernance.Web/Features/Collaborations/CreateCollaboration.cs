using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>Adding a collaboration to the register (version 1 in its history).</summary>
public static class CreateCollaboration
{
    public sealed class Input : CollaborationFields.Form;

    public sealed record Page(Input Input, IReadOnlyList<Choice> Organisations);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> LoadAsync(Input input, CancellationToken cancellationToken) =>
            new(input, await RecordChoices.OrganisationsAsync(db, [input?.OrganisationId], cancellationToken));

        /// <summary>Saves the collaboration and returns its id, or returns null with the problems in <paramref name="modelState"/>.</summary>
        public async Task<Guid?> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            await Partners.CheckAsync(db, input.OrganisationId, modelState, cancellationToken);
            var collaboration = new Collaboration();
            input.Read(collaboration, modelState, db.ShowsDoNotConfirmOrDenyRecords);
            if (modelState.IsValid && await ReferenceTakenAsync(db, collaboration.Reference, null, cancellationToken))
            {
                modelState.AddModelError("Input.Reference", "Another collaboration already has this reference");
            }
            if (!modelState.IsValid)
            {
                return null;
            }
            db.Collaborations.Add(collaboration);
            await db.SaveChangesAsync(cancellationToken);
            return collaboration.Id;
        }
    }

    /// <summary>True when another collaboration (even one hidden from the user or retired) has the reference.</summary>
    internal static Task<bool> ReferenceTakenAsync(GovernanceDbContext db, string reference, Guid? except, CancellationToken cancellationToken) =>
        db.Collaborations.IgnoreQueryFilters().AnyAsync(c => c.Reference == reference && c.Id != except, cancellationToken);
}
