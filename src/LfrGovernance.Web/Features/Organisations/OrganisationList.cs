using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>The list of organisations: current ones by default, retired ones on request; as they stood at a past
/// instant when the register is viewed as at then.</summary>
public static class OrganisationList
{
    public sealed record Row(Guid Id, string Name, OrganisationKind Kind, RecordMarking Marking, bool Retired);

    public sealed record Page(IReadOnlyList<Row> Organisations, bool ShowRetired, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(bool showRetired, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            IReadOnlyList<Row> rows;
            if (asAtUtc is { } instant)
            {
                // The history rebuilds whole records, so the past register is filtered and sorted here.
                rows = (await RegisterAsOf.AllAsync<Organisation>(db, instant, cancellationToken))
                    .Where(o => showRetired || !o.IsRetired)
                    .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)
                    .Select(o => new Row(o.Id, o.Name, o.Kind, o.Marking, o.IsRetired))
                    .ToList();
            }
            else
            {
                rows = await db.Organisations.AsNoTracking()
                    .Where(o => showRetired || o.RetiredAt == null)
                    .OrderBy(o => o.Name)
                    .Select(o => new Row(o.Id, o.Name, o.Kind, o.Marking, o.RetiredAt != null))
                    .ToListAsync(cancellationToken);
            }
            return new Page(rows, showRetired, asAtUtc);
        }
    }
}
