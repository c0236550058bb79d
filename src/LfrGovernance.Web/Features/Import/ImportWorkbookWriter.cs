using System.Globalization;
using LfrGovernance.Web.Infrastructure.Exports;

namespace LfrGovernance.Web.Features.Import;

/// <summary>A sheet of a workbook in the template's layout: its rows (in the sheet's column order) as they come and, for
/// the rejected rows file, each row's problems as one more cell at its end.</summary>
public sealed record ImportSheetContent(IImportSheet Sheet, IAsyncEnumerable<IReadOnlyList<string?>> Rows, bool WithProblems = false)
{
    /// <summary>Rows held in memory, with each row's problems when given.</summary>
    public static ImportSheetContent InMemory(IImportSheet sheet, IReadOnlyList<IReadOnlyList<string?>> rows, IReadOnlyList<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(rows);
        // With problems, each row is cut or padded to the sheet's columns and its problems put after them.
        var cells = problems is null
            ? rows
            : rows.Select((row, r) => (IReadOnlyList<string?>)[.. Enumerable.Range(0, sheet.Columns.Count).Select(c => c < row.Count ? row[c] : null), r < problems.Count ? problems[r] : null]);
        return new ImportSheetContent(sheet, cells.ToAsyncEnumerable(), problems is not null);
    }
}

/// <summary>Writes workbooks in the template's layout, streamed (<see cref="XlsxStreamWriter"/>), so the register's
/// records go out as they are read: one worksheet per sheet, row 1 the headings (bold, frozen), row 2 the notes
/// (italic, wrapped; "Required." first for a required column), then the rows, every cell as text. A column with
/// allowed values gets a drop-down list over its data rows, its values kept on a hidden "Lists" sheet (an in-cell list
/// is limited to 255 characters and cannot hold a comma).</summary>
public static class ImportWorkbookWriter
{
    /// <summary>The last row a drop-down list covers: Excel's last.</summary>
    private const int LastRow = 1_048_576;

    private const string ProblemsNote = "What was wrong with the row when it was imported. Correct the row and upload the file again; this column is not read.";

    /// <summary>Writes the sheets to <paramref name="output"/> as their rows come; returns how many rows each had.</summary>
    public static async Task<IReadOnlyList<int>> WriteAsync(Stream output, IReadOnlyList<ImportSheetContent> sheets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0)
        {
            await XlsxStreamWriter.WriteAsync(output, [new XlsxStreamSheet("Import", [new ExportColumn("There are no sheets you may import.", 60)], AsyncEnumerable.Empty<IReadOnlyList<string?>>())], cancellationToken);
            return [];
        }
        var listColumns = new List<(string Header, IReadOnlyList<string> Values)>();
        var worksheets = new List<XlsxStreamSheet>(sheets.Count + 1);
        foreach (var content in sheets)
        {
            var columns = content.Sheet.Columns;
            var exported = columns.Select(c => new ExportColumn(c.Header, c.Width)).ToList();
            var notes = columns.Select(c => (string?)ImportLayout.NoteOf(c)).ToList();
            var noteLines = columns.Select(c => (int)Math.Ceiling(ImportLayout.NoteOf(c).Length * 1.15 / Math.Max(8, c.Width))).Append(1).Max();
            if (content.WithProblems)
            {
                exported.Add(new ExportColumn(ImportSheets.ProblemsColumn, 60));
                notes.Add(ProblemsNote);
            }
            var lists = new List<XlsxDropDownList>();
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Allowed is not { Count: > 0 } allowed)
                {
                    continue;
                }
                listColumns.Add(($"{content.Sheet.Name}: {columns[c].Header}", allowed));
                var letters = XlsxStreamWriter.ColumnLetters(listColumns.Count);
                lists.Add(new XlsxDropDownList(c, 3, LastRow,
                    string.Create(CultureInfo.InvariantCulture, $"{ImportSheets.ListsSheet}!${letters}$2:${letters}${allowed.Count + 1}"),
                    Strict: !columns[c].Several, columns[c].Header,
                    columns[c].Several ? "Choose from the list, or type several of its values separated by semicolons." : "Choose a value from the list."));
            }
            worksheets.Add(new XlsxStreamSheet(content.Sheet.Name, exported, content.Rows)
            {
                Notes = notes,
                NotesHeight = Math.Min(409, 15 * noteLines),
                WrappedColumns = content.WithProblems ? new HashSet<int> { columns.Count } : null,
                Lists = lists,
            });
        }
        if (listColumns.Count > 0)
        {
            var longest = listColumns.Max(l => l.Values.Count);
            var rows = Enumerable.Range(0, longest)
                .Select(i => (IReadOnlyList<string?>)[.. listColumns.Select(l => i < l.Values.Count ? l.Values[i] : null)])
                .ToList();
            worksheets.Add(new XlsxStreamSheet(ImportSheets.ListsSheet, [.. listColumns.Select(l => new ExportColumn(l.Header, 30))], rows.ToAsyncEnumerable())
            {
                Hidden = true,
                FreezeHeader = false,
            });
        }
        var counts = await XlsxStreamWriter.WriteAsync(output, worksheets, cancellationToken);
        return [.. counts.Take(sheets.Count)];
    }

    /// <summary>A workbook held in memory (the template, a file of rejected rows, a test's file).</summary>
    public static async Task<byte[]> ToBytesAsync(IReadOnlyList<ImportSheetContent> sheets, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        await WriteAsync(memory, sheets, cancellationToken);
        return memory.ToArray();
    }

    /// <summary>The same, for callers that cannot wait asynchronously (tests build files this way); every row is in
    /// memory and the stream too, so nothing here ever waits.</summary>
    public static byte[] Write(IReadOnlyList<ImportSheetContent> sheets) =>
        ToBytesAsync(sheets, CancellationToken.None).GetAwaiter().GetResult();
}
