using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.People;

/// <summary>Recording a new rank (a promotion, a demotion or an acting rank made substantive): the rank held until
/// then ends the day before. The new rank and the closed one are saved together, in one change set.</summary>
public static class ChangeRank
{
    public sealed class Input : RankFields;

    /// <param name="CurrentFrom">When the rank held now started, to tell the user what the new one must follow.</param>
    public sealed record Page(Guid Id, string Name, Rank? CurrentRank, DateOnly? CurrentFrom, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var person = await db.People.AsNoTracking().Include(p => p.Ranks).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            return person is null ? null : PageFor(person, new Input());
        }

        /// <summary>Records the rank and returns null, or returns the page to show again with the problem beside its
        /// field; throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
        public async Task<Page?> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var person = await db.People.Include(p => p.Ranks).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            var from = input.ReadFrom(modelState, "Input");
            if (!modelState.IsValid || from is not { } day)
            {
                return PageFor(person, input);
            }
            var current = Current(person);
            try
            {
                person.ChangeRank(input.Rank!.Value, day);
            }
            catch (DomainRuleException ex)
            {
                // Recording the current rank again is a problem with the rank; anything else is about the date.
                var sameRank = current is { To: null } && current.Rank == input.Rank && day > current.From;
                modelState.AddModelError(sameRank ? RankFields.RankKey("Input") : RankFields.DateKey("Input"), ex.Message);
                return PageFor(person, input);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed this person's ranks while you were recording this one. Check them, then try again");
                return await LoadAsync(id, cancellationToken) is { } latest ? latest with { Input = input } : throw new KeyNotFoundException();
            }
            return null;
        }

        private static RankHeld? Current(Person person) =>
            person.Ranks.Where(r => !r.IsRetired).OrderByDescending(r => r.From).FirstOrDefault();

        private static Page PageFor(Person person, Input input)
        {
            var current = Current(person);
            return new Page(person.Id, person.Name, current?.To is null ? current?.Rank : null, current?.From, input);
        }
    }
}
