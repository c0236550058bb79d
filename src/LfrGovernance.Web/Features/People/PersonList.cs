using System.Linq.Expressions;
using LfrGovernance.Core.History;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.People;

/// <summary>The list of people with the rank each held on the day (today in the UK, or the day of the "as at"
/// instant): searched, sorted and paged; current people by default, retired ones on request.</summary>
public static class PersonList
{
    public sealed record Row(Guid Id, string Name, string? Number, Rank? Rank, bool AccountLinked, bool Retired, bool DoNotConfirmOrDeny);

    public sealed record Page(ListPage<Row> List, DateOnly Day, DateTime? AsAtUtc);

    /// <summary>The rank a person held on <paramref name="day"/>: an expression, so that SQL can sort by it, and the
    /// same on people rebuilt from history with their ranks.</summary>
    public static Expression<Func<Person, Rank?>> RankOn(DateOnly day) =>
        p => p.Ranks.Where(r => r.RetiredAt == null && r.From <= day && (r.To == null || r.To >= day))
            .Select(r => (Rank?)r.Rank).FirstOrDefault();

    /// <summary>The columns the list sorts by (name first, the default) and the fields a search looks in; the rank
    /// column depends on the day.</summary>
    public static RecordList<Person> Columns(DateOnly day) => new RecordList<Person>(PersonFields.Kind)
        .SortBy("name", p => p.Name)
        .SortBy("number", p => p.CollarOrWarrantNumber)
        .SortBy("rank", RankOn(day))
        .Search(p => p.Name, p => p.CollarOrWarrantNumber);

    /// <summary>What the export holds: the list's columns.</summary>
    public static readonly ExportSheet<Row> Export = new ExportSheet<Row>("People", "people")
        .Column("Name", 30, p => p.Name)
        .Column("Collar or warrant number", 14, p => p.Number)
        .Column("Rank", 24, p => p.Rank is null ? null : RankFields.Name(p.Rank))
        .Column("Account linked", 10, p => ExportText.YesNo(p.AccountLinked))
        .Column("Do not confirm or deny", 12, p => ExportText.YesNo(p.DoNotConfirmOrDeny))
        .Column("Retired", 10, p => ExportText.YesNo(p.Retired))
        .Column("Id", 38, p => p.Id.ToString("D"));

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>Every person the list shows, on all its pages, with the rank held on the day viewed, for an export.</summary>
        public async Task<ExportSelection<Row>?> ExportAsync(ListQuery query, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var day = RankFields.UkDate(asAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);
            return await Columns(day).ExportAsync(await SelectAsync(asAtUtc, cancellationToken), false, query,
                p => new Row(p.Id, p.Name, p.CollarOrWarrantNumber,
                    p.Ranks.Where(r => r.RetiredAt == null && r.From <= day && (r.To == null || r.To >= day)).Select(r => (Rank?)r.Rank).FirstOrDefault(),
                    p.AccountObjectId != null, p.RetiredAt != null, p.DoNotConfirmOrDeny),
                Export, cancellationToken);
        }

        public async Task<Page> HandleAsync(ListQuery query, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var day = RankFields.UkDate(asAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);
            var people = await SelectAsync(asAtUtc, cancellationToken);
            var list = await Columns(day).ToPageAsync(people, query,
                p => new Row(p.Id, p.Name, p.CollarOrWarrantNumber,
                    p.Ranks.Where(r => r.RetiredAt == null && r.From <= day && (r.To == null || r.To >= day)).Select(r => (Rank?)r.Rank).FirstOrDefault(),
                    p.AccountObjectId != null, p.RetiredAt != null, p.DoNotConfirmOrDeny),
                cancellationToken);
            return new Page(list, day, asAtUtc);
        }

        private async Task<IQueryable<Person>> SelectAsync(DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            IQueryable<Person> people;
            if (asAtUtc is { } instant)
            {
                // The history rebuilds whole records, so the past register is joined here, then searched and sorted
                // in memory.
                var ranks = (await RegisterAsOf.AllAsync<RankHeld>(db, instant, cancellationToken)).ToLookup(r => r.PersonId);
                var then = await RegisterAsOf.AllAsync<Person>(db, instant, cancellationToken);
                foreach (var person in then)
                {
                    person.Ranks.AddRange(ranks[person.Id]);
                }
                people = then.AsQueryable();
            }
            else
            {
                people = db.People.AsNoTracking();
            }
            return people;
        }
    }
}
