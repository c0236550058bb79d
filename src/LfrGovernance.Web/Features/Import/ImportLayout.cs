namespace LfrGovernance.Web.Features.Import;

/// <summary>How an uploaded worksheet's columns match a sheet's: for each of the sheet's columns, the worksheet column
/// that holds it (or -1), the required columns missing, and notes on headings the sheet does not know.</summary>
public sealed record MatchedLayout(IReadOnlyList<int> Source, IReadOnlyList<string> MissingRequired, IReadOnlyList<string> Notices);

/// <summary>The template's layout, read back: row 1 holds the headings (matched by name, whatever their case or
/// order), row 2 the notes (skipped when it is recognised), then one record per row.</summary>
public static class ImportLayout
{
    /// <summary>What the notes row says for a column: "Required." first for a required column.</summary>
    public static string NoteOf(ImportColumn column) =>
        (column ?? throw new ArgumentNullException(nameof(column))).Required ? "Required. " + column.Note : column.Note;

    public static MatchedLayout Match(IImportSheet sheet, IReadOnlyList<string?> headings)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(headings);
        var source = Enumerable.Repeat(-1, sheet.Columns.Count).ToArray();
        var notices = new List<string>();
        for (var i = 0; i < headings.Count; i++)
        {
            if (headings[i] is not { Length: > 0 } heading)
            {
                continue;
            }
            var column = IndexOf(sheet, heading);
            if (column < 0)
            {
                if (!string.Equals(heading, ImportSheets.ProblemsColumn, StringComparison.OrdinalIgnoreCase))
                {
                    notices.Add($"{sheet.Name}: the column \u201c{heading}\u201d is not one of this sheet\u2019s columns, so it was not read.");
                }
            }
            else if (source[column] >= 0)
            {
                notices.Add($"{sheet.Name}: the column \u201c{heading}\u201d appears more than once; only the first was read.");
            }
            else
            {
                source[column] = i;
            }
        }
        var missingRequired = new List<string>();
        for (var column = 0; column < sheet.Columns.Count; column++)
        {
            if (source[column] >= 0)
            {
                continue;
            }
            if (sheet.Columns[column].Required)
            {
                missingRequired.Add(sheet.Columns[column].Header);
            }
            else
            {
                notices.Add($"{sheet.Name}: there is no \u201c{sheet.Columns[column].Header}\u201d column, so it was read as empty in every row.");
            }
        }
        return new MatchedLayout(source, missingRequired, notices);
    }

    /// <summary>The data rows, in the sheet's column order: the heading row left out, and the notes row under it when
    /// it is recognised as notes.</summary>
    public static IReadOnlyList<ImportRow> DataRows(IImportSheet sheet, MatchedLayout layout, IReadOnlyList<(int Number, string?[] Cells)> rows)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(rows);
        var result = new List<ImportRow>(Math.Max(0, rows.Count - 1));
        for (var i = 1; i < rows.Count; i++)
        {
            var (number, cells) = rows[i];
            var mapped = new string?[sheet.Columns.Count];
            for (var column = 0; column < mapped.Length; column++)
            {
                var from = layout.Source[column];
                mapped[column] = from >= 0 && from < cells.Length ? cells[from] : null;
            }
            var row = new ImportRow(number, mapped);
            if (row.IsEmpty || i == 1 && number == rows[0].Number + 1 && IsNotesRow(sheet, row))
            {
                continue;
            }
            result.Add(row);
        }
        return result;
    }

    /// <summary>A row is the notes row when most of its cells are the template's notes (this version's or, as an
    /// earlier template's may differ, cells that say "Required." or "One of:" as notes do).</summary>
    public static bool IsNotesRow(IImportSheet sheet, ImportRow row)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(row);
        int filled = 0, notes = 0;
        for (var column = 0; column < sheet.Columns.Count; column++)
        {
            if (row[column] is not { } text)
            {
                continue;
            }
            filled++;
            var definition = sheet.Columns[column];
            if (string.Equals(text, NoteOf(definition).Trim(), StringComparison.Ordinal)
                || string.Equals(text, definition.Note.Trim(), StringComparison.Ordinal)
                || text.StartsWith("Required.", StringComparison.Ordinal)
                || text.StartsWith("One of:", StringComparison.Ordinal)
                || text.StartsWith("Optional.", StringComparison.Ordinal))
            {
                notes++;
            }
        }
        return filled > 0 && notes * 2 >= filled;
    }

    private static int IndexOf(IImportSheet sheet, string heading)
    {
        var wanted = heading.Trim();
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            if (string.Equals(sheet.Columns[i].Header, wanted, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
