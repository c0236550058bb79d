using System.Security.Claims;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Web.Features.Import;

/// <summary>What one sheet of a file would do (or did): its rows to create, to update, unchanged, and rejected.</summary>
public sealed record SheetReport(string Sheet, string RowDescribes, int Created, int Updated, int Unchanged, int Rejected)
{
    public int Valid => Created + Updated + Unchanged;
}

/// <summary>The check of a file: what each sheet would do, every problem (by sheet, row and column), and notes about
/// the file that do not stop the import (sheets and columns it does not know); or why the file was refused.</summary>
public sealed record ImportReport(IReadOnlyList<SheetReport> Sheets, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Notices, string? Refusal)
{
    public static ImportReport Refused(string refusal) => new([], [], [], refusal);

    /// <summary>Records the import would create or change.</summary>
    public int ToSave => Sheets.Sum(s => s.Created + s.Updated);

    public int Rejected => Sheets.Sum(s => s.Rejected);

    public int Valid => Sheets.Sum(s => s.Valid);

    /// <summary>True when there is nothing wrong: every row may be imported.</summary>
    public bool AllValid => Refusal is null && Problems.Count == 0 && Rejected == 0;
}

/// <summary>A staged import: the report, the batch whose context holds the staged records (not saved), and the rows
/// read from each sheet.</summary>
public sealed record StagedImport(ImportReport Report, ImportBatch? Batch, IReadOnlyDictionary<IImportSheet, IReadOnlyList<ImportRow>> Rows);

/// <summary>Runs a file through the sheets: checks it, reads it, matches worksheets and columns to the sheets by name,
/// and lets each sheet the user may import stage its rows, in order, in the request's context. Saves nothing.</summary>
public sealed class ImportEngine(GovernanceDbContext db, ImportSheets sheets, ImportSettings settings)
{
    public async Task<StagedImport> StageAsync(byte[] content, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(user);
        var empty = new Dictionary<IImportSheet, IReadOnlyList<ImportRow>>();
        if (content.LongLength > settings.MaxFileBytes)
        {
            return new StagedImport(ImportReport.Refused(ImportFileCheck.TooBig(settings)), null, empty);
        }
        if (ImportFileCheck.Check(content, settings) is { } refusal)
        {
            return new StagedImport(ImportReport.Refused(refusal), null, empty);
        }
        var read = ImportWorkbookReader.Read(content, settings);
        if (read.Problem is not null)
        {
            return new StagedImport(ImportReport.Refused(read.Problem), null, empty);
        }

        var batch = new ImportBatch(db);
        var notices = new List<string>();
        var allowed = (await sheets.AllowedAsync(user)).ToHashSet();
        var rowsBySheet = new Dictionary<IImportSheet, IReadOnlyList<ImportRow>>();
        var toStage = new List<IImportSheet>();
        foreach (var worksheet in read.Worksheets)
        {
            if (string.Equals(worksheet.Name, ImportSheets.ListsSheet, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (sheets.Named(worksheet.Name) is not { } sheet)
            {
                if (worksheet.Rows.Count > 0)
                {
                    notices.Add($"The sheet \u201c{worksheet.Name}\u201d is not one the import knows, so it was not read. Sheets are named as in the template.");
                }
                continue;
            }
            if (worksheet.Rows.Count == 0)
            {
                continue;
            }
            var layout = ImportLayout.Match(sheet, worksheet.Rows[0].Cells);
            notices.AddRange(layout.Notices);
            var rows = ImportLayout.DataRows(sheet, layout, worksheet.Rows);
            rowsBySheet[sheet] = rows;
            var header = worksheet.Rows[0].Number;
            if (!allowed.Contains(sheet))
            {
                batch.RejectAll(sheet, rows, header, null, $"You cannot import {sheet.Name.ToLowerInvariant()}: your role does not allow you to add or change them. Remove this sheet, or ask someone who may.");
            }
            else if (layout.MissingRequired.Count > 0)
            {
                foreach (var missing in layout.MissingRequired)
                {
                    batch.RejectAll(sheet, rows, header, missing, $"The column \u201c{missing}\u201d is missing. It is required: add it with this heading in row 1.");
                }
            }
            else
            {
                toStage.Add(sheet);
            }
        }

        foreach (var sheet in sheets.All.Where(toStage.Contains))
        {
            try
            {
                await sheet.StageAsync(batch, rowsBySheet[sheet], cancellationToken);
            }
            catch (DomainRuleException e)
            {
                // A rule the sheet did not check row by row: nothing of this file may be saved.
                db.ChangeTracker.Clear();
                return new StagedImport(ImportReport.Refused($"{sheet.Name}: {e.Message}"), null, rowsBySheet);
            }
        }

        var order = sheets.All.Select((s, i) => (s.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var problems = batch.Problems
            .OrderBy(p => order.GetValueOrDefault(p.Sheet, int.MaxValue)).ThenBy(p => p.Row)
            .ThenBy(p => p.Column is null ? -1 : ColumnIndex(sheets.Named(p.Sheet), p.Column))
            .ToList();
        var reports = sheets.All.Where(rowsBySheet.ContainsKey)
            .Select(s => new SheetReport(s.Name, s.RowDescribes,
                batch.Outcome(s.Name, ImportRowOutcome.Created), batch.Outcome(s.Name, ImportRowOutcome.Updated),
                batch.Outcome(s.Name, ImportRowOutcome.Unchanged), batch.RejectedRows(s.Name).Count))
            .ToList();
        return new StagedImport(new ImportReport(reports, problems, notices, null), batch, rowsBySheet);
    }

    private static int ColumnIndex(IImportSheet? sheet, string column)
    {
        if (sheet is null)
        {
            return int.MaxValue;
        }
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            if (string.Equals(sheet.Columns[i].Header, column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return int.MaxValue;
    }
}
