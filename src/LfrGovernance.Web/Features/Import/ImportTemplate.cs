using System.Globalization;
using System.Security.Claims;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Import;

/// <summary>The import workbook, empty (the template) or holding the register's current records in the same layout
/// (to move records to another register, or to correct them and import them back). Only the sheets the user may import
/// are in it. Taking the register's records out is an export, logged; it is streamed, since on a national register it
/// holds every deployment and alert.</summary>
public static class ImportTemplate
{
    public sealed class Handler(GovernanceDbContext db, ImportSheets sheets)
    {
        public async Task<ExportFile> TemplateAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var allowed = await sheets.AllowedAsync(user);
            var content = await ImportWorkbookWriter.ToBytesAsync([.. allowed.Select(s => ImportSheetContent.InMemory(s, []))], cancellationToken);
            return new ExportFile(content, XlsxWriter.ContentType, "register-import-template.xlsx");
        }

        /// <summary>Logs the export (before any of it is sent) and returns the download, whose rows are read from the
        /// register as the file is written.</summary>
        public async Task<IActionResult> RegisterAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            var allowed = await sheets.AllowedAsync(user);
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var current = CurrentUser.From(user) ?? throw new InvalidOperationException("Nobody is signed in.");
            var names = allowed.Count == 0 ? "no sheets" : "Sheets: " + string.Join(", ", allowed.Select(s => s.Name));
            db.AccessLog.Add(ExportFile.LogEntry(current, now, "Register in the import layout, XLSX", names));
            await db.SaveChangesAsync(cancellationToken);
            var stamp = UkTime.ToLocal(now).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
            IReadOnlyList<ImportSheetContent> contents = [.. allowed.Select(s => new ImportSheetContent(s, s.ExportRowsAsync(db, cancellationToken)))];
            return new StreamedDownload(XlsxWriter.ContentType, $"register-{stamp}.xlsx", (output, token) => ImportWorkbookWriter.WriteAsync(output, contents, token));
        }
    }
}
