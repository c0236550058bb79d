namespace LfrGovernance.Web.Features.Import;

/// <summary>Where each column of a sheet is, by its header.</summary>
public sealed class ColumnIndex
{
    private readonly Dictionary<string, int> positions;

    public ColumnIndex(IReadOnlyList<ImportColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        positions = columns.Select((c, i) => (c.Header, i)).ToDictionary(p => p.Header, p => p.i, StringComparer.Ordinal);
    }

    /// <exception cref="KeyNotFoundException">The sheet has no such column (a mistake in the sheet's code).</exception>
    public int this[string header] => positions[header];

    /// <summary>The columns in the order <paramref name="headers"/> gives, taken from <paramref name="columns"/>; every
    /// column must be placed exactly once.</summary>
    public static IReadOnlyList<ImportColumn> Arrange(IEnumerable<ImportColumn> columns, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(headers);
        var byHeader = columns.ToDictionary(c => c.Header, StringComparer.Ordinal);
        if (byHeader.Count != headers.Count || headers.Distinct(StringComparer.Ordinal).Count() != headers.Count)
        {
            throw new InvalidOperationException("Every column of a sheet must be placed exactly once.");
        }
        return [.. headers.Select(h => byHeader[h])];
    }
}
