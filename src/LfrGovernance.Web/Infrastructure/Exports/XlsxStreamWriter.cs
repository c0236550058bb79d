using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Xml;

namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>Writes a table of any length as an Excel workbook, row by row, straight to a stream that need not seek
/// (the response): the zip is written with <see cref="ZipArchive"/> in create mode and the worksheet's SpreadsheetML
/// with an <see cref="XmlWriter"/>, so only the row being written is in memory. (The OpenXML SDK's
/// <c>OpenXmlWriter</c> writes the same XML but makes objects for every cell: about 8 times the allocations and 3 to 4
/// times the time for 100,000 rows; docs/performance.md, "Exports".) ClosedXML builds the whole workbook in
/// memory first (about 1.1 GB and 10 s for 100,000 rows of 10 columns); small formatted workbooks stay with it
/// (<see cref="XlsxWriter"/>).</summary>
/// <remarks>A list's export is the same workbook as <see cref="XlsxWriter"/>'s: one worksheet, a bold header row frozen
/// at the top, the columns' widths, and every cell an inline string with the text number format, so nothing is read as
/// a number, a date or a formula; text that looks like a formula also carries Excel's quote prefix, so it stays text
/// when edited. Inline strings, not a shared string table, so nothing is collected before the end. The import layout
/// (<see cref="Features.Import.ImportWorkbookWriter"/>) adds worksheets, a notes row, drop-down lists and a hidden
/// sheet (<see cref="XlsxStreamSheet"/>).</remarks>
public static class XlsxStreamWriter
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // The cell formats of styles.xml, by index.
    private const string TextStyle = "1";
    private const string HeaderStyle = "2";
    private const string QuotedTextStyle = "3";
    private const string WrappedTextStyle = "4";
    private const string WrappedQuotedTextStyle = "5";
    private const string NoteStyle = "6";

    /// <summary>Writes the header and then each row as it comes; returns how many rows were written.</summary>
    public static async Task<int> WriteAsync(Stream output, string title, IReadOnlyList<ExportColumn> columns,
        IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        var counts = await WriteAsync(output, [new XlsxStreamSheet(XlsxWriter.SheetName(title), columns, rows)], cancellationToken);
        return counts[0];
    }

    /// <summary>Writes several worksheets, each one's rows as they come, in order; returns how many rows each had.</summary>
    public static async Task<IReadOnlyList<int>> WriteAsync(Stream output, IReadOnlyList<XlsxStreamSheet> sheets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one worksheet.", nameof(sheets));
        }
        await using var chunks = new ChunkedOutputStream(output);
        var counts = new List<int>(sheets.Count);
        using (var zip = new ZipArchive(chunks, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", ContentTypes(sheets.Count));
            Part(zip, "_rels/.rels", PackageRelationships);
            Part(zip, "xl/workbook.xml", Workbook(sheets));
            Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships(sheets.Count));
            Part(zip, "xl/styles.xml", Styles);
            await chunks.DrainAsync(cancellationToken);
            for (var i = 0; i < sheets.Count; i++)
            {
                counts.Add(await WriteSheetAsync(zip, chunks, $"xl/worksheets/sheet{i + 1}.xml", sheets[i], selected: i == 0, cancellationToken));
            }
        }
        await chunks.DrainAsync(cancellationToken);
        return counts;
    }

    private static async Task<int> WriteSheetAsync(ZipArchive zip, ChunkedOutputStream chunks, string name, XlsxStreamSheet sheet, bool selected, CancellationToken cancellationToken)
    {
        var columns = sheet.Columns;
        var letters = Enumerable.Range(1, columns.Count).Select(ColumnLetters).ToArray();
        var wrapped = Enumerable.Range(0, columns.Count).Select(c => sheet.WrappedColumns?.Contains(c) == true).ToArray();
        var count = 0;
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using (var part = entry.Open())
        using (var xml = XmlWriter.Create(part, WorksheetSettings))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("worksheet", MainNamespace);
            WriteView(xml, selected, sheet.FreezeHeader);
            xml.WriteStartElement("cols", MainNamespace);
            for (var c = 0; c < columns.Count; c++)
            {
                var position = (c + 1).ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("col", MainNamespace);
                xml.WriteAttributeString("min", position);
                xml.WriteAttributeString("max", position);
                xml.WriteAttributeString("width", columns[c].Width.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("style", TextStyle);
                xml.WriteAttributeString("customWidth", "1");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteStartElement("sheetData", MainNamespace);
            WriteRow(xml, 1, letters, [.. columns.Select(c => c.Header)], RowKind.Header, wrapped);
            var number = 1;
            if (sheet.Notes is { } notes)
            {
                number++;
                WriteRow(xml, number, letters, notes, RowKind.Notes, wrapped, sheet.NotesHeight);
            }
            await foreach (var row in sheet.Rows.WithCancellation(cancellationToken))
            {
                count++;
                number++;
                WriteRow(xml, number, letters, row, RowKind.Data, wrapped);
                if (chunks.Pending >= ChunkedOutputStream.DrainAt)
                {
                    await chunks.DrainAsync(cancellationToken);
                }
            }
            xml.WriteEndElement(); // sheetData
            WriteLists(xml, sheet.Lists);
            xml.WriteEndElement(); // worksheet
        }
        await chunks.DrainAsync(cancellationToken);
        return count;
    }

    /// <summary>Drop-down lists: each a range of a column whose values come from a range of cells.</summary>
    private static void WriteLists(XmlWriter xml, IReadOnlyList<XlsxDropDownList> lists)
    {
        if (lists.Count == 0)
        {
            return;
        }
        xml.WriteStartElement("dataValidations", MainNamespace);
        xml.WriteAttributeString("count", lists.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var list in lists)
        {
            var letter = ColumnLetters(list.Column + 1);
            xml.WriteStartElement("dataValidation", MainNamespace);
            xml.WriteAttributeString("type", "list");
            if (!list.Strict)
            {
                xml.WriteAttributeString("errorStyle", "warning");
            }
            xml.WriteAttributeString("allowBlank", "1");
            xml.WriteAttributeString("showErrorMessage", "1");
            xml.WriteAttributeString("errorTitle", XmlSafe(list.ErrorTitle));
            xml.WriteAttributeString("error", XmlSafe(list.ErrorMessage));
            xml.WriteAttributeString("sqref", string.Create(CultureInfo.InvariantCulture, $"{letter}{list.FirstRow}:{letter}{list.LastRow}"));
            xml.WriteElementString("formula1", MainNamespace, list.Source);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static readonly XmlWriterSettings WorksheetSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // The text is made safe for XML first (XmlSafe); the writer need not check it again.
        CheckCharacters = false,
        // A carriage return in a cell is kept (as &#xD;), not turned into a line feed.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    private enum RowKind
    {
        Header,
        Notes,
        Data,
    }

    /// <summary>One row: an inline string per cell that has text, with its reference and its style. The fixed markup of
    /// a cell is written as it is (<see cref="XmlWriter.WriteRaw(string)"/>), the text through the writer, which escapes
    /// it; that halves the writer's work for each of what may be millions of cells.</summary>
    private static void WriteRow(XmlWriter xml, int number, string[] letters, IReadOnlyList<string?> cells, RowKind kind, bool[] wrappedColumns, double height = 0)
    {
        var reference = number.ToString(CultureInfo.InvariantCulture);
        xml.WriteRaw("<row r=\"");
        xml.WriteRaw(reference);
        xml.WriteRaw(height > 0 ? string.Create(CultureInfo.InvariantCulture, $"\" ht=\"{height}\" customHeight=\"1\">") : "\">");
        for (var c = 0; c < letters.Length && c < cells.Count; c++)
        {
            var text = XmlSafe(cells[c]);
            if (text.Length == 0)
            {
                continue;
            }
            var formula = CsvWriter.CouldBeFormula(text);
            var wrapped = wrappedColumns[c] || text.Contains('\n', StringComparison.Ordinal);
            var style = kind switch
            {
                RowKind.Header => HeaderStyle,
                RowKind.Notes => NoteStyle,
                _ => wrapped ? formula ? WrappedQuotedTextStyle : WrappedTextStyle : formula ? QuotedTextStyle : TextStyle,
            };
            var preserve = char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]);
            xml.WriteRaw("<c r=\"");
            xml.WriteRaw(letters[c]);
            xml.WriteRaw(reference);
            xml.WriteRaw(CellStart[(style[0] - '0') * 2 + (preserve ? 1 : 0)]);
            xml.WriteString(text);
            xml.WriteRaw("</t></is></c>");
        }
        xml.WriteRaw("</row>");
    }

    /// <summary>What follows a cell's reference up to its text, by style and whether spaces at the ends are kept.</summary>
    private static readonly string[] CellStart =
    [
        .. Enumerable.Range(0, 7).SelectMany(style => new[]
        {
            $"\" s=\"{style}\" t=\"inlineStr\"><is><t>",
            $"\" s=\"{style}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">",
        }),
    ];

    /// <summary>The sheet's view: the first sheet is the one shown on opening; the first row can stay in view while
    /// scrolling.</summary>
    private static void WriteView(XmlWriter xml, bool selected, bool freezeHeader)
    {
        xml.WriteStartElement("sheetViews", MainNamespace);
        xml.WriteStartElement("sheetView", MainNamespace);
        if (selected)
        {
            xml.WriteAttributeString("tabSelected", "1");
        }
        xml.WriteAttributeString("workbookViewId", "0");
        if (freezeHeader)
        {
            xml.WriteStartElement("pane", MainNamespace);
            xml.WriteAttributeString("ySplit", "1");
            xml.WriteAttributeString("topLeftCell", "A2");
            xml.WriteAttributeString("activePane", "bottomLeft");
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
            xml.WriteStartElement("selection", MainNamespace);
            xml.WriteAttributeString("pane", "bottomLeft");
            xml.WriteAttributeString("activeCell", "A2");
            xml.WriteAttributeString("sqref", "A2");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>1 is A, 27 is AA.</summary>
    public static string ColumnLetters(int number)
    {
        var letters = string.Empty;
        while (number > 0)
        {
            var remainder = (number - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            number = (number - 1) / 26;
        }
        return letters;
    }

    /// <summary>Characters XML 1.0 cannot hold (control characters other than tab and line ends) are left out.</summary>
    private static string XmlSafe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        foreach (var c in text)
        {
            if (!System.Xml.XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return new string([.. text.Where(ch => System.Xml.XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch))]);
            }
        }
        return text;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(xml);
        stream.Write(bytes);
    }

    private static string Workbook(IReadOnlyList<XlsxStreamSheet> sheets) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MainNamespace}" xmlns:r="{RelationshipsNamespace}"><sheets>"""
        + string.Concat(sheets.Select((sheet, i) => string.Create(CultureInfo.InvariantCulture,
            $"""<sheet name="{SecurityElement.Escape(sheet.Name)}" sheetId="{i + 1}"{(sheet.Hidden ? " state=\"hidden\"" : "")} r:id="rId{i + 1}"/>""")))
        + "</sheets></workbook>";

    private static string ContentTypes(int sheets) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"""
        + string.Concat(Enumerable.Range(1, sheets).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""")))
        + """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string PackageRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    // The worksheets are rId1 to rIdN, the styles the next.
    private static string WorkbookRelationships(int sheets) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + string.Concat(Enumerable.Range(1, sheets).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>""")))
        + string.Create(CultureInfo.InvariantCulture,
            $"""<Relationship Id="rId{sheets + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");

    // Cell formats: 0 default; 1 text (number format 49 "@"), top-aligned; 2 bold text, the header; 3 text with the quote
    // prefix; 4 and 5 the same as 1 and 3, wrapped, for text over several lines; 6 italic wrapped text, for notes.
    private const string Styles =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><i/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}

/// <summary>A worksheet for <see cref="XlsxStreamWriter"/>: its name, columns and rows, and optionally a row of notes
/// under the headings, columns wrapped whatever their text, drop-down lists, and whether it is hidden.</summary>
public sealed record XlsxStreamSheet(string Name, IReadOnlyList<ExportColumn> Columns, IAsyncEnumerable<IReadOnlyList<string?>> Rows)
{
    /// <summary>Row 2: a note per column, in italics and wrapped, <see cref="NotesHeight"/> points high.</summary>
    public IReadOnlyList<string?>? Notes { get; init; }

    public double NotesHeight { get; init; }

    /// <summary>The columns (from 0) whose cells are wrapped even when they hold one line.</summary>
    public IReadOnlySet<int>? WrappedColumns { get; init; }

    public IReadOnlyList<XlsxDropDownList> Lists { get; init; } = [];

    public bool FreezeHeader { get; init; } = true;

    public bool Hidden { get; init; }
}

/// <summary>A drop-down list over rows <see cref="FirstRow"/> to <see cref="LastRow"/> of a column (from 0), its values
/// the cells of <see cref="Source"/> (such as <c>Lists!$A$2:$A$7</c>). A strict list refuses other values; otherwise
/// Excel warns and lets the user keep what they typed.</summary>
public sealed record XlsxDropDownList(int Column, int FirstRow, int LastRow, string Source, bool Strict, string ErrorTitle, string ErrorMessage);
