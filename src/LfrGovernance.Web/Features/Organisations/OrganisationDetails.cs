using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>One organisation's page: every field, its marking and status, and its history. Finding it, the purpose
/// form and the access log are shared by every record type (<see cref="RecordPage{TRecord}"/>).</summary>
public static class OrganisationDetails
{
    public sealed record Page(Organisation Organisation, RecordMarking Marking, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public sealed class Handler(RecordPage<Organisation>.Handler records)
    {
        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(RecordPage<Organisation>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            await records.LogViewAsync(OrganisationFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(OrganisationFields.Kind, found, cancellationToken);
            return new Page(found.Record, found.Marking, history, found.AsAtUtc);
        }
    }
}
