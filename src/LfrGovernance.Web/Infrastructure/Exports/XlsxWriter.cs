using ClosedXML.Excel;

namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as an Excel workbook with ClosedXML: a bold, frozen header row and
/// every cell as text, so nothing a user typed is read as a number, a date or a formula.</summary>
/// <remarks>Column widths come from the table: <c>AdjustToContents</c> needs GDI+, which Linux servers lack.</remarks>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(table.Title));
        for (var column = 0; column < table.Columns.Count; column++)
        {
            sheet.Column(column + 1).Width = table.Columns[column].Width;
            var header = sheet.Cell(1, column + 1);
            WriteText(header, table.Columns[column].Header);
            header.Style.Font.Bold = true;
        }
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var cells = table.Rows[row];
            for (var column = 0; column < cells.Count && column < table.Columns.Count; column++)
            {
                WriteText(sheet.Cell(row + 2, column + 1), cells[column]);
            }
        }
        sheet.SheetView.FreezeRows(1);
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Writes text as text: never a number, a date or a formula.</summary>
    public static void WriteText(IXLCell cell, string? text)
    {
        // SetValue<string> stores text as text (no parsing); the text number format and, for anything that looks like
        // a formula, Excel's quote prefix keep it text when someone edits the cell later.
        cell.Style.NumberFormat.Format = "@";
        cell.SetValue(text ?? string.Empty);
        if (CsvWriter.CouldBeFormula(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
        if (text?.Contains('\n', StringComparison.Ordinal) == true)
        {
            cell.Style.Alignment.WrapText = true;
        }
    }

    /// <summary>Excel allows 31 characters and none of : \ / ? * [ ].</summary>
    public static string SheetName(string title)
    {
        var name = new string([.. title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]).Trim();
        return name.Length == 0 ? "Export" : name[..Math.Min(31, name.Length)];
    }
}
