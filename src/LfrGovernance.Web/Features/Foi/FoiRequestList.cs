using LfrGovernance.Core.Foi;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>The FOI requests: open ones by default (oldest received first, so the nearest deadlines come first), all
/// on request, or one status; searched by reference or summary; each with what is due next and in how many working
/// days, overdue ones flagged.</summary>
public static class FoiRequestList
{
    public sealed record Row(Guid Id, string Reference, string Summary, DateOnly ReceivedOn, FoiRequestStatus Status, Guid? AssigneeId,
        bool Retired, bool DoNotConfirmOrDeny);

    /// <param name="Due">What is due next on each row's request, by id, and how far off it is.</param>
    public sealed record Page(ListPage<Row> List, FoiRequestStatus? Status, bool All, IReadOnlyDictionary<Guid, (DueNext Next, TimeToDue In)> Due,
        IReadOnlyDictionary<Guid, string> Assignees, DateTime? AsAtUtc);

    public static readonly RecordList<FoiRequest> Columns = new RecordList<FoiRequest>(FoiFields.Kind)
        .SortBy("received", r => r.ReceivedOn)
        .SortBy("reference", r => r.Reference)
        .SortBy("status", r => r.Status)
        .Search(r => r.Reference, r => r.Summary);

    /// <summary>What the export holds: the list's columns and the request's main dates; no requester's details.</summary>
    public static ExportSheet<FoiRequest> Export(IReadOnlyDictionary<Guid, string> people) => new ExportSheet<FoiRequest>("FOI requests", "foi-requests")
        .Column("Reference", 16, r => r.Reference)
        .Column("Summary", 40, r => r.Summary)
        .Column("Received on", 12, r => ExportText.Day(r.ReceivedOn))
        .Column("Requester", 16, r => FoiFields.CategoryName(r.RequesterCategory))
        .Column("Legislation", 14, r => FoiFields.LegislationName(r.Legislation))
        .Column("Status", 18, r => FoiFields.StatusName(r.Status))
        .Column("Assigned to", 24, r => ExportText.Name(people, r.AssigneeId))
        .Column("Extended to", 12, r => ExportText.Day(r.ExtendedDueOn))
        .Column("Responded on", 12, r => ExportText.Day(r.RespondedOn))
        .Column("Internal review requested on", 12, r => ExportText.Day(r.InternalReviewRequestedOn))
        .Column("Internal review done on", 12, r => ExportText.Day(r.InternalReviewDoneOn))
        .Column("ICO complaint on", 12, r => ExportText.Day(r.IcoComplaintOn))
        .Column("Closed on", 12, r => ExportText.Day(r.ClosedOn))
        .RecordColumns();

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>Every request the list shows, on all its pages, for an export.</summary>
        public async Task<ExportSelection<FoiRequest>?> ExportAsync(ListQuery query, FoiRequestStatus? status, bool all, DateTime? asAtUtc,
            CancellationToken cancellationToken)
        {
            var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
            return await Columns.ExportAsync(await SelectAsync(status, all, asAtUtc, cancellationToken), false, query, Export(people), cancellationToken);
        }

        private async Task<IQueryable<FoiRequest>> SelectAsync(FoiRequestStatus? status, bool all, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var requests = asAtUtc is { } instant
                ? (await RegisterAsOf.AllAsync<FoiRequest>(db, instant, cancellationToken)).AsQueryable()
                : db.FoiRequests.AsNoTracking();
            if (status is { } chosen)
            {
                requests = requests.Where(r => r.Status == chosen);
            }
            else if (!all)
            {
                var open = FoiFields.Open.ToList();
                requests = requests.Where(r => open.Contains(r.Status));
            }
            return requests;
        }

        public async Task<Page> HandleAsync(ListQuery query, FoiRequestStatus? status, bool all, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var requests = await SelectAsync(status, all, asAtUtc, cancellationToken);
            var list = await Columns.ToPageAsync(requests, query,
                r => new Row(r.Id, r.Reference, r.Summary, r.ReceivedOn, r.Status, r.AssigneeId, r.RetiredAt != null, r.DoNotConfirmOrDeny),
                cancellationToken);
            var ids = list.Rows.Select(r => r.Id).ToList();
            var due = new Dictionary<Guid, (DueNext, TimeToDue)>();
            if (asAtUtc is null && ids.Count > 0)
            {
                var calendar = await FoiCalendar.LoadAsync(db, cancellationToken);
                var today = UkTime.Today(db.Clock);
                var full = await db.FoiRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
                var pauses = (await db.FoiClarifications.AsNoTracking().Where(c => ids.Contains(c.RequestId)).ToListAsync(cancellationToken))
                    .ToLookup(c => c.RequestId);
                foreach (var request in full)
                {
                    if (FoiRequestClock.For(request, pauses[request.Id], calendar, today).Next is { } next)
                    {
                        due[request.Id] = (next, FoiDeadlines.DueIn(calendar, today, next.Deadline.Due));
                    }
                }
            }
            var assigneeIds = list.Rows.Where(r => r.AssigneeId is not null).Select(r => r.AssigneeId!.Value).Distinct().ToList();
            var assignees = await db.People.AsNoTracking().Where(p => assigneeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
            return new Page(list, status, all, due, assignees, asAtUtc);
        }
    }
}
