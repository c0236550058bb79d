using System.Globalization;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>The FOI team's dashboard: open requests by due date, how many are overdue, and the time taken to respond,
/// month by month over the last twelve months (a chart with its data table beside it).</summary>
public static class FoiDashboard
{
    public sealed record OpenRequest(Guid Id, string Reference, string Summary, DueNext Next, TimeToDue In);

    /// <param name="FirstDay">The first day of the month.</param>
    /// <param name="AverageWorkingDays">The average working days from receipt to response, or null when none responded.</param>
    public sealed record Month(DateOnly FirstDay, int Responded, int OnTime, double? AverageWorkingDays)
    {
        public string Name => FirstDay.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
    }

    public sealed record Page(IReadOnlyList<OpenRequest> Open, int Overdue, int DueWithinFiveDays, IReadOnlyList<Month> Months);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(CancellationToken cancellationToken)
        {
            var calendar = await FoiCalendar.LoadAsync(db, cancellationToken);
            var today = UkTime.Today(db.Clock);
            var open = FoiFields.Open.ToList();
            var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
            var requests = await db.FoiRequests.AsNoTracking()
                .Where(r => r.RetiredAt == null && (open.Contains(r.Status) || (r.RespondedOn != null && r.RespondedOn >= start)))
                .ToListAsync(cancellationToken);
            var ids = requests.Select(r => r.Id).ToList();
            var pauses = (await db.FoiClarifications.AsNoTracking().Where(c => ids.Contains(c.RequestId)).ToListAsync(cancellationToken)).ToLookup(c => c.RequestId);
            var deadlines = requests.ToDictionary(r => r.Id, r => FoiRequestClock.For(r, pauses[r.Id], calendar, today));

            var waiting = requests.Where(r => open.Contains(r.Status) && deadlines[r.Id].Next is not null)
                .Select(r => new OpenRequest(r.Id, r.Reference, r.Summary, deadlines[r.Id].Next!, FoiDeadlines.DueIn(calendar, today, deadlines[r.Id].Next!.Deadline.Due)))
                .OrderBy(o => o.Next.Deadline.Due).ThenBy(o => o.Reference, StringComparer.Ordinal)
                .ToList();
            var responded = requests.Where(r => r.RespondedOn is { } on && on >= start).ToList();
            var months = Enumerable.Range(0, 12).Select(i => start.AddMonths(i)).Select(month =>
            {
                var those = responded.Where(r => r.RespondedOn!.Value.Year == month.Year && r.RespondedOn.Value.Month == month.Month).ToList();
                return new Month(month, those.Count, those.Count(r => !deadlines[r.Id].RespondedLate(r)),
                    those.Count == 0 ? null : those.Average(r => calendar.WorkingDaysBetween(r.ReceivedOn, r.RespondedOn!.Value)));
            }).ToList();
            return new Page(waiting, waiting.Count(o => o.In.Overdue), waiting.Count(o => !o.In.Overdue && o.In.WorkingDays <= 5), months);
        }
    }
}
