using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Documents;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.PolicyDocuments;

/// <summary>One policy's page: every field, whether it is past its review, its owner, its documents and its history.</summary>
public static class PolicyDetails
{
    /// <param name="OwnerName">The owner's name, or null when none is set or the user may not see them.</param>
    public sealed record Page(PolicyDocument Policy, string? OwnerName, bool PastReview, RecordMarking Marking,
        RecordDocuments.Section Documents, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db, RecordPage<PolicyDocument>.Handler records)
    {
        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(RecordPage<PolicyDocument>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            await records.LogViewAsync(PolicyFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(PolicyFields.Kind, found, cancellationToken);
            var policy = found.Record;
            var owner = policy.OwnerId is { } ownerId
                ? await db.People.AsNoTracking().Where(p => p.Id == ownerId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
                : null;
            var today = UkTime.Today(db.Clock);
            var documents = await RecordDocuments.ForAsync(db, PolicyFields.RecordType, policy.Id, found.AsAtUtc, cancellationToken);
            return new Page(policy, owner, policy.IsPastReview(today), found.Marking, documents, history, found.AsAtUtc);
        }
    }
}
