using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Documents;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.RetainedCounts;

/// <summary>One retained-image count's page: every field, its documents and its history.</summary>
public static class RetainedCountDetails
{
    public sealed record Page(RetainedImageCount Count, RecordMarking Marking, RecordDocuments.Section Documents,
        IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db, RecordPage<RetainedImageCount>.Handler records)
    {
        public async Task<Page> ShowAsync(RecordPage<RetainedImageCount>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            await records.LogViewAsync(RetainedCountFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(RetainedCountFields.Kind, found, cancellationToken);
            var documents = await RecordDocuments.ForAsync(db, RetainedCountFields.RecordType, found.Record.Id, found.AsAtUtc, cancellationToken);
            return new Page(found.Record, found.Marking, documents, history, found.AsAtUtc);
        }
    }
}
