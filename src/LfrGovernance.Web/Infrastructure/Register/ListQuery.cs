namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>What a register list is asked for, from the query string: a search, a sort, a page, and whether
/// retired records are shown. Lists keep whatever else they filter on (an organisation's type) beside it.</summary>
public sealed class ListQuery
{
    /// <summary>Longer searches are cut: nobody types more, and it bounds the work of a search.</summary>
    public const int TermLength = 200;

    /// <summary>The free-text search.</summary>
    public string? Q { get; set; }

    /// <summary>The key of the column to sort by; the list's first column when unknown.</summary>
    public string? Sort { get; set; }

    /// <summary>"desc" for descending; anything else is ascending.</summary>
    public string? Dir { get; set; }

    public int Page { get; set; } = 1;

    public bool ShowRetired { get; set; }

    /// <summary>The search as matched: trimmed, in lower case, or null when there is none.</summary>
    public string? Term =>
        string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, TermLength)].ToLowerInvariant();

    public bool Descending => string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
}
