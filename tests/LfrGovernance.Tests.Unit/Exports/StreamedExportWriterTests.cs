using System.Text;
using ClosedXML.Excel;
using LfrGovernance.Web.Infrastructure.Exports;
using Microsoft.AspNetCore.Http;

namespace LfrGovernance.Tests.Unit.Exports;

/// <summary>The streamed CSV and XLSX writers: what they write is read back, through a stream that, like a response,
/// cannot seek and refuses synchronous writes.</summary>
public sealed class StreamedExportWriterTests
{
    private static readonly ExportColumn[] Columns = [new("Name", 30), new("Notes", 40), new("Count", 8)];

    private static async IAsyncEnumerable<IReadOnlyList<string?>> Rows(params string?[][] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    [Fact]
    public async Task The_csv_has_a_bom_crlf_lines_quotes_where_needed_and_formulas_neutralised()
    {
        using var response = new ResponseLikeStream();

        var count = await CsvWriter.WriteAsync(response, Columns,
            Rows(["=1+1", "say \"hi\", then\nleave", "3"], ["@SUM(A1)", "+44 20", "-1"], ["\tTab", "\rReturn", null], ["Café", "plain", ""]),
            CancellationToken.None);

        Assert.Equal(4, count);
        var bytes = response.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Equal(
            "Name,Notes,Count\r\n"
            + "'=1+1,\"say \"\"hi\"\", then\nleave\",3\r\n"
            + "'@SUM(A1),'+44 20,'-1\r\n"
            + "'\tTab,\"'\rReturn\",\r\n"
            + "Café,plain,\r\n",
            text);
    }

    [Fact]
    public async Task The_streamed_csv_is_the_same_as_the_one_built_in_memory()
    {
        string?[][] rows = [["a,b", "c\"d", "=e"], ["f", null, "g\r\nh"]];
        using var response = new ResponseLikeStream();

        await CsvWriter.WriteAsync(response, Columns, Rows(rows), CancellationToken.None);

        Assert.Equal(CsvWriter.Write(new ExportTable("T", Columns, rows)), response.ToArray());
    }

    [Fact]
    public async Task The_xlsx_has_a_bold_frozen_header_the_widths_and_every_cell_as_text_with_no_formula()
    {
        using var response = new ResponseLikeStream();

        var count = await XlsxStreamWriter.WriteAsync(response, "Deployments: all [2026]", Columns,
            Rows(["=1+1", "@SUM(A1)", "12"], ["line one\nline two", "+44 20", "-1"], ["Café \u0001bell", null, "0042"], ["  padded  ", "a\rb", "x & <y> \"z\""]),
            CancellationToken.None);

        Assert.Equal(4, count);
        using var workbook = new XLWorkbook(new MemoryStream(response.ToArray()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Deployments all 2026", sheet.Name);
        Assert.Equal(["Name", "Notes", "Count"], Enumerable.Range(1, 3).Select(c => sheet.Cell(1, c).GetString()));
        Assert.All(Enumerable.Range(1, 3), c => Assert.True(sheet.Cell(1, c).Style.Font.Bold));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.InRange(sheet.Column(1).Width, 29, 31);
        Assert.InRange(sheet.Column(2).Width, 39, 41);
        Assert.All(sheet.CellsUsed(), cell =>
        {
            Assert.False(cell.HasFormula, cell.Address.ToString());
            Assert.Equal(XLDataType.Text, cell.DataType);
        });
        Assert.Equal("=1+1", sheet.Cell(2, 1).GetString());
        Assert.Equal("@SUM(A1)", sheet.Cell(2, 2).GetString());
        Assert.True(sheet.Cell(2, 1).Style.IncludeQuotePrefix);
        Assert.Equal("12", sheet.Cell(2, 3).GetString());
        Assert.Equal("line one\nline two", sheet.Cell(3, 1).GetString());
        Assert.True(sheet.Cell(3, 1).Style.Alignment.WrapText);
        Assert.Equal("+44 20", sheet.Cell(3, 2).GetString());
        Assert.Equal("-1", sheet.Cell(3, 3).GetString());
        Assert.Equal("Café bell", sheet.Cell(4, 1).GetString()); // a control character XML cannot hold is left out
        Assert.True(sheet.Cell(4, 2).IsEmpty());
        Assert.Equal("0042", sheet.Cell(4, 3).GetString()); // text, so the zeros stay
        Assert.Equal("  padded  ", sheet.Cell(5, 1).GetString());
        Assert.Equal("a\rb", sheet.Cell(5, 2).GetString());
        Assert.Equal("x & <y> \"z\"", sheet.Cell(5, 3).GetString());
        Assert.Equal(5, sheet.LastRowUsed()!.RowNumber());
    }

    [Fact]
    public async Task A_long_xlsx_is_sent_as_it_is_written_not_held_until_the_end()
    {
        using var response = new ResponseLikeStream();
        var rows = Enumerable.Range(1, 20_000).Select(i => (string?[])[$"Row {i}", $"Notes for row {i} {Guid.NewGuid()}", i.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        await XlsxStreamWriter.WriteAsync(response, "Long", Columns, Rows([.. rows]), CancellationToken.None);

        Assert.True(response.Writes > 5, $"{response.Writes} writes");
        Assert.True(response.LargestWrite < 1024 * 1024, $"largest write {response.LargestWrite} bytes");
        using var workbook = new XLWorkbook(new MemoryStream(response.ToArray()));
        Assert.Equal("Row 20000", workbook.Worksheet(1).Cell(20_001, 1).GetString());
    }

    [Fact]
    public async Task A_streamed_workbook_holds_several_sheets_with_notes_wrapped_columns_drop_down_lists_and_a_hidden_sheet()
    {
        using var response = new ResponseLikeStream();
        XlsxStreamSheet[] sheets =
        [
            new("People", [new("Name", 30), new("Rank", 20), new("Problems", 60)], Rows(["Sam Price", "Inspector", "Rank: not a rank."], ["=Ann", null, "One long line of problems"]))
            {
                Notes = ["Required. Their name.", "One of the ranks.", "What was wrong."],
                NotesHeight = 45,
                WrappedColumns = new HashSet<int> { 2 },
                Lists = [new XlsxDropDownList(1, 3, 1_048_576, "Lists!$A$2:$A$3", Strict: true, "Rank", "Choose a value from the list.")],
            },
            new("Systems", [new("Name", 30), new("Kinds", 20)], Rows(["NeoFace", "Live; Retrospective"]))
            {
                Lists = [new XlsxDropDownList(1, 3, 1_048_576, "Lists!$B$2:$B$3", Strict: false, "Kinds", "Choose several.")],
            },
            new("Lists", [new("People: Rank", 20), new("Systems: Kinds", 20)], Rows(["Inspector", "Live"], ["Sergeant", "Retrospective"]))
            {
                Hidden = true,
                FreezeHeader = false,
            },
        ];

        var counts = await XlsxStreamWriter.WriteAsync(response, sheets, CancellationToken.None);

        Assert.Equal([2, 1, 2], counts);
        using var workbook = new XLWorkbook(new MemoryStream(response.ToArray()));
        Assert.Equal(["People", "Systems", "Lists"], workbook.Worksheets.Select(w => w.Name));
        var people = workbook.Worksheet("People");
        Assert.Equal(1, people.SheetView.SplitRow);
        Assert.True(people.Cell(1, 1).Style.Font.Bold);
        Assert.Equal("Required. Their name.", people.Cell(2, 1).GetString());
        Assert.True(people.Cell(2, 1).Style.Font.Italic);
        Assert.True(people.Cell(2, 1).Style.Alignment.WrapText);
        Assert.Equal(45, people.Row(2).Height);
        Assert.Equal("Sam Price", people.Cell(3, 1).GetString());
        Assert.True(people.Cell(3, 3).Style.Alignment.WrapText);
        Assert.False(people.Cell(3, 1).Style.Alignment.WrapText);
        Assert.Equal("=Ann", people.Cell(4, 1).GetString());
        Assert.False(people.Cell(4, 1).HasFormula);
        var strict = Assert.Single(people.DataValidations);
        Assert.Equal(XLAllowedValues.List, strict.AllowedValues);
        Assert.Equal(XLErrorStyle.Stop, strict.ErrorStyle);
        Assert.Contains("Lists!$A$2:$A$3", strict.Value, StringComparison.Ordinal);
        Assert.Equal("B3:B1048576", strict.Ranges.Single().RangeAddress.ToString());
        Assert.Equal(XLErrorStyle.Warning, Assert.Single(workbook.Worksheet("Systems").DataValidations).ErrorStyle);
        Assert.Equal(1, workbook.Worksheet("Systems").SheetView.SplitRow);
        var lists = workbook.Worksheet("Lists");
        Assert.Equal(XLWorksheetVisibility.Hidden, lists.Visibility);
        Assert.Equal(0, lists.SheetView.SplitRow);
        Assert.Equal("Retrospective", lists.Cell(3, 2).GetString());
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(703, "AAA")]
    public void Columns_are_lettered_as_a_spreadsheet_letters_them(int number, string letters) =>
        Assert.Equal(letters, XlsxStreamWriter.ColumnLetters(number));

    [Fact]
    public async Task The_chunked_stream_holds_only_what_was_written_since_it_was_last_drained()
    {
        using var response = new ResponseLikeStream();
        await using var chunks = new ChunkedOutputStream(response);

        chunks.Write(new byte[100]);
        await chunks.DrainIfFullAsync(CancellationToken.None);
        Assert.Equal(100, chunks.Pending);
        chunks.Write(new byte[ChunkedOutputStream.DrainAt]);
        await chunks.DrainIfFullAsync(CancellationToken.None);

        Assert.Equal(0, chunks.Pending);
        Assert.Equal(ChunkedOutputStream.DrainAt + 100, response.ToArray().Length);
        Assert.Equal(ChunkedOutputStream.DrainAt + 100, chunks.Position);
    }

    [Fact]
    public void The_filters_are_put_in_words_for_the_access_log()
    {
        var query = new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["q"] = "stadium", ["kind"] = "Live", ["sort"] = "start", ["dir"] = "desc", ["page"] = "3", ["showRetired"] = "true",
            ["From.Day"] = "1", ["From.Month"] = "5", ["From.Year"] = "2026",
        });

        var words = ListExport.FiltersInWords(query, new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc));

        Assert.Equal("Kind Live; search “stadium”; retired records included; sorted by start, descending; From 1/5/2026; "
            + "the register as at 9:00:00am on 1 May 2026 (UK time)", words);
        Assert.Equal("No filters (every current record)", ListExport.FiltersInWords(QueryCollection.Empty, null));
    }

    /// <summary>Like a response body: write-only, cannot seek, and refuses synchronous writes.</summary>
    private sealed class ResponseLikeStream : Stream
    {
        private readonly MemoryStream _written = new();

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public byte[] ToArray() => _written.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _written.Write(buffer.Span);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _written.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
