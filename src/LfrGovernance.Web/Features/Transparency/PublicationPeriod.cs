using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Transparency;

/// <summary>The UK days a publication covers, first and last inclusive.</summary>
public sealed record PublicationPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The start of the first day, as UTC (midnight always exists in UK time).</summary>
    public DateTime FromUtc => UkTime.FromLocal(From.ToDateTime(TimeOnly.MinValue))!.Value;

    /// <summary>The start of the day after the last, as UTC, so the whole last day is included.</summary>
    public DateTime ToUtcExclusive => UkTime.FromLocal(To.AddDays(1).ToDateTime(TimeOnly.MinValue))!.Value;

    /// <summary>"1 April 2025 to 31 March 2026".</summary>
    public override string ToString() => $"{UkTime.FormatDay(From)} to {UkTime.FormatDay(To)}";

    /// <summary>The query string that chooses this period on the deployment table ("From.Day=1&amp;...").</summary>
    public string Query() =>
        $"From.Day={From.Day}&From.Month={From.Month}&From.Year={From.Year}&To.Day={To.Day}&To.Month={To.Month}&To.Year={To.Year}";
}

/// <summary>The deployments a publication counts: those that took place (live, completed or reviewed), starting in the
/// period (the actual start, or the planned start while there is none, as everywhere in the register), and current.
/// Never a record flagged "do not confirm or deny", nor one on a system so flagged, whoever asks: these are for
/// publication, and nothing says how many were left out.</summary>
public static class PublishedDeployments
{
    public static readonly IReadOnlyList<DeploymentStatus> TookPlace = [DeploymentStatus.Live, DeploymentStatus.Completed, DeploymentStatus.Reviewed];

    public static IQueryable<Deployment> In(GovernanceDbContext db, PublicationPeriod period)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var from = period.FromUtc;
        var to = period.ToUtcExclusive;
        var statuses = TookPlace.ToList();
        return db.Deployments.AsNoTracking()
            .Where(d => !d.DoNotConfirmOrDeny && d.RetiredAt == null && statuses.Contains(d.Status)
                && d.StartsAt >= from && d.StartsAt < to
                && db.Systems.Any(s => s.Id == d.SystemId && !s.DoNotConfirmOrDeny));
    }
}
