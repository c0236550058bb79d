using System.Security.Claims;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Exports;

namespace LfrGovernance.Web.Features.Import;

/// <summary>The rejected rows of an uploaded file, checked against the register as it is now, as a workbook in the
/// template's layout with a "Problems" column: correct them and upload that file.</summary>
public static class RejectedRows
{
    public sealed class Handler(GovernanceDbContext db, ImportEngine engine)
    {
        public async Task<ExportFile?> HandleAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            if (await CheckImport.FindWaitingAsync(db, id, user, cancellationToken) is not { } pending)
            {
                return null;
            }
            var staged = await engine.StageAsync(pending.Content, user, cancellationToken);
            db.ChangeTracker.Clear();
            var contents = new List<ImportSheetContent>();
            foreach (var (sheet, rows) in staged.Rows.OrderBy(p => p.Key.Order))
            {
                var rejected = staged.Batch?.RejectedRows(sheet.Name) ?? new HashSet<int>();
                var problems = staged.Report.Problems.Where(p => p.Sheet == sheet.Name).ToList();
                var numbers = rows.Select(r => r.Number).ToHashSet();
                var sheetWide = problems.Where(p => !numbers.Contains(p.Row)).ToList();
                var kept = rows.Where(r => rejected.Contains(r.Number)).ToList();
                if (kept.Count == 0)
                {
                    continue;
                }
                var byRow = problems.ToLookup(p => p.Row);
                contents.Add(ImportSheetContent.InMemory(sheet, [.. kept.Select(r => r.Cells)],
                    [.. kept.Select(r => string.Join(Environment.NewLine, sheetWide.Concat(byRow[r.Number]).Select(Describe)))]));
            }
            var baseName = Path.GetFileNameWithoutExtension(pending.FileName);
            return new ExportFile(await ImportWorkbookWriter.ToBytesAsync(contents, cancellationToken), XlsxWriter.ContentType, $"{baseName}-rejected-rows.xlsx");
        }

        private static string Describe(ImportProblem problem) =>
            problem.Column is null ? problem.Message : $"{problem.Column}: {problem.Message}";
    }
}
