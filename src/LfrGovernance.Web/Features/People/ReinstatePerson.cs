using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.People;

/// <summary>Bringing a retired person back into the register's current list.</summary>
public static class ReinstatePerson
{
    public sealed class Input
    {
        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, string Name, string? RetirementReason, bool Retired, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.People.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new Page(p.Id, p.Name, p.RetirementReason, p.RetiredAt != null, new Input { Version = p.Version }))
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Reinstates the person and returns null, or returns the page to show again with the problem in
        /// <paramref name="modelState"/>; throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
        public async Task<Page?> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            if (person.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else changed this person after you opened this page. Check the record, then reinstate it again if you still need to");
                return new Page(id, person.Name, person.RetirementReason, person.IsRetired, new Input { Version = person.Version });
            }
            try
            {
                person.Reinstate();
            }
            catch (DomainRuleException ex)
            {
                modelState.AddModelError(string.Empty, ex.Message);
                return new Page(id, person.Name, person.RetirementReason, false, input);
            }
            db.Entry(person).Property(p => p.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed this person while you were reinstating them. Check the record, then try again");
                return (await LoadAsync(id, cancellationToken))!;
            }
            return null;
        }
    }
}
