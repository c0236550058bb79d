using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>Bringing a retired organisation back into the register's current list.</summary>
public static class ReinstateOrganisation
{
    public sealed class Input
    {
        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, string Name, string? RetirementReason, bool Retired, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Organisations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new Page(o.Id, o.Name, o.RetirementReason, o.RetiredAt != null, new Input { Version = o.Version }))
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Reinstates the organisation and returns null, or returns the page to show again with the
        /// problem in <paramref name="modelState"/>; throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
        public async Task<Page?> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            if (organisation.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else changed this organisation after you opened this page. Check it, then reinstate it again if you still need to");
                return new Page(id, organisation.Name, organisation.RetirementReason, organisation.IsRetired, new Input { Version = organisation.Version });
            }
            try
            {
                organisation.Reinstate();
            }
            catch (DomainRuleException ex)
            {
                modelState.AddModelError(string.Empty, ex.Message);
                return new Page(id, organisation.Name, organisation.RetirementReason, false, input);
            }
            db.Entry(organisation).Property(o => o.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed this organisation while you were reinstating it. Check it, then try again");
                var latest = await LoadAsync(id, cancellationToken);
                return latest!;
            }
            return null;
        }
    }
}
