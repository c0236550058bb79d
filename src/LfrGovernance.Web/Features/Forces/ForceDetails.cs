using LfrGovernance.Core.Forces;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>One force's page: its fields, whether it is the default, its status and its history.</summary>
public static class ForceDetails
{
    public sealed record Page(Force Force, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public sealed class Handler(RecordPage<Force>.Handler records)
    {
        /// <summary>Logs the view if the marking asks (forces are ordinary reference data today), then builds the page.</summary>
        public async Task<Page> ShowAsync(RecordPage<Force>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            await records.LogViewAsync(ForceFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(ForceFields.Kind, found, cancellationToken);
            return new Page(found.Record, history, found.AsAtUtc);
        }
    }
}
