using System.Text;

namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as CSV (RFC 4180): UTF-8 with a byte order mark (so Excel reads
/// the accents), CRLF line ends, and quotes only where a cell needs them. A cell that a spreadsheet would run as a
/// formula is neutralised first (CSV injection).</summary>
public static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly System.Buffers.SearchValues<char> NeedsQuotes = System.Buffers.SearchValues.Create(",\"\r\n");

    /// <summary>True when a spreadsheet could take the text as a formula: it starts with =, +, -, @, a tab or a
    /// carriage return.</summary>
    public static bool CouldBeFormula(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text to write in a CSV cell: a single quote is put before anything that could be a formula,
    /// so a spreadsheet shows it as text and runs nothing.</summary>
    public static string Neutralise(string? text) => CouldBeFormula(text) ? "'" + text : text ?? string.Empty;

    public static byte[] Write(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteRow(csv, table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows)
        {
            WriteRow(csv, row);
        }
        var bom = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(csv.ToString());
        return [.. bom, .. body];
    }

    /// <summary>Writes the header and then each row as it comes to <paramref name="output"/>, a few rows at a time,
    /// so that a list of any length is never held whole in memory. Returns how many rows were written.</summary>
    public static async Task<int> WriteAsync(Stream output, IReadOnlyList<ExportColumn> columns, IAsyncEnumerable<IReadOnlyList<string?>> rows,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        await using var chunks = new ChunkedOutputStream(output);
        chunks.Write(Encoding.UTF8.GetPreamble());
        var count = 0;
        await using (var text = new StreamWriter(chunks, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true))
        {
            WriteRow(text, columns.Select(c => c.Header));
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                WriteRow(text, row);
                count++;
                if (chunks.Pending >= ChunkedOutputStream.DrainAt)
                {
                    await chunks.DrainAsync(cancellationToken);
                }
            }
            await text.FlushAsync(cancellationToken);
        }
        await chunks.DrainAsync(cancellationToken);
        return count;
    }

    private static void WriteRow(TextWriter csv, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Write(',');
            }
            first = false;
            var text = Neutralise(cell);
            if (text.AsSpan().IndexOfAny(NeedsQuotes) >= 0)
            {
                csv.Write('"');
                csv.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
                csv.Write('"');
            }
            else
            {
                csv.Write(text);
            }
        }
        csv.Write("\r\n");
    }
}
