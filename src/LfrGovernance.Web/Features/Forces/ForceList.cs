using LfrGovernance.Core.Forces;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>The list of forces: current ones by default, retired ones on request; as they stood at a past instant
/// when the register is viewed as at then.</summary>
public static class ForceList
{
    public sealed record Row(Guid Id, string Name, string Code, bool IsDefault, bool Retired);

    public sealed record Page(IReadOnlyList<Row> Forces, bool ShowRetired, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(bool showRetired, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            IReadOnlyList<Row> rows;
            if (asAtUtc is { } instant)
            {
                // The history rebuilds whole records, so the past register is filtered and sorted here.
                rows = (await RegisterAsOf.AllAsync<Force>(db, instant, cancellationToken))
                    .Where(f => showRetired || !f.IsRetired)
                    .OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase)
                    .Select(f => new Row(f.Id, f.Name, f.Code, f.IsDefault, f.IsRetired))
                    .ToList();
            }
            else
            {
                rows = await db.Forces.AsNoTracking()
                    .Where(f => showRetired || f.RetiredAt == null)
                    .OrderBy(f => f.Name)
                    .Select(f => new Row(f.Id, f.Name, f.Code, f.IsDefault, f.RetiredAt != null))
                    .ToListAsync(cancellationToken);
            }
            return new Page(rows, showRetired, asAtUtc);
        }
    }
}
