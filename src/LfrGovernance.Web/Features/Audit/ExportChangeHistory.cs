using System.Globalization;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Audit;

/// <summary>Exports what the change history list shows (its filters, every page) to CSV or XLSX, streamed and logged as
/// every list's export is (<see cref="ListExport"/>).</summary>
public static class ExportChangeHistory
{
    public static readonly ExportSheet<ChangeHistory.Row> Sheet = new ExportSheet<ChangeHistory.Row>("Change history", "change-history")
        .Column("Entry", 8, row => row.Sequence.ToString(CultureInfo.InvariantCulture))
        .Column("When (UK time)", 22, row => UkTime.Format(row.OccurredAt))
        .Column("When (UTC)", 22, row => row.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
        .Column("User", 24, row => row.UserName)
        .Column("User id", 24, row => row.UserId)
        .Column("Roles", 24, row => AuditText.RolesForDisplay(row.UserRoles))
        .Column("Record type", 16, row => row.RecordType)
        .Column("Record id", 38, row => row.RecordId.ToString("D"))
        .Column("Record name", 30, row => row.RecordName)
        .Column("Version", 9, row => row.Version.ToString(CultureInfo.InvariantCulture))
        .Column("Action", 12, row => row.Action.ToString())
        .Column("Reason", 30, row => row.Reason)
        .Column("Fields changed", 60, row => string.Join("\n", row.Changes.Select(ChangeHistory.Describe)))
        .RowsAre("entry", "entries");

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>The entries to export, or null when the filters have errors (shown on the list).</summary>
        public async Task<ExportSelection<ChangeHistory.Row>?> HandleAsync(ChangeHistory.Input input, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(modelState);
            var selection = ChangeHistory.Select(db, input, modelState);
            if (!modelState.IsValid)
            {
                return null;
            }
            var count = await selection.Entries.CountAsync(cancellationToken);
            return new ExportSelection<ChangeHistory.Row>(Sheet, count, ChangeHistory.StreamRows(selection.Entries, cancellationToken), selection.FiltersInWords);
        }
    }
}
