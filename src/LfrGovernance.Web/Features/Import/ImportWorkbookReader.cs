using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LfrGovernance.Web.Features.Import;

/// <summary>A worksheet as read: its name and its non-empty rows, each with its row number and its cells by column
/// (column A is 0), as text.</summary>
public sealed record WorksheetRows(string Name, IReadOnlyList<(int Number, string?[] Cells)> Rows);

/// <summary>What reading a workbook gave: its worksheets, or the problem that stopped the reading.</summary>
public sealed record WorkbookRead(IReadOnlyList<WorksheetRows> Worksheets, string? Problem);

/// <summary>Reads every worksheet of a checked workbook (<see cref="ImportFileCheck"/>) with the OpenXML SDK's
/// forward-only reader, one row at a time: shared strings and inline strings as text, booleans as Yes / No, numbers in
/// invariant form, and numbers formatted as dates as "2024-03-27" or "2024-03-27 14:30" (the forms
/// <see cref="ImportCells"/> reads). Empty rows are left out; reading stops past the row limit.</summary>
public static class ImportWorkbookReader
{
    /// <summary>Columns beyond this are ignored: no template sheet comes near it.</summary>
    public const int MaxColumns = 256;

    public static WorkbookRead Read(byte[] content, ImportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbookPart = document.WorkbookPart;
            if (workbookPart?.Workbook?.Sheets is not { } sheets)
            {
                return new WorkbookRead([], ImportFileCheck.Damaged);
            }
            var date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value == true;
            var strings = SharedStrings(workbookPart.SharedStringTablePart);
            var dateStyles = DateStyles(workbookPart.WorkbookStylesPart);
            var worksheets = new List<WorksheetRows>();
            var rowsRead = 0;
            foreach (var sheet in sheets.Elements<Sheet>())
            {
                if (sheet.Id?.Value is not { } relationship || sheet.Name?.Value is not { } name
                    || workbookPart.GetPartById(relationship) is not WorksheetPart worksheetPart)
                {
                    continue;
                }
                if (string.Equals(name, ImportSheets.ListsSheet, StringComparison.OrdinalIgnoreCase))
                {
                    // The template's own lists of allowed values: not records.
                    continue;
                }
                var rows = new List<(int, string?[])>();
                if (!ReadRows(worksheetPart, strings, dateStyles, date1904, rows, settings.MaxRows - rowsRead))
                {
                    return new WorkbookRead([], ImportFileCheck.TooManyRows(settings));
                }
                // The heading row is not a record (nor the notes row, which the check of the rows tells apart).
                rowsRead += Math.Max(0, rows.Count - 2);
                worksheets.Add(new WorksheetRows(name, rows));
            }
            return new WorkbookRead(worksheets, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
            or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException or FileFormatException)
        {
            return new WorkbookRead([], ImportFileCheck.Damaged);
        }
    }

    /// <summary>Reads the rows of one worksheet into <paramref name="rows"/>; false when there are more than
    /// <paramref name="maxDataRows"/> besides the header.</summary>
    private static bool ReadRows(WorksheetPart part, IReadOnlyList<string> strings, IReadOnlySet<uint> dateStyles, bool date1904,
        List<(int, string?[])> rows, int maxDataRows)
    {
        using var reader = OpenXmlReader.Create(part);
        var previousRow = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : previousRow + 1;
            previousRow = number;
            var cells = ReadCells(row, strings, dateStyles, date1904);
            if (cells is null)
            {
                continue;
            }
            rows.Add((number, cells));
            // The heading row and the notes row are not records.
            if (rows.Count - 2 > maxDataRows)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The row's cells by column, or null when every cell is empty.</summary>
    private static string?[]? ReadCells(Row row, IReadOnlyList<string> strings, IReadOnlySet<uint> dateStyles, bool date1904)
    {
        string?[]? cells = null;
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
            if (column is < 0 or >= MaxColumns)
            {
                continue;
            }
            var text = Text(cell, strings, dateStyles, date1904)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            cells ??= new string?[MaxColumns];
            cells[column] = text;
        }
        if (cells is null)
        {
            return null;
        }
        var last = Array.FindLastIndex(cells, c => c is not null);
        return cells[..(last + 1)];
    }

    private static string? Text(Cell cell, IReadOnlyList<string> strings, IReadOnlySet<uint> dateStyles, bool date1904)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? StringItemText(inline) : cell.CellValue?.Text;
        }
        var value = cell.CellValue?.Text;
        if (value is null)
        {
            return null;
        }
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count
                ? strings[index]
                : throw new InvalidDataException("A cell names a shared string the workbook does not hold.");
        }
        if (type == CellValues.Boolean)
        {
            return value.Trim() is "1" or "true" ? "Yes" : "No";
        }
        if (type is null || type == CellValues.Number)
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return value;
            }
            return cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
                ? DateText(number, date1904) ?? value
                : number.ToString(CultureInfo.InvariantCulture);
        }
        // Formula strings, errors and ISO dates ("d") as written.
        return value;
    }

    /// <summary>An Excel serial date as the import's text: "2024-03-27", "2024-03-27 14:30", or "14:30" for a time alone.</summary>
    private static string? DateText(double serial, bool date1904)
    {
        if (serial < 0 || serial > 2958465)
        {
            return null;
        }
        // To the nearest second: serials carry floating-point noise.
        var seconds = Math.Round(serial * 86400);
        var whole = Math.Floor(seconds / 86400);
        var timeOfDay = TimeSpan.FromSeconds(seconds - whole * 86400);
        if (whole == 0 && !date1904)
        {
            return timeOfDay.ToString(timeOfDay.Seconds == 0 ? @"hh\:mm" : @"hh\:mm\:ss", CultureInfo.InvariantCulture);
        }
        var day = DateTime.FromOADate(whole).AddDays(date1904 ? 1462 : 0);
        var instant = day + timeOfDay;
        return timeOfDay == TimeSpan.Zero
            ? instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : instant.ToString(timeOfDay.Seconds == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>"AB12" as 27 (column A is 0).</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = column * 26 + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = column * 26 + (c - 'a' + 1);
            }
            else
            {
                break;
            }
            if (column > 16384)
            {
                return -1;
            }
        }
        return column - 1;
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(StringItemText((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }
        return strings;
    }

    /// <summary>The text of a string item: its text, or its runs' text (phonetic guides left out).</summary>
    private static string StringItemText(OpenXmlElement item) =>
        item.GetFirstChild<Text>() is { } text
            ? text.Text
            : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>The style indexes whose number format shows a date or a time.</summary>
    private static HashSet<uint> DateStyles(WorkbookStylesPart? part)
    {
        var styles = new HashSet<uint>();
        if (part?.Stylesheet is not { } stylesheet || stylesheet.CellFormats is not { } formats)
        {
            return styles;
        }
        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                custom[id] = code;
            }
        }
        uint index = 0;
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (IsBuiltInDate(id) || custom.TryGetValue(id, out var code) && new ExcelNumberFormat.NumberFormat(code).IsDateTimeFormat)
            {
                styles.Add(index);
            }
            index++;
        }
        return styles;
    }

    private static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 45 and <= 47) or (>= 27 and <= 36) or (>= 50 and <= 58);
}
