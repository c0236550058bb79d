using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace LfrGovernance.Web.Features.Audit;

/// <summary>Which page of a long list is shown, for the GOV.UK pagination component.</summary>
public sealed record Pager(int Number, int Count, int Total)
{
    public int Skip => (Number - 1) * AuditText.PageSize;

    public int First => Total == 0 ? 0 : Skip + 1;

    public int Last => Math.Min(Total, Number * AuditText.PageSize);

    /// <summary>The requested page, kept within the pages there are.</summary>
    public static Pager For(int requested, int total)
    {
        var count = Math.Max(1, (total + AuditText.PageSize - 1) / AuditText.PageSize);
        return new Pager(Math.Clamp(requested, 1, count), count, total);
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
    public static string Link(HttpRequest request, string path, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase) && !StringValues.IsNullOrEmpty(q.Value))
            .ToList();
        if (page is > 1)
        {
            query.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return path + QueryString.Create(query);
    }
}
