using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.History;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.People;

/// <summary>One person's page: every field, the ranks they have held, their marking and status, and their
/// history. A sensitive marking logs the view; the strictest marking asks the user's purpose first.</summary>
public static class PersonDetails
{
    /// <summary>What the purpose form posts.</summary>
    public sealed class PurposeInput
    {
        [Required(ErrorMessage = "Enter why you need to see this person")]
        [StringLength(SensitiveViews.PurposeLength, ErrorMessage = "Your reason must be 2,000 characters or fewer")]
        public string? Purpose { get; set; }
    }

    /// <summary>One rank held, for the rank history table.</summary>
    public sealed record RankRow(Rank Rank, DateOnly From, DateOnly? To);

    /// <param name="Ranks">Newest first.</param>
    public sealed record Page(Person Person, RecordMarking Marking, Rank? CurrentRank, DateOnly Day, IReadOnlyList<RankRow> Ranks,
        IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    /// <summary>The page asking why the user needs to see the record.</summary>
    /// <param name="FormAction">Where the purpose is posted: the record page, or the edit form that shows the record too.</param>
    public sealed record PurposePage(Guid Id, string Name, PurposeInput Input, string FormAction);

    /// <summary>The record found (with its ranks), before any view is logged.</summary>
    public sealed record Found(Person Person, RecordMarking Marking, DateTime? AsAtUtc)
    {
        public bool NeedsPurpose => SensitiveViews.NeedsPurpose(Marking);
    }

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>The person as they are (or were at <paramref name="asAtUtc"/>, with the ranks recorded by then), or
        /// null if there is none. The marking that applies is the stricter of the current one and the one of then.</summary>
        public async Task<Found?> FindAsync(Guid id, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var current = await db.People.AsNoTracking().Include(p => p.Ranks).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (current is null)
            {
                return null;
            }
            if (asAtUtc is not { } instant)
            {
                return new Found(current, current.Marking, null);
            }
            var then = await RegisterAsOf.RecordAsync<Person>(db, id, instant, cancellationToken);
            if (then is null)
            {
                return null;
            }
            // Every rank record as it stood then; the history is read per type, so this person's are picked out here.
            then.Ranks.AddRange((await RegisterAsOf.AllAsync<RankHeld>(db, instant, cancellationToken)).Where(r => r.PersonId == id));
            return new Found(then, (RecordMarking)Math.Max((int)then.Marking, (int)current.Marking), instant);
        }

        /// <summary>Logs a view of the record's values on another page (the edit form), if the marking asks.</summary>
        public Task LogViewAsync(Found found, CurrentUser user, string purpose, string? statedPurpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            return SensitiveViews.LogViewAsync(db, user, found.Marking, PersonFields.RecordType, found.Person.Id,
                $"Person \u201c{found.Person.Name}\u201d, {purpose}", statedPurpose, cancellationToken);
        }

        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            var person = found.Person;
            await SensitiveViews.LogViewAsync(db, user, found.Marking, PersonFields.RecordType, person.Id,
                $"Person \u201c{person.Name}\u201d", purpose, cancellationToken);
            var history = await RecordHistory.TimelineAsync(db, PersonFields.RecordType, person.Id, found.AsAtUtc,
                PersonFields.Instance, cancellationToken);
            var day = RankFields.UkDate(found.AsAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);
            var ranks = person.Ranks.Where(r => !r.IsRetired).OrderByDescending(r => r.From)
                .Select(r => new RankRow(r.Rank, r.From, r.To)).ToList();
            return new Page(person, found.Marking, person.RankOn(day), day, ranks, history, found.AsAtUtc);
        }
    }
}
