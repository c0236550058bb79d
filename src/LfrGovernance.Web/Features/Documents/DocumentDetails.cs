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

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>The record the document is attached to, if the user may see it.</summary>
        public Task<DocumentSubject?> SubjectAsync(RecordDocument document, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(document);
            return DocumentSubjects.FindAsync(db, document.SubjectType, document.SubjectId, cancellationToken);
        }

        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(RecordDocument document, DocumentSubject subject, RecordMarking marking, DateTime? asAtUtc,
            CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(document);
            await SensitiveViews.LogViewAsync(db, user, marking, DocumentFields.RecordType, document.Id,
                $"Document \u201c{document.Title}\u201d", purpose, cancellationToken);
            var history = await RecordHistory.TimelineAsync(db, DocumentFields.RecordType, document.Id, asAtUtc, DocumentFields.Instance, cancellationToken);
            return new Page(document, subject, marking, history, asAtUtc);
        }
    }
}
