using LfrGovernance.Core.History;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Documents;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.People;

/// <summary>One person's page: every field, the ranks they have held, their marking and status, their
/// documents and their history. The purpose form and the access log are shared by every record type (<see cref="RecordPage{TRecord}"/>).</summary>
public static class PersonDetails
{
    /// <summary>One rank held, for the rank history table.</summary>
    public sealed record RankRow(Rank Rank, DateOnly From, DateOnly? To);

    /// <param name="Ranks">Newest first.</param>
    public sealed record Page(Person Person, RecordMarking Marking, Rank? CurrentRank, DateOnly Day, IReadOnlyList<RankRow> Ranks,
        RecordDocuments.Section Documents, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db, RecordPage<Person>.Handler records)
    {
        /// <summary>The person as they are (or were at <paramref name="asAtUtc"/>, with the ranks recorded by then), or
        /// null if there is none.</summary>
        public async Task<RecordPage<Person>.Found?> FindAsync(Guid id, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var found = await records.FindAsync(id, asAtUtc, cancellationToken, people => people.Include(p => p.Ranks));
            if (found is not null && asAtUtc is { } instant)
            {
                // Every rank record as it stood then; the history is read per type, so this person's are picked out here.
                found.Record.Ranks.AddRange((await RegisterAsOf.AllAsync<RankHeld>(db, instant, cancellationToken)).Where(r => r.PersonId == id));
            }
            return found;
        }

        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(RecordPage<Person>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            var person = found.Record;
            await records.LogViewAsync(PersonFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(PersonFields.Kind, found, cancellationToken);
            var day = RankFields.UkDate(found.AsAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);
            var ranks = person.Ranks.Where(r => !r.IsRetired).OrderByDescending(r => r.From)
                .Select(r => new RankRow(r.Rank, r.From, r.To)).ToList();
            var documents = await RecordDocuments.ForAsync(db, PersonFields.RecordType, person.Id, found.AsAtUtc, cancellationToken);
            return new Page(person, found.Marking, person.RankOn(day), day, ranks, documents, history, found.AsAtUtc);
        }
    }
}
