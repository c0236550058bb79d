using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Features.Import;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>Runs import sheets against a context as the engine does: in order, into one batch, nothing saved.</summary>
public static class SheetRun
{
    /// <summary>A row of <paramref name="sheet"/> from (header, text) pairs; other cells empty.</summary>
    public static ImportRow Row(IImportSheet sheet, int number, params (string Header, string? Text)[] cells)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var values = new string?[sheet.Columns.Count];
        var index = new ColumnIndex(sheet.Columns);
        foreach (var (header, text) in cells)
        {
            values[index[header]] = text;
        }
        return new ImportRow(number, values);
    }

    /// <summary>A row exported by a sheet, with some cells changed.</summary>
    public static ImportRow Changed(IImportSheet sheet, int number, IReadOnlyList<string?> exported, params (string Header, string? Text)[] changes)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(exported);
        var values = exported.ToArray();
        var index = new ColumnIndex(sheet.Columns);
        foreach (var (header, text) in changes)
        {
            values[index[header]] = text;
        }
        return new ImportRow(number, values);
    }

    /// <summary>Stages the sheets' rows in order into one batch.</summary>
    public static async Task<ImportBatch> StageAsync(GovernanceDbContext db, params (IImportSheet Sheet, IReadOnlyList<ImportRow> Rows)[] sheets)
    {
        var batch = new ImportBatch(db);
        foreach (var (sheet, rows) in sheets.OrderBy(s => s.Sheet.Order))
        {
            await sheet.StageAsync(batch, rows, CancellationToken.None);
        }
        return batch;
    }

    /// <summary>Every row a sheet exports, as numbered import rows (from row 3, as in the template).</summary>
    public static async Task<IReadOnlyList<ImportRow>> ExportAsync(GovernanceDbContext db, IImportSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var rows = new List<ImportRow>();
        await foreach (var cells in sheet.ExportRowsAsync(db, CancellationToken.None))
        {
            rows.Add(new ImportRow(rows.Count + 3, cells));
        }
        return rows;
    }
}
