using System.Globalization;
using System.Security.Claims;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Import;

/// <summary>The import workbook, empty (the template) or holding the register's current records in the same layout
/// (to move records to another register, or to correct them and import them back). Only the sheets the user may import
/// are in it. Taking the register's records out is an export, logged.</summary>
public static class ImportTemplate
{
    public sealed class Handler(GovernanceDbContext db, ImportSheets sheets)
    {
        public async Task<ExportFile> TemplateAsync(ClaimsPrincipal user)
        {
            var allowed = await sheets.AllowedAsync(user);
            var content = ImportWorkbookWriter.Write([.. allowed.Select(s => new ImportSheetContent(s, []))]);
            return new ExportFile(content, XlsxWriter.ContentType, "register-import-template.xlsx");
        }

        public async Task<ExportFile> RegisterAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            var allowed = await sheets.AllowedAsync(user);
            var contents = new List<ImportSheetContent>();
            foreach (var sheet in allowed)
            {
                var rows = new List<IReadOnlyList<string?>>();
                await foreach (var row in sheet.ExportRowsAsync(db, cancellationToken))
                {
                    rows.Add(row);
                }
                contents.Add(new ImportSheetContent(sheet, rows));
            }
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var current = CurrentUser.From(user) ?? throw new InvalidOperationException("Nobody is signed in.");
            var counts = string.Join(", ", contents.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Sheet.Name} {c.Rows.Count}")));
            db.AccessLog.Add(ExportFile.LogEntry(current, now, "Register in the import layout, XLSX", counts.Length == 0 ? "no sheets" : counts));
            await db.SaveChangesAsync(cancellationToken);
            var stamp = UkTime.ToLocal(now).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
            return new ExportFile(ImportWorkbookWriter.Write(contents), XlsxWriter.ContentType, $"register-{stamp}.xlsx");
        }
    }
}
