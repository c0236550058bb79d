using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>Adding an organisation to the register (version 1 in its history).</summary>
public static class CreateOrganisation
{
    public sealed class Input : OrganisationFields.Form;

    public sealed record Page(Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Guid> HandleAsync(Input input, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            var organisation = new Organisation();
            input.ApplyTo(db, organisation);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
            return organisation.Id;
        }
    }
}
