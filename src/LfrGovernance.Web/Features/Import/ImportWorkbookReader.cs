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
    /// <paramref name="maxDataRows"/> besides the heading and notes rows.</summary>
    /// <remarks>Element by element, without building any element: a cell is complete when the next cell or row
    /// starts (an empty cell may be written as one self-closing element).</remarks>
    private static bool ReadRows(WorksheetPart part, IReadOnlyList<string> strings, IReadOnlySet<uint> dateStyles, bool date1904,
        List<(int, string?[])> rows, int maxDataRows)
    {
        using var reader = OpenXmlReader.Create(part);
        var row = new RowBuilder();
        var cell = new CellBuilder();
        var inPhonetic = false;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(Cell))
            {
                if (reader.IsStartElement)
                {
                    row.Add(cell.Finish(strings, dateStyles, date1904));
                    cell.Start(reader.Attributes, row.NextColumn);
                }
            }
            else if (type == typeof(CellValue))
            {
                if (reader.IsStartElement && cell.Open)
                {
                    cell.Value = reader.GetText();
                }
            }
            else if (type == typeof(Text))
            {
                if (reader.IsStartElement && cell.Open && !inPhonetic)
                {
                    cell.AppendInline(reader.GetText());
                }
            }
            else if (type == typeof(PhoneticRun))
            {
                inPhonetic = reader.IsStartElement;
            }
            else if (type == typeof(Row) && reader.IsStartElement)
            {
                row.Add(cell.Finish(strings, dateStyles, date1904));
                if (!row.Finish(rows, maxDataRows))
                {
                    return false;
                }
                row.Start(reader.Attributes);
            }
        }
        row.Add(cell.Finish(strings, dateStyles, date1904));
        return row.Finish(rows, maxDataRows);
    }

    /// <summary>The row being read: its number and its non-empty cells.</summary>
    private sealed class RowBuilder
    {
        private readonly string?[] cells = new string?[MaxColumns];
        private int last = -1;
        private int previousNumber;
        private int number;
        private bool open;

        public int NextColumn { get; private set; }

        public void Start(System.Collections.ObjectModel.ReadOnlyCollection<OpenXmlAttribute> attributes)
        {
            number = previousNumber + 1;
            foreach (var attribute in attributes)
            {
                if (attribute.LocalName == "r" && int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r))
                {
                    number = r;
                }
            }
            previousNumber = number;
            NextColumn = 0;
            open = true;
        }

        public void Add((int Column, string? Text)? cell)
        {
            if (cell is not { } value || !open)
            {
                return;
            }
            NextColumn = value.Column + 1;
            if (value.Column is < 0 or >= MaxColumns || string.IsNullOrEmpty(value.Text))
            {
                return;
            }
            cells[value.Column] = value.Text;
            last = Math.Max(last, value.Column);
        }

        /// <summary>Adds the row when it has a value; false when that makes too many rows.</summary>
        public bool Finish(List<(int, string?[])> rows, int maxDataRows)
        {
            if (!open)
            {
                return true;
            }
            open = false;
            if (last < 0)
            {
                return true;
            }
            rows.Add((number, cells[..(last + 1)]));
            Array.Clear(cells, 0, last + 1);
            last = -1;
            // The heading row and the notes row are not records.
            return rows.Count - 2 <= maxDataRows;
        }
    }

    /// <summary>The cell being read: its column, type, style, value or inline text.</summary>
    private sealed class CellBuilder
    {
        private readonly System.Text.StringBuilder inline = new();
        private int column;
        private string? type;
        private uint? style;
        private bool hasInline;

        public bool Open { get; private set; }

        public string? Value { get; set; }

        public void Start(System.Collections.ObjectModel.ReadOnlyCollection<OpenXmlAttribute> attributes, int nextColumn)
        {
            column = nextColumn;
            type = null;
            style = null;
            Value = null;
            inline.Clear();
            hasInline = false;
            foreach (var attribute in attributes)
            {
                switch (attribute.LocalName)
                {
                    case "r":
                        column = ColumnOf(attribute.Value ?? string.Empty);
                        break;
                    case "t":
                        type = attribute.Value;
                        break;
                    case "s" when uint.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var s):
                        style = s;
                        break;
                }
            }
            Open = true;
        }

        public void AppendInline(string text)
        {
            inline.Append(text);
            hasInline = true;
        }

        public (int, string?)? Finish(IReadOnlyList<string> strings, IReadOnlySet<uint> dateStyles, bool date1904)
        {
            if (!Open)
            {
                return null;
            }
            Open = false;
            return (column, Text(strings, dateStyles, date1904)?.Trim());
        }

        private string? Text(IReadOnlyList<string> strings, IReadOnlySet<uint> dateStyles, bool date1904)
        {
            switch (type)
            {
                case "inlineStr":
                    return hasInline ? inline.ToString() : Value;
                case "s":
                    if (Value is null)
                    {
                        return null;
                    }
                    return int.TryParse(Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count
                        ? strings[index]
                        : throw new InvalidDataException("A cell names a shared string the workbook does not hold.");
                case "b":
                    return Value is null ? null : Value.Trim() is "1" or "true" ? "Yes" : "No";
                case null or "n":
                    if (Value is null || !double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        return Value;
                    }
                    return style is { } s && dateStyles.Contains(s)
                        ? DateText(number, date1904) ?? Value
                        : number.ToString(CultureInfo.InvariantCulture);
                default:
                    // Formula strings, errors and ISO dates ("d") as written.
                    return Value;
            }
        }
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
        var text = new System.Text.StringBuilder();
        var open = false;
        var inPhonetic = false;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    if (open)
                    {
                        strings.Add(text.ToString());
                    }
                    text.Clear();
                    open = true;
                }
                else if (open)
                {
                    strings.Add(text.ToString());
                    open = false;
                }
            }
            else if (type == typeof(PhoneticRun))
            {
                inPhonetic = reader.IsStartElement;
            }
            else if (type == typeof(Text) && reader.IsStartElement && open && !inPhonetic)
            {
                text.Append(reader.GetText());
            }
        }
        if (open)
        {
            strings.Add(text.ToString());
        }
        return strings;
    }

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
