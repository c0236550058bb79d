using LfrGovernance.Core.Foi;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
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

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(ListQuery query, FoiRequestStatus? status, bool all, DateTime? asAtUtc, CancellationToken cancellationToken)
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
