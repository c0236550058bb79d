using LfrGovernance.Core.Forces;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
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

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(ListQuery query, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            // The history rebuilds whole records, so the past register is searched and sorted in memory.
            var forces = asAtUtc is { } instant
                ? (await RegisterAsOf.AllAsync<Force>(db, instant, cancellationToken)).AsQueryable()
                : db.Forces.AsNoTracking();
            var list = await Columns.ToPageAsync(forces, query,
                f => new Row(f.Id, f.Name, f.Code, f.IsDefault, f.RetiredAt != null), cancellationToken);
            return new Page(list, asAtUtc);
        }
    }
}
