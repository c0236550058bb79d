using LfrGovernance.Core.History;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.People;

/// <summary>The list of people with the rank each held on the day (today in the UK, or the day of the "as at"
/// instant): current people by default, retired ones on request.</summary>
public static class PersonList
{
    public sealed record Row(Guid Id, string Name, string? Number, Rank? Rank, bool AccountLinked, bool Retired);

    public sealed record Page(IReadOnlyList<Row> People, bool ShowRetired, DateOnly Day, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(bool showRetired, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var day = RankFields.UkDate(asAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);
            IReadOnlyList<Row> rows;
            if (asAtUtc is { } instant)
            {
                // The history rebuilds whole records, so the past register is joined, filtered and sorted here.
                var ranks = (await RegisterAsOf.AllAsync<RankHeld>(db, instant, cancellationToken)).ToLookup(r => r.PersonId);
                rows = (await RegisterAsOf.AllAsync<Person>(db, instant, cancellationToken))
                    .Where(p => showRetired || !p.IsRetired)
                    .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
                    .Select(p =>
                    {
                        p.Ranks.AddRange(ranks[p.Id]);
                        return new Row(p.Id, p.Name, p.CollarOrWarrantNumber, p.RankOn(day), p.AccountObjectId != null, p.IsRetired);
                    })
                    .ToList();
            }
            else
            {
                rows = await db.People.AsNoTracking()
                    .Where(p => showRetired || p.RetiredAt == null)
                    .OrderBy(p => p.Name)
                    .Select(p => new Row(p.Id, p.Name, p.CollarOrWarrantNumber,
                        p.Ranks.Where(r => r.RetiredAt == null && r.From <= day && (r.To == null || r.To >= day))
                            .Select(r => (Rank?)r.Rank).FirstOrDefault(),
                        p.AccountObjectId != null, p.RetiredAt != null))
                    .ToListAsync(cancellationToken);
            }
            return new Page(rows, showRetired, day, asAtUtc);
        }
    }
}
