using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Retention;

/// <summary>The retention rules by category of data, and whether the retained-image figures are out of date (the
/// latest count of a category with a rule older than <c>Register:Retention:FiguresCurrentForDays</c>).</summary>
public static class RetentionList
{
    public sealed record Row(Guid Id, RetainedDataCategory Category, string? OtherCategory, int Period, RetentionPeriodUnit Unit,
        string DeletionMethod, Guid? PolicyId, DateOnly? AppliesFrom, bool DoNotConfirmOrDeny, bool Retired);

    /// <param name="Policies">The title and version of each policy the rows name.</param>
    public sealed record Page(ListPage<Row> List, IReadOnlyDictionary<Guid, string> Policies, IReadOnlyList<StaleRetentionFigure> OutOfDate,
        int FiguresCurrentForDays, DateTime? AsAtUtc);

    public static readonly RecordList<RetentionRule> Columns = new RecordList<RetentionRule>(RetentionFields.Kind)
        .SortBy("category", r => r.Category)
        .SortBy("applies", r => r.AppliesFrom)
        .Search(r => r.OtherCategory, r => r.DeletionMethod);

    /// <summary>What the export holds: the list's columns and the handling.</summary>
    public static ExportSheet<RetentionRule> Export(IReadOnlyDictionary<Guid, string> policies) =>
        new ExportSheet<RetentionRule>("Retention rules", "retention-rules")
            .Column("Category", 28, r => RetentionFields.CategoryName(r.Category, r.OtherCategory))
            .Column("Period", 8, r => ExportText.Number(r.Period))
            .Column("Unit", 10, r => RetentionFields.UnitName(r.PeriodUnit))
            .Column("Deletion method", 36, r => r.DeletionMethod)
            .Column("Policy", 30, r => ExportText.Name(policies, r.PolicyDocumentId))
            .Column("Applies from", 12, r => ExportText.Day(r.AppliesFrom))
            .RecordColumns();

    public sealed class Handler(GovernanceDbContext db, RetentionSettings settings)
    {
        /// <summary>Every rule the list shows, on all its pages, for an export.</summary>
        public async Task<ExportSelection<RetentionRule>?> ExportAsync(ListQuery query, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var policies = await db.Policies.AsNoTracking().ToDictionaryAsync(p => p.Id, p => $"{p.Title} (version {p.DocumentVersion})", cancellationToken);
            return await Columns.ExportAsync(await SelectAsync(asAtUtc, cancellationToken), false, query, Export(policies), cancellationToken);
        }

        private async Task<IQueryable<RetentionRule>> SelectAsync(DateTime? asAtUtc, CancellationToken cancellationToken) =>
            asAtUtc is { } instant
                ? (await RegisterAsOf.AllAsync<RetentionRule>(db, instant, cancellationToken)).AsQueryable()
                : db.RetentionRules.AsNoTracking();

        public async Task<Page> HandleAsync(ListQuery query, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var rules = await SelectAsync(asAtUtc, cancellationToken);
            var list = await Columns.ToPageAsync(rules, query, r => new Row(r.Id, r.Category, r.OtherCategory, r.Period, r.PeriodUnit,
                r.DeletionMethod, r.PolicyDocumentId, r.AppliesFrom, r.DoNotConfirmOrDeny, r.RetiredAt != null), cancellationToken);
            var policyIds = list.Rows.Where(r => r.PolicyId != null).Select(r => r.PolicyId!.Value).Distinct().ToList();
            var policies = await db.Policies.AsNoTracking().Where(p => policyIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => $"{p.Title} (version {p.DocumentVersion})", cancellationToken);
            var outOfDate = await FiguresOutOfDateAsync(db, settings, asAtUtc, cancellationToken);
            return new Page(list, policies, outOfDate, settings.FiguresCurrentForDays, asAtUtc);
        }
    }

    /// <summary>The categories with a rule whose figures are out of date, today (or on the day viewed).</summary>
    public static async Task<IReadOnlyList<StaleRetentionFigure>> FiguresOutOfDateAsync(GovernanceDbContext db, RetentionSettings settings,
        DateTime? asAtUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        var at = asAtUtc ?? db.Clock.GetUtcNow().UtcDateTime;
        IEnumerable<RetentionRule> rules;
        IEnumerable<RetainedImageCount> counts;
        if (asAtUtc is { } instant)
        {
            rules = await RegisterAsOf.AllAsync<RetentionRule>(db, instant, cancellationToken);
            counts = await RegisterAsOf.AllAsync<RetainedImageCount>(db, instant, cancellationToken);
        }
        else
        {
            rules = await db.RetentionRules.AsNoTracking().Where(r => r.RetiredAt == null).ToListAsync(cancellationToken);
            counts = await db.RetainedImageCounts.AsNoTracking().Where(c => c.RetiredAt == null).ToListAsync(cancellationToken);
        }
        return RetentionRules.OutOfDateFigures(rules, counts, UkTime.DayOf(at), settings.FiguresCurrentForDays);
    }
}
