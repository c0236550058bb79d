using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>The working-day calendar the FOI pages count with: the standing UK bank holidays and the one-off holidays
/// an administrator keeps.</summary>
public static class FoiCalendar
{
    public static async Task<WorkingDayCalendar> LoadAsync(GovernanceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var oneOffs = await db.OneOffBankHolidays.AsNoTracking().Where(h => h.RetiredAt == null).ToListAsync(cancellationToken);
        return new WorkingDayCalendar(oneOffs.Select(h => h.ToHoliday()));
    }

    /// <summary>A request's deadlines today.</summary>
    public static async Task<FoiRequestDeadlines> DeadlinesAsync(GovernanceDbContext db, WorkingDayCalendar calendar, FoiRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var pauses = await db.FoiClarifications.AsNoTracking().Where(c => c.RequestId == request.Id).ToListAsync(cancellationToken);
        return FoiRequestClock.For(request, pauses, calendar, UkTime.Today(db.Clock));
    }
}
