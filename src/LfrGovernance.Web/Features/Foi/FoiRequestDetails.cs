using LfrGovernance.Core.Foi;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>One request's page: its fields, what is due next and by when (with the way to the explanation), the clock
/// pauses, its numbered questions, the requester's contact details (the FOI team only reaches this page), and its
/// history.</summary>
public static class FoiRequestDetails
{
    /// <param name="Deadlines">Null when the register is viewed as at a past instant: deadlines are worked out for today.</param>
    public sealed record Page(FoiRequest Request, RecordMarking Marking, string? Assignee, FoiRequester? Requester,
        IReadOnlyList<FoiClarification> Clarifications, IReadOnlyList<FoiQuestion> Questions, FoiRequestDeadlines? Deadlines, TimeToDue? NextIn,
        IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public sealed class Handler(GovernanceDbContext db, RecordPage<FoiRequest>.Handler records)
    {
        public async Task<Page> ShowAsync(RecordPage<FoiRequest>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            await records.LogViewAsync(FoiFields.Kind, found, user, null, purpose, cancellationToken);
            var request = found.Record;
            var history = await records.TimelineAsync(FoiFields.Kind, found, cancellationToken);
            IReadOnlyList<FoiClarification> clarifications;
            IReadOnlyList<FoiQuestion> questions;
            FoiRequester? requester;
            if (found.AsAtUtc is { } instant)
            {
                clarifications = [.. (await RegisterAsOf.AllAsync<FoiClarification>(db, instant, cancellationToken)).Where(c => c.RequestId == request.Id)];
                questions = [.. (await RegisterAsOf.AllAsync<FoiQuestion>(db, instant, cancellationToken)).Where(q => q.RequestId == request.Id)];
                requester = (await RegisterAsOf.AllAsync<FoiRequester>(db, instant, cancellationToken)).FirstOrDefault(r => r.RequestId == request.Id);
            }
            else
            {
                clarifications = await db.FoiClarifications.AsNoTracking().Where(c => c.RequestId == request.Id).ToListAsync(cancellationToken);
                questions = await db.FoiQuestions.AsNoTracking().Where(q => q.RequestId == request.Id).ToListAsync(cancellationToken);
                requester = await db.FoiRequesters.AsNoTracking().FirstOrDefaultAsync(r => r.RequestId == request.Id && r.RetiredAt == null, cancellationToken);
            }
            FoiRequestDeadlines? deadlines = null;
            TimeToDue? nextIn = null;
            if (found.AsAtUtc is null)
            {
                var calendar = await FoiCalendar.LoadAsync(db, cancellationToken);
                deadlines = FoiRequestClock.For(request, clarifications, calendar, UkTime.Today(db.Clock));
                nextIn = deadlines.Next is { } next ? FoiDeadlines.DueIn(calendar, deadlines.Today, next.Deadline.Due) : null;
            }
            var assignee = request.AssigneeId is { } id
                ? await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
            return new Page(request, found.Marking, assignee, requester,
                [.. clarifications.OrderBy(c => c.RequestedOn)], [.. questions.Where(q => !q.IsRetired).OrderBy(q => q.Position)],
                deadlines, nextIn, history, found.AsAtUtc);
        }
    }
}
