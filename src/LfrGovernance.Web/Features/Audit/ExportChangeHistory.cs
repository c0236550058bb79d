using System.Globalization;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Audit;

/// <summary>Exports what the change history list shows (its filters, every page) to CSV or XLSX, and logs the export.</summary>
public static class ExportChangeHistory
{
    private static readonly ExportColumn[] Columns =
    [
        new("Entry", 8),
        new("When (UK time)", 22),
        new("When (UTC)", 22),
        new("User", 24),
        new("User id", 24),
        new("Roles", 24),
        new("Record type", 16),
        new("Record id", 38),
        new("Record name", 30),
        new("Version", 9),
        new("Action", 12),
        new("Reason", 30),
        new("Fields changed", 60),
    ];

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>The file, or null when the filters have errors (shown on the list).</summary>
        public async Task<ExportFile?> HandleAsync(ChangeHistory.Input input, ExportFormat format, CurrentUser user, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(modelState);
            var selection = ChangeHistory.Select(db, input, modelState);
            if (!modelState.IsValid)
            {
                return null;
            }
            var rows = await ChangeHistory.ToRowsAsync(selection.Entries, cancellationToken);
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var file = ExportFile.Create(new ExportTable("Change history", Columns, [.. rows.Select(Cells)]), format, "change-history", now);

            var description = $"Change history, {format.ToString().ToUpperInvariant()} ({rows.Count} {(rows.Count == 1 ? "entry" : "entries")})";
            db.AccessLog.Add(ExportFile.LogEntry(user, now, description, selection.FiltersInWords));
            await db.SaveChangesAsync(cancellationToken);
            return file;
        }
    }

    private static string?[] Cells(ChangeHistory.Row row) =>
    [
        row.Sequence.ToString(CultureInfo.InvariantCulture),
        UkTime.Format(row.OccurredAt),
        row.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        row.UserName,
        row.UserId,
        AuditText.RolesForDisplay(row.UserRoles),
        row.RecordType,
        row.RecordId.ToString("D"),
        row.RecordName,
        row.Version.ToString(CultureInfo.InvariantCulture),
        row.Action.ToString(),
        row.Reason,
        string.Join("\n", row.Changes.Select(ChangeHistory.Describe)),
    ];
}
