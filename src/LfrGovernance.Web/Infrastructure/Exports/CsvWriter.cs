using System.Text;

namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as CSV (RFC 4180): UTF-8 with a byte order mark (so Excel reads
/// the accents), CRLF line ends, and quotes only where a cell needs them. A cell that a spreadsheet would run as a
/// formula is neutralised first (CSV injection).</summary>
public static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

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
        var csv = new StringBuilder();
        WriteRow(csv, table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows)
        {
            WriteRow(csv, row);
        }
        var bom = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(csv.ToString());
        return [.. bom, .. body];
    }

    private static void WriteRow(StringBuilder csv, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }
            first = false;
            var text = Neutralise(cell);
            if (text.IndexOfAny(NeedsQuotes) >= 0)
            {
                csv.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(text);
            }
        }
        csv.Append("\r\n");
    }
}
