using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>The list of assessments: searched by reference and title, filtered by kind, status and "past review",
/// sorted and paged; current ones by default, retired ones on request; as they stood at a past instant when the
/// register is viewed as at then. "Past review" is judged on the day viewed (today, or the "as at" day).</summary>
public static class AssessmentList
{
    public sealed record Row(Guid Id, string Reference, string Title, AssessmentKind Kind, string DocumentVersion, AssessmentStatus Status,
        DateOnly? ApprovedOn, DateOnly? NextReviewOn, bool AuthoredByPartner, bool DoNotConfirmOrDeny, bool Retired);

    /// <summary>The list's own filters; null or false shows all.</summary>
    public sealed record Filters(AssessmentKind? Kind, AssessmentStatus? Status, bool PastReview);

    public sealed record Page(ListPage<Row> List, Filters Filters, DateOnly Today, DateTime? AsAtUtc)
    {
        public bool IsPastReview(Row row)
        {
            ArgumentNullException.ThrowIfNull(row);
            return row.NextReviewOn is { } review && review < Today;
        }
    }

    /// <summary>The columns the list sorts by (reference first, the default) and the fields a search looks in.</summary>
    public static readonly RecordList<Assessment> Columns = new RecordList<Assessment>(AssessmentFields.Kind)
        .SortBy("reference", a => a.Reference)
        .SortBy("title", a => a.Title)
        .SortBy("kind", a => a.Kind)
        .SortBy("version", a => a.DocumentVersion)
        .SortBy("status", a => a.Status)
        .SortBy("approved", a => a.ApprovedOn)
        .SortBy("review", a => a.NextReviewOn)
        .Search(a => a.Reference, a => a.Title);

    /// <summary>What the export holds: the list's columns, the main dates and the handling.</summary>
    public static readonly ExportSheet<Assessment> Export = new ExportSheet<Assessment>("Assessments", "assessments")
        .Column("Reference", 16, a => a.Reference)
        .Column("Title", 36, a => a.Title)
        .Column("Kind", 20, a => AssessmentFields.KindName(a.Kind))
        .Column("Version", 10, a => a.DocumentVersion)
        .Column("Status", 16, a => AssessmentFields.StatusName(a.Status))
        .Column("Authored by a partner", 10, a => ExportText.YesNo(a.AuthoredByPartner))
        .Column("Scrutinised on", 12, a => ExportText.Day(a.ScrutinisedOn))
        .Column("DPO advice given on", 12, a => ExportText.Day(a.DpoAdviceGivenOn))
        .Column("DPO advice", 20, a => a.DpoAdviceOutcome is null ? null : AssessmentFields.OutcomeName(a.DpoAdviceOutcome))
        .Column("Approved on", 12, a => ExportText.Day(a.ApprovedOn))
        .Column("Next review", 12, a => ExportText.Day(a.NextReviewOn))
        .RecordColumns();

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>Every assessment the list shows, on all its pages, for an export.</summary>
        public async Task<ExportSelection<Assessment>?> ExportAsync(ListQuery query, Filters filters, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var today = UkTime.DayOf(asAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);
            return await Columns.ExportAsync(await SelectAsync(filters, today, asAtUtc, cancellationToken), false, query, Export, cancellationToken);
        }

        public async Task<Page> HandleAsync(ListQuery query, Filters filters, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var today = UkTime.DayOf(asAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);
            var assessments = await SelectAsync(filters, today, asAtUtc, cancellationToken);
            var list = await Columns.ToPageAsync(assessments, query,
                a => new Row(a.Id, a.Reference, a.Title, a.Kind, a.DocumentVersion, a.Status, a.ApprovedOn, a.NextReviewOn,
                    a.AuthoredByPartner, a.DoNotConfirmOrDeny, a.RetiredAt != null),
                cancellationToken);
            return new Page(list, filters, today, asAtUtc);
        }

        private async Task<IQueryable<Assessment>> SelectAsync(Filters filters, DateOnly today, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(filters);
            // The history rebuilds whole records, so the past register is searched and sorted in memory.
            var assessments = asAtUtc is { } instant
                ? (await RegisterAsOf.AllAsync<Assessment>(db, instant, cancellationToken)).AsQueryable()
                : db.Assessments.AsNoTracking();
            if (filters.Kind is { } kind)
            {
                assessments = assessments.Where(a => a.Kind == kind);
            }
            if (filters.Status is { } status)
            {
                assessments = assessments.Where(a => a.Status == status);
            }
            if (filters.PastReview)
            {
                assessments = assessments.Where(a => a.NextReviewOn != null && a.NextReviewOn < today);
            }
            return assessments;
        }
    }
}
