namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>What a list's export holds: the worksheet's title, the file's base name ("deployments") and the columns,
/// each with its heading, its width and how a row gives its text. A list declares one; the writers do the rest.</summary>
public sealed class ExportSheet<TRow>(string title, string fileName)
{
    private readonly List<(ExportColumn Column, Func<TRow, string?> Cell)> _columns = [];

    /// <summary>The worksheet's name and the access log's description.</summary>
    public string Title { get; } = title;

    /// <summary>The start of the file's name; the date and time of the export follow it.</summary>
    public string FileName { get; } = fileName;

    public IReadOnlyList<ExportColumn> Columns => [.. _columns.Select(c => c.Column)];

    /// <summary>What a row is called in the access log's description ("1 row", "2 entries").</summary>
    public (string Singular, string Plural) RowNoun { get; private set; } = ("row", "rows");

    /// <summary>Names what a row is, for the access log.</summary>
    public ExportSheet<TRow> RowsAre(string singular, string plural)
    {
        RowNoun = (singular, plural);
        return this;
    }

    /// <summary>Adds a column: its heading, its width in characters and the text of its cell for a row.</summary>
    public ExportSheet<TRow> Column(string header, double width, Func<TRow, string?> cell)
    {
        _columns.Add((new ExportColumn(header, width), cell));
        return this;
    }

    /// <summary>The row's cells, in the columns' order.</summary>
    public string?[] Cells(TRow row)
    {
        var cells = new string?[_columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = _columns[i].Cell(row);
        }
        return cells;
    }
}

/// <summary>The rows a list export writes: how many there are (for the access log) and the rows themselves, in the
/// list's order, read one at a time as they are written.</summary>
/// <param name="FiltersInWords">The filters as the list itself words them, or null to word the query string.</param>
public sealed record ExportSelection<TRow>(ExportSheet<TRow> Sheet, int Count, IAsyncEnumerable<TRow> Rows, string? FiltersInWords = null);
