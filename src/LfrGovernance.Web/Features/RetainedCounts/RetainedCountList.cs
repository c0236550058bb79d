using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Web.Features.Retention;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.RetainedCounts;

/// <summary>The retained-image counts by category and date, newest first: filtered by category, searched (the reason
/// for holding images beyond the rule, the name of an "other" category), sorted and paged; current ones by default,
/// retired ones on request; as they stood at a past instant when the register is viewed as at then. The latest
/// current count of each category is marked, and listed on its own as the figures an FOI answer would give.</summary>
public static class RetainedCountList
{
    public sealed record Row(Guid Id, RetainedDataCategory Category, string? OtherCategory, DateOnly CountedOn, int Count, int BeyondPolicy,
        string? ReasonBeyondPolicy, bool DoNotConfirmOrDeny, bool Retired);

    /// <summary>The latest current count of one category.</summary>
    public sealed record Latest(Guid Id, RetainedDataCategory Category, string? OtherCategory, DateOnly CountedOn, int Count, int BeyondPolicy);

    /// <param name="Category">The category shown, or null for all.</param>
    /// <param name="Latest">The latest current count of each category (whatever the filters), by category.</param>
    public sealed record Page(ListPage<Row> List, RetainedDataCategory? Category, IReadOnlyList<Latest> Latest, DateTime? AsAtUtc)
    {
        public bool IsLatest(Guid id) => Latest.Any(l => l.Id == id);
    }

    public static readonly RecordList<RetainedImageCount> Columns = new RecordList<RetainedImageCount>(RetainedCountFields.Kind)
        .SortBy("counted", c => c.CountedOn)
        .SortBy("category", c => c.Category)
        .SortBy("count", c => c.Count)
        .SortBy("beyond", c => c.BeyondPolicy)
        .Search(c => c.ReasonBeyondPolicy, c => c.OtherCategory);

    /// <summary>What the export holds: the list's columns, the reason for any count beyond policy, and the handling.</summary>
    public static readonly ExportSheet<RetainedImageCount> Export = new ExportSheet<RetainedImageCount>("Retained image counts", "retained-image-counts")
        .Column("Counted on", 12, c => ExportText.Day(c.CountedOn))
        .Column("Category", 28, c => RetentionFields.CategoryName(c.Category, c.OtherCategory))
        .Column("Count", 10, c => ExportText.Number(c.Count))
        .Column("Beyond policy", 10, c => ExportText.Number(c.BeyondPolicy))
        .Column("Reason beyond policy", 40, c => c.ReasonBeyondPolicy)
        .RecordColumns();

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>Every count the list shows, on all its pages, for an export.</summary>
        public async Task<ExportSelection<RetainedImageCount>?> ExportAsync(ListQuery query, RetainedDataCategory? category, DateTime? asAtUtc,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var counts = await CountsAsync(query, asAtUtc, cancellationToken);
            if (category is { } chosen)
            {
                counts = counts.Where(c => c.Category == chosen);
            }
            return await Columns.ExportAsync(counts, false, query, Export, cancellationToken);
        }

        /// <summary>The counts the list reads (the register now or as at a past instant), newest first unless the user
        /// sorts: shared by the page and its export.</summary>
        private async Task<IQueryable<RetainedImageCount>> CountsAsync(ListQuery query, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            if (query.Sort is null && query.Dir is null)
            {
                query.Dir = "desc";
            }
            return asAtUtc is { } instant
                ? (await RegisterAsOf.AllAsync<RetainedImageCount>(db, instant, cancellationToken)).AsQueryable()
                : db.RetainedImageCounts.AsNoTracking();
        }

        public async Task<Page> HandleAsync(ListQuery query, RetainedDataCategory? category, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var counts = await CountsAsync(query, asAtUtc, cancellationToken);
            var latest = LatestOf(asAtUtc is null
                ? await counts.Where(c => c.RetiredAt == null).ToListAsync(cancellationToken)
                : counts.Where(c => c.RetiredAt == null).ToList());
            if (category is { } chosen)
            {
                counts = counts.Where(c => c.Category == chosen);
            }
            var list = await Columns.ToPageAsync(counts, query, c => new Row(c.Id, c.Category, c.OtherCategory, c.CountedOn, c.Count,
                c.BeyondPolicy, c.ReasonBeyondPolicy, c.DoNotConfirmOrDeny, c.RetiredAt != null), cancellationToken);
            return new Page(list, category, latest, asAtUtc);
        }
    }

    /// <summary>For each category ("other" ones told apart by name), its count with the latest date; of two on the same
    /// day, the larger.</summary>
    public static IReadOnlyList<Latest> LatestOf(IEnumerable<RetainedImageCount> current) =>
        current.GroupBy(c => RetentionRules.CategoryKey(c.Category, c.OtherCategory), StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(c => c.CountedOn).ThenByDescending(c => c.Count).ThenBy(c => c.Id).First())
            .OrderBy(c => c.Category).ThenBy(c => c.OtherCategory, StringComparer.OrdinalIgnoreCase)
            .Select(c => new Latest(c.Id, c.Category, c.OtherCategory, c.CountedOn, c.Count, c.BeyondPolicy))
            .ToList();
}
