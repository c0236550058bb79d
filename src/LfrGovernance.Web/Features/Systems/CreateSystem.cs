using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>Adding a facial recognition system to the register (version 1 in its history).</summary>
public static class CreateSystem
{
    public sealed class Input : SystemFields.Form;

    public sealed record Page(Input Input, IReadOnlyList<Choice> Suppliers);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> LoadAsync(Input input, CancellationToken cancellationToken) =>
            new(input, await RecordChoices.OrganisationsAsync(db, [input?.SupplierId], cancellationToken));

        /// <summary>Saves the system and returns its id, or returns null with the problems in <paramref name="modelState"/>.</summary>
        public async Task<Guid?> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            if (!await Suppliers.IsKnownAsync(db, input.SupplierId, cancellationToken))
            {
                modelState.AddModelError("Input.SupplierId", "Select a supplier from the list");
            }
            var system = new FacialRecognitionSystem();
            input.Read(system, modelState, db.ShowsDoNotConfirmOrDenyRecords);
            if (!modelState.IsValid)
            {
                return null;
            }
            db.Systems.Add(system);
            await db.SaveChangesAsync(cancellationToken);
            return system.Id;
        }
    }
}
