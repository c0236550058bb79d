using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.PolicyDocuments;

/// <summary>The list of policy documents: searched, filtered by kind and by "past review", sorted and paged; current
/// ones by default, retired ones on request; as they stood at a past instant when the register is viewed as at then.</summary>
public static class PolicyList
{
    public sealed record Row(Guid Id, string Title, PolicyKind Kind, string Version, DateOnly CreatedOn, DateOnly? ApprovedOn,
        DateOnly? NextReviewOn, Guid? OwnerId, bool DoNotConfirmOrDeny, bool Retired);

    /// <param name="Kind">The kind shown, or null for all.</param>
    /// <param name="PastReview">Only policies whose next review date has passed.</param>
    /// <param name="Owners">The names of the owners of the rows shown.</param>
    public sealed record Page(ListPage<Row> List, PolicyKind? Kind, bool PastReview, DateOnly Today,
        IReadOnlyDictionary<Guid, string> Owners, DateTime? AsAtUtc);

    public static readonly RecordList<PolicyDocument> Columns = new RecordList<PolicyDocument>(PolicyFields.Kind)
        .SortBy("title", p => p.Title)
        .SortBy("kind", p => p.Kind)
        .SortBy("created", p => p.CreatedOn)
        .SortBy("approved", p => p.ApprovedOn)
        .SortBy("review", p => p.NextReviewOn)
        .Search(p => p.Title, p => p.DocumentVersion, p => p.Summary);

    /// <summary>What the export holds: the list's columns, the summary and the handling.</summary>
    public static ExportSheet<PolicyDocument> Export(IReadOnlyDictionary<Guid, string> people) => new ExportSheet<PolicyDocument>("Policies", "policies")
        .Column("Title", 36, p => p.Title)
        .Column("Kind", 20, p => PolicyFields.KindName(p.Kind))
        .Column("Version", 10, p => p.DocumentVersion)
        .Column("Created on", 12, p => ExportText.Day(p.CreatedOn))
        .Column("Approved on", 12, p => ExportText.Day(p.ApprovedOn))
        .Column("Next review", 12, p => ExportText.Day(p.NextReviewOn))
        .Column("Owner", 24, p => ExportText.Name(people, p.OwnerId))
        .Column("Summary", 40, p => p.Summary)
        .RecordColumns();

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>Every policy the list shows, on all its pages, for an export.</summary>
        public async Task<ExportSelection<PolicyDocument>?> ExportAsync(ListQuery query, PolicyKind? kind, bool pastReview, DateTime? asAtUtc,
            CancellationToken cancellationToken)
        {
            var today = UkTime.DayOf(asAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);
            var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
            return await Columns.ExportAsync(await SelectAsync(kind, pastReview, today, asAtUtc, cancellationToken), false, query, Export(people), cancellationToken);
        }

        public async Task<Page> HandleAsync(ListQuery query, PolicyKind? kind, bool pastReview, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var today = UkTime.DayOf(asAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);
            var policies = await SelectAsync(kind, pastReview, today, asAtUtc, cancellationToken);
            var list = await Columns.ToPageAsync(policies, query, p => new Row(p.Id, p.Title, p.Kind, p.DocumentVersion, p.CreatedOn,
                p.ApprovedOn, p.NextReviewOn, p.OwnerId, p.DoNotConfirmOrDeny, p.RetiredAt != null), cancellationToken);
            var ownerIds = list.Rows.Where(r => r.OwnerId != null).Select(r => r.OwnerId!.Value).Distinct().ToList();
            var owners = await db.People.AsNoTracking().Where(p => ownerIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
            return new Page(list, kind, pastReview, today, owners, asAtUtc);
        }

        private async Task<IQueryable<PolicyDocument>> SelectAsync(PolicyKind? kind, bool pastReview, DateOnly today, DateTime? asAtUtc,
            CancellationToken cancellationToken)
        {
            var policies = asAtUtc is { } instant
                ? (await RegisterAsOf.AllAsync<PolicyDocument>(db, instant, cancellationToken)).AsQueryable()
                : db.Policies.AsNoTracking();
            if (kind is { } chosen)
            {
                policies = policies.Where(p => p.Kind == chosen);
            }
            if (pastReview)
            {
                policies = policies.Where(p => p.NextReviewOn != null && p.NextReviewOn < today);
            }
            return policies;
        }
    }
}
