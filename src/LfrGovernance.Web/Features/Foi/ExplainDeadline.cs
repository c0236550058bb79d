using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>How a request's due dates were reached: for each deadline, every day from receipt (or from the date it
/// counts from) to the due date, counted as working day N or skipped, and why (a weekend, a bank holiday and where, a
/// one-off holiday, the clock stopped while clarification was awaited).</summary>
public static class ExplainDeadline
{
    public sealed record Section(string Title, Deadline Deadline);

    public sealed record Page(FoiRequest Request, IReadOnlyList<Section> Sections, DateOnly? AwaitingSince, TimeToDue? NextIn);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var request = await db.FoiRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (request is null)
            {
                return null;
            }
            var calendar = await FoiCalendar.LoadAsync(db, cancellationToken);
            var deadlines = await FoiCalendar.DeadlinesAsync(db, calendar, request, cancellationToken);
            var sections = new List<Section> { new("Response (20 working days after receipt)", deadlines.Response) };
            if (deadlines.Extended is { } extended)
            {
                sections.Add(new("Full response under the public interest extension", extended));
            }
            if (deadlines.InternalReview is { } review)
            {
                sections.Add(new("Internal review (20 working days)", review.Normal));
                sections.Add(new("Internal review at the latest (40 working days)", review.Latest));
            }
            var nextIn = deadlines.Next is { } next ? FoiDeadlines.DueIn(calendar, deadlines.Today, next.Deadline.Due) : null;
            return new Page(request, sections, deadlines.AwaitingSince, nextIn);
        }
    }
}
