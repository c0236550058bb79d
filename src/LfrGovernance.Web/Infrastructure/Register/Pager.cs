using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>Which page of a long list is shown, for the GOV.UK pagination component and the "Showing 1 to 50 of
/// 1,234" line.</summary>
/// <param name="Number">The page shown, from 1.</param>
/// <param name="Count">How many pages there are (at least 1, so an empty list has one empty page).</param>
/// <param name="Total">How many rows there are on all pages.</param>
/// <param name="Size">Rows per page.</param>
public sealed record Pager(int Number, int Count, int Total, int Size = Pager.DefaultSize)
{
    /// <summary>Rows per page of every list of the register.</summary>
    public const int DefaultSize = 50;

    public int Skip => (Number - 1) * Size;

    public int First => Total == 0 ? 0 : Skip + 1;

    public int Last => Math.Min(Total, Number * Size);

    /// <summary>The requested page, kept within the pages there are.</summary>
    public static Pager For(int requested, int total, int size = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var count = Math.Max(1, (total + size - 1) / size);
        return new Pager(Math.Clamp(requested, 1, count), count, total, size);
    }

    /// <summary>The page numbers to link to: the first, the last, and those next to the current one; 0 marks a gap.</summary>
    public IReadOnlyList<int> Numbers()
    {
        var shown = new[] { 1, Number - 1, Number, Number + 1, Count }.Where(n => n >= 1 && n <= Count).Distinct().Order().ToList();
        var numbers = new List<int>();
        foreach (var n in shown)
        {
            if (numbers.Count > 0 && n - numbers[^1] > 1)
            {
                numbers.Add(0);
            }
            numbers.Add(n);
        }
        return numbers;
    }

    /// <summary><paramref name="path"/> with the request's query (its filters), and the page set or left out.</summary>
    public static string Link(HttpRequest request, string path, int? page = null) =>
        QueryLink(request, path, new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["page"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
        });

    /// <summary><paramref name="path"/> with the request's query, each of <paramref name="changes"/> set (or left out
    /// when null), so that links keep the list's filters.</summary>
    public static string QueryLink(HttpRequest request, string path, IReadOnlyDictionary<string, string?> changes)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(changes);
        var query = request.Query
            .Where(q => !changes.Keys.Contains(q.Key, StringComparer.OrdinalIgnoreCase) && !StringValues.IsNullOrEmpty(q.Value))
            .ToList();
        query.AddRange(changes.Where(c => c.Value is not null).Select(c => new KeyValuePair<string, StringValues>(c.Key, c.Value)));
        return path + QueryString.Create(query);
    }
}
