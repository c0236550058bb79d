using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Documents;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Retention;

/// <summary>One retention rule's page: every field, the policy that sets it, its documents and its history.</summary>
public static class RetentionRuleDetails
{
    public sealed record Page(RetentionRule Rule, string? PolicyTitle, RecordMarking Marking, RecordDocuments.Section Documents,
        IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db, RecordPage<RetentionRule>.Handler records)
    {
        public async Task<Page> ShowAsync(RecordPage<RetentionRule>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            await records.LogViewAsync(RetentionFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(RetentionFields.Kind, found, cancellationToken);
            var rule = found.Record;
            var policy = rule.PolicyDocumentId is { } policyId
                ? await db.Policies.AsNoTracking().Where(p => p.Id == policyId).Select(p => p.Title + " (version " + p.DocumentVersion + ")").SingleOrDefaultAsync(cancellationToken)
                : null;
            var documents = await RecordDocuments.ForAsync(db, RetentionFields.RecordType, rule.Id, found.AsAtUtc, cancellationToken);
            return new Page(rule, policy, found.Marking, documents, history, found.AsAtUtc);
        }
    }
}
