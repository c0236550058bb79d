using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;

namespace LfrGovernance.Web.Features.Audit;

/// <summary>Checks, on request, that no history entry has been altered, removed or reordered since it was written.</summary>
public static class VerifyHistory
{
    /// <summary>The page: before a check, <see cref="Result"/> is null.</summary>
    public sealed record Page(HistoryVerification? Result, DateTime? CheckedAtUtc)
    {
        public static readonly Page NotRun = new(null, null);
    }

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(CancellationToken cancellationToken)
        {
            var result = await HistoryVerifier.VerifyAsync(db, cancellationToken);
            return new Page(result, db.Clock.GetUtcNow().UtcDateTime);
        }
    }
}
