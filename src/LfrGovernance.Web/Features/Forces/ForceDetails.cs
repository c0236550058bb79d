using LfrGovernance.Core.Forces;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>One force's page: its fields, whether it is the default, its status and its history.</summary>
public static class ForceDetails
{
    public sealed record Page(Force Force, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>The force as it is (or was at <paramref name="asAtUtc"/>), with its history up to then; null if
        /// there is none (or there was none then).</summary>
        public async Task<Page?> HandleAsync(Guid id, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var force = asAtUtc is { } instant
                ? await RegisterAsOf.RecordAsync<Force>(db, id, instant, cancellationToken)
                : await db.Forces.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
            if (force is null)
            {
                return null;
            }
            var history = await RecordHistory.TimelineAsync(db, ForceFields.RecordType, id, asAtUtc, ForceFields.Instance, cancellationToken);
            return new Page(force, history, asAtUtc);
        }
    }
}
