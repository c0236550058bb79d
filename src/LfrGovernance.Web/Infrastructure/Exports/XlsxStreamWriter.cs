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
/// <remarks>The same workbook as <see cref="XlsxWriter"/>'s: one worksheet, a bold header row frozen at the top, the
/// columns' widths, and every cell an inline string with the text number format, so nothing is read as a number, a
/// date or a formula; text that looks like a formula also carries Excel's quote prefix, so it stays text when edited.
/// Inline strings, not a shared string table, so nothing is collected before the end.</remarks>
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

    /// <summary>Writes the header and then each row as it comes; returns how many rows were written.</summary>
    public static async Task<int> WriteAsync(Stream output, string title, IReadOnlyList<ExportColumn> columns,
        IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        await using var chunks = new ChunkedOutputStream(output);
        var count = 0;
        using (var zip = new ZipArchive(chunks, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", ContentTypes);
            Part(zip, "_rels/.rels", PackageRelationships);
            Part(zip, "xl/workbook.xml", Workbook(XlsxWriter.SheetName(title)));
            Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
            Part(zip, "xl/styles.xml", Styles);
            await chunks.DrainAsync(cancellationToken);

            var letters = Enumerable.Range(1, columns.Count).Select(ColumnLetters).ToArray();
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            using (var part = entry.Open())
            using (var xml = XmlWriter.Create(part, WorksheetSettings))
            {
                xml.WriteStartDocument(standalone: true);
                xml.WriteStartElement("worksheet", MainNamespace);
                WriteFrozenHeader(xml);
                xml.WriteStartElement("cols", MainNamespace);
                for (var c = 0; c < columns.Count; c++)
                {
                    var number = (c + 1).ToString(CultureInfo.InvariantCulture);
                    xml.WriteStartElement("col", MainNamespace);
                    xml.WriteAttributeString("min", number);
                    xml.WriteAttributeString("max", number);
                    xml.WriteAttributeString("width", columns[c].Width.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("style", TextStyle);
                    xml.WriteAttributeString("customWidth", "1");
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                xml.WriteStartElement("sheetData", MainNamespace);
                WriteRow(xml, 1, letters, [.. columns.Select(c => c.Header)], header: true);
                await foreach (var row in rows.WithCancellation(cancellationToken))
                {
                    count++;
                    WriteRow(xml, count + 1, letters, row, header: false);
                    if (chunks.Pending >= ChunkedOutputStream.DrainAt)
                    {
                        await chunks.DrainAsync(cancellationToken);
                    }
                }
                xml.WriteEndElement(); // sheetData
                xml.WriteEndElement(); // worksheet
            }
        }
        await chunks.DrainAsync(cancellationToken);
        return count;
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

    /// <summary>One row: an inline string per cell that has text, with its reference and its style. The fixed markup of
    /// a cell is written as it is (<see cref="XmlWriter.WriteRaw(string)"/>), the text through the writer, which escapes
    /// it; that halves the writer's work for each of what may be millions of cells.</summary>
    private static void WriteRow(XmlWriter xml, int number, string[] letters, IReadOnlyList<string?> cells, bool header)
    {
        var reference = number.ToString(CultureInfo.InvariantCulture);
        xml.WriteRaw("<row r=\"");
        xml.WriteRaw(reference);
        xml.WriteRaw("\">");
        for (var c = 0; c < letters.Length && c < cells.Count; c++)
        {
            var text = XmlSafe(cells[c]);
            if (text.Length == 0)
            {
                continue;
            }
            var formula = CsvWriter.CouldBeFormula(text);
            var wrapped = text.Contains('\n', StringComparison.Ordinal);
            var style = header ? HeaderStyle
                : wrapped ? formula ? WrappedQuotedTextStyle : WrappedTextStyle
                : formula ? QuotedTextStyle : TextStyle;
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
        .. Enumerable.Range(0, 6).SelectMany(style => new[]
        {
            $"\" s=\"{style}\" t=\"inlineStr\"><is><t>",
            $"\" s=\"{style}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">",
        }),
    ];

    /// <summary>The first row stays in view while scrolling.</summary>
    private static void WriteFrozenHeader(XmlWriter xml)
    {
        xml.WriteStartElement("sheetViews", MainNamespace);
        xml.WriteStartElement("sheetView", MainNamespace);
        xml.WriteAttributeString("tabSelected", "1");
        xml.WriteAttributeString("workbookViewId", "0");
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

    private static string Workbook(string sheetName) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MainNamespace}" xmlns:r="{RelationshipsNamespace}"><sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string PackageRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    // Cell formats: 0 default; 1 text (number format 49 "@"), top-aligned; 2 bold text, the header; 3 text with the quote
    // prefix; 4 and 5 the same as 1 and 3, wrapped, for text over several lines.
    private const string Styles =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}
