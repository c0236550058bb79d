using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Documents;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>One organisation's page: every field, its marking and status, its documents and its history. Finding it, the purpose
/// form and the access log are shared by every record type (<see cref="RecordPage{TRecord}"/>).</summary>
public static class OrganisationDetails
{
    public sealed record Page(Organisation Organisation, RecordMarking Marking, RecordDocuments.Section Documents, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db, RecordPage<Organisation>.Handler records)
    {
        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(RecordPage<Organisation>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            await records.LogViewAsync(OrganisationFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(OrganisationFields.Kind, found, cancellationToken);
            var documents = await RecordDocuments.ForAsync(db, OrganisationFields.RecordType, found.Record.Id, found.AsAtUtc, cancellationToken);
            return new Page(found.Record, found.Marking, documents, history, found.AsAtUtc);
        }
    }
}
