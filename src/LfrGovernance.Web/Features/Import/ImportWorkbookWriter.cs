using ClosedXML.Excel;
using LfrGovernance.Web.Infrastructure.Exports;

namespace LfrGovernance.Web.Features.Import;

/// <summary>A sheet of a workbook in the template's layout: its rows (in the sheet's column order) and, for the
/// rejected rows file, each row's problems.</summary>
public sealed record ImportSheetContent(IImportSheet Sheet, IReadOnlyList<IReadOnlyList<string?>> Rows, IReadOnlyList<string>? Problems = null);

/// <summary>Writes workbooks in the template's layout with ClosedXML: one worksheet per sheet, row 1 the headings (bold,
/// frozen), row 2 the notes (wrapped; "Required." first for a required column), then the rows, every cell as text. A
/// column with allowed values gets a drop-down list over its data rows, its values kept on a hidden "Lists" sheet
/// (an in-cell list is limited to 255 characters and cannot hold a comma).</summary>
public static class ImportWorkbookWriter
{
    /// <summary>Rows of the template the drop-down lists cover (beyond the rows written).</summary>
    public const int ValidatedRows = 5_000;

    public static byte[] Write(IReadOnlyList<ImportSheetContent> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var workbook = new XLWorkbook();
        IXLWorksheet? lists = null;
        var listColumn = 0;
        foreach (var content in sheets)
        {
            var sheet = content.Sheet;
            var worksheet = workbook.Worksheets.Add(sheet.Name);
            var columns = sheet.Columns;
            var noteLines = 1;
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                // Width only: a column style would make ClosedXML write every empty cell of every row.
                worksheet.Column(c + 1).Width = column.Width;
                var header = worksheet.Cell(1, c + 1);
                XlsxWriter.WriteText(header, column.Header);
                header.Style.Font.Bold = true;
                var note = worksheet.Cell(2, c + 1);
                var noteText = ImportLayout.NoteOf(column);
                XlsxWriter.WriteText(note, noteText);
                note.Style.Alignment.WrapText = true;
                note.Style.Font.Italic = true;
                noteLines = Math.Max(noteLines, (int)Math.Ceiling(noteText.Length * 1.15 / Math.Max(8, column.Width)));
            }
            if (content.Problems is not null)
            {
                var problems = columns.Count + 1;
                worksheet.Column(problems).Width = 60;
                var header = worksheet.Cell(1, problems);
                XlsxWriter.WriteText(header, ImportSheets.ProblemsColumn);
                header.Style.Font.Bold = true;
                var note = worksheet.Cell(2, problems);
                XlsxWriter.WriteText(note, "What was wrong with the row when it was imported. Correct the row and upload the file again; this column is not read.");
                note.Style.Alignment.WrapText = true;
                note.Style.Font.Italic = true;
            }
            worksheet.Row(2).Height = Math.Min(409, 15 * noteLines);

            for (var r = 0; r < content.Rows.Count; r++)
            {
                var cells = content.Rows[r];
                for (var c = 0; c < cells.Count && c < columns.Count; c++)
                {
                    if (cells[c] is { Length: > 0 } text)
                    {
                        XlsxWriter.WriteText(worksheet.Cell(r + 3, c + 1), text);
                    }
                }
                if (content.Problems is not null && r < content.Problems.Count)
                {
                    XlsxWriter.WriteText(worksheet.Cell(r + 3, columns.Count + 1), content.Problems[r]);
                    worksheet.Cell(r + 3, columns.Count + 1).Style.Alignment.WrapText = true;
                }
            }

            var lastRow = 2 + Math.Max(ValidatedRows, content.Rows.Count);
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Allowed is not { Count: > 0 } allowed)
                {
                    continue;
                }
                lists ??= workbook.Worksheets.Add(ImportSheets.ListsSheet);
                listColumn++;
                XlsxWriter.WriteText(lists.Cell(1, listColumn), $"{sheet.Name}: {columns[c].Header}");
                for (var i = 0; i < allowed.Count; i++)
                {
                    XlsxWriter.WriteText(lists.Cell(i + 2, listColumn), allowed[i]);
                }
                var validation = worksheet.Range(3, c + 1, lastRow, c + 1).SetDataValidation();
                validation.IgnoreBlanks = true;
                validation.List(lists.Range(2, listColumn, allowed.Count + 1, listColumn), true);
                validation.ShowErrorMessage = true;
                validation.ErrorTitle = columns[c].Header;
                if (columns[c].Several)
                {
                    validation.ErrorStyle = XLErrorStyle.Warning;
                    validation.ErrorMessage = "Choose from the list, or type several of its values separated by semicolons.";
                }
                else
                {
                    validation.ErrorStyle = XLErrorStyle.Stop;
                    validation.ErrorMessage = "Choose a value from the list.";
                }
            }
            worksheet.SheetView.FreezeRows(1);
            worksheet.Range(1, 1, 2, columns.Count + (content.Problems is null ? 0 : 1)).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }
        if (lists is not null)
        {
            lists.Visibility = XLWorksheetVisibility.Hidden;
        }
        if (sheets.Count == 0)
        {
            XlsxWriter.WriteText(workbook.Worksheets.Add("Import").Cell(1, 1), "There are no sheets you may import.");
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
