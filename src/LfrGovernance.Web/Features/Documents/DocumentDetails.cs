using LfrGovernance.Core.Documents;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Documents;

/// <summary>One document's page: what it is, the record it is attached to, its SHA-256, a download link, and its
/// history. A document of a record the user may not see is not found.</summary>
public static class DocumentDetails
{
    public sealed record Page(RecordDocument Document, DocumentSubject Subject, RecordMarking Marking, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db, RecordPage<RecordDocument>.Handler records)
    {
        /// <summary>The document, if the user may see the record it is attached to.</summary>
        public async Task<RecordPage<RecordDocument>.Found?> FindAsync(Guid id, DateTime? asAtUtc, CancellationToken cancellationToken) =>
            await records.FindAsync(id, asAtUtc, cancellationToken) is { } found
                && await DocumentSubjects.FindAsync(db, found.Record.SubjectType, found.Record.SubjectId, cancellationToken) is not null
                ? found
                : null;

        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(RecordPage<RecordDocument>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            var document = found.Record;
            var subject = await DocumentSubjects.FindAsync(db, document.SubjectType, document.SubjectId, cancellationToken)
                ?? throw new KeyNotFoundException();
            await records.LogViewAsync(DocumentFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(DocumentFields.Kind, found, cancellationToken);
            return new Page(document, subject, found.Marking, history, found.AsAtUtc);
        }
    }
}
