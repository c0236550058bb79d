using LfrGovernance.Core.Forces;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>The list of forces: searched, sorted and paged; current ones by default, retired ones on request; as they
/// stood at a past instant when the register is viewed as at then.</summary>
public static class ForceList
{
    public sealed record Row(Guid Id, string Name, string Code, bool IsDefault, bool Retired);

    public sealed record Page(ListPage<Row> List, DateTime? AsAtUtc);

    /// <summary>The columns the list sorts by (name first, the default) and the fields a search looks in.</summary>
    public static readonly RecordList<Force> Columns = new RecordList<Force>(ForceFields.Kind)
        .SortBy("name", f => f.Name)
        .SortBy("code", f => f.Code)
        .Search(f => f.Name, f => f.Code);

    /// <summary>What the export holds: the list's columns and the handling.</summary>
    public static readonly ExportSheet<Force> Export = new ExportSheet<Force>("Forces", "forces")
        .Column("Name", 30, f => f.Name)
        .Column("Code", 10, f => f.Code)
        .Column("Default force", 10, f => ExportText.YesNo(f.IsDefault))
        .RecordColumns();

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>Every force the list shows, on all its pages, for an export.</summary>
        public async Task<ExportSelection<Force>?> ExportAsync(ListQuery query, DateTime? asAtUtc, CancellationToken cancellationToken) =>
            await Columns.ExportAsync(await SelectAsync(asAtUtc, cancellationToken), false, query, Export, cancellationToken);

        // The history rebuilds whole records, so the past register is searched and sorted in memory.
        private async Task<IQueryable<Force>> SelectAsync(DateTime? asAtUtc, CancellationToken cancellationToken) =>
            asAtUtc is { } instant
                ? (await RegisterAsOf.AllAsync<Force>(db, instant, cancellationToken)).AsQueryable()
                : db.Forces.AsNoTracking();

        public async Task<Page> HandleAsync(ListQuery query, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var forces = await SelectAsync(asAtUtc, cancellationToken);
            var list = await Columns.ToPageAsync(forces, query,
                f => new Row(f.Id, f.Name, f.Code, f.IsDefault, f.RetiredAt != null), cancellationToken);
            return new Page(list, asAtUtc);
        }
    }
}
