using System.Diagnostics;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Forces;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Synthetic;

/// <summary>How big a synthetic register to make. The defaults are national scale: 43 forces over 10 years, about
/// 50,000 deployments and 500,000 alert rows.</summary>
public sealed record SyntheticRegisterSize(int Forces = 43, int Years = 10, int Deployments = 50_000, int Alerts = 500_000);

/// <summary>Fills an empty register with synthetic records at national scale, for measuring lists and dashboards.
/// Everything goes through the context, so every record has its history and the chain verifies. The records are
/// plainly synthetic ("Synthetic force 07", "SYN-07-000123") and follow the register's rules; a fixed seed makes
/// every run the same.</summary>
public static class SyntheticNationalRegister
{
    public const string Reason = "Synthetic national-scale register, generated for benchmarks.";

    private const int DeploymentsPerSave = 250;

    private static readonly string[] Places = ["city centre", "railway station", "shopping centre", "stadium", "high street", "market square", "retail park", "seafront"];

    /// <summary>Refuses a register that already holds records other than its default force.</summary>
    public static async Task<bool> IsEmptyAsync(GovernanceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Forces.CountAsync(cancellationToken) <= 1 && !await db.People.AnyAsync(cancellationToken)
            && !await db.Deployments.AnyAsync(cancellationToken) && !await db.Systems.AnyAsync(cancellationToken);
    }

    public static async Task GenerateAsync(GovernanceDbContext db, SyntheticRegisterSize size, Action<string> report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(report);
        var random = new Random(43);
        var clock = Stopwatch.StartNew();
        db.ChangeReason = Reason;
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var forces = await AddForcesAsync(db, size.Forces, random, today, cancellationToken);
        report($"{forces.Count} forces with their systems, officers and DPIAs ({clock.Elapsed.TotalSeconds:N0} s)");

        var alertsLeft = (long)size.Alerts;
        var firstDay = today.AddYears(-size.Years);
        var span = today.DayNumber - firstDay.DayNumber;
        for (var n = 0; n < size.Deployments; n++)
        {
            var force = forces[n % forces.Count];
            var deploymentsLeft = size.Deployments - n;
            // Alerts spread so that the total comes out exactly: on average what is left per deployment left.
            var mean = (double)alertsLeft / deploymentsLeft;
            var alerts = deploymentsLeft == 1 ? (int)alertsLeft : (int)Math.Min(alertsLeft, Math.Max(0, Math.Round(mean * (0.5 + random.NextDouble()))));
            alertsLeft -= alerts;
            var day = firstDay.AddDays((int)((long)span * n / size.Deployments) + random.Next(0, 3));
            AddDeployment(db, force, n, day, alerts, random);
            if ((n + 1) % DeploymentsPerSave == 0 || n == size.Deployments - 1)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                if ((n + 1) % 5_000 == 0 || n == size.Deployments - 1)
                {
                    report($"{n + 1:N0} deployments ({clock.Elapsed.TotalSeconds:N0} s)");
                }
            }
        }
        db.ChangeReason = null;
    }

    private sealed record SyntheticForce(Guid Id, string Code, Guid LiveSystem, Guid RetrospectiveSystem, Guid Officer);

    private static async Task<List<SyntheticForce>> AddForcesAsync(GovernanceDbContext db, int count, Random random, DateOnly today, CancellationToken cancellationToken)
    {
        var forces = new List<SyntheticForce>();
        var existing = await db.Forces.SingleAsync(f => f.IsDefault, cancellationToken);
        for (var i = 1; i <= count; i++)
        {
            var code = $"SYN{i:D2}";
            var force = i == 1 ? existing : new Force { Name = $"Synthetic force {i:D2}", Code = code };
            if (i > 1)
            {
                db.Forces.Add(force);
            }
            var live = new FacialRecognitionSystem
            {
                ForceId = force.Id, Name = $"Live facial recognition ({force.Code})", Kind = FacialRecognitionKind.Live, Product = "Synthetic Live",
                AlgorithmVersion = "4." + random.Next(0, 4), DefaultThreshold = 0.6, Status = SystemStatus.InService,
            };
            var retrospective = new FacialRecognitionSystem
            {
                ForceId = force.Id, Name = $"Retrospective search ({force.Code})", Kind = FacialRecognitionKind.Retrospective,
                Product = "Synthetic Search", DefaultThreshold = 0.62, Status = SystemStatus.InService,
            };
            var officer = new Person { ForceId = force.Id, Name = $"Superintendent {force.Code}", CollarOrWarrantNumber = $"S{i:D4}" };
            officer.ChangeRank(Rank.Superintendent, today.AddYears(-12));
            officer.Ranks[0].ForceId = force.Id;
            db.Systems.AddRange(live, retrospective);
            db.People.Add(officer);
            db.Assessments.Add(new Assessment
            {
                ForceId = force.Id, Reference = $"DPIA-{force.Code}", Title = "Live facial recognition DPIA", Kind = AssessmentKind.Dpia,
                Status = AssessmentStatus.Approved, ApprovedOn = today.AddMonths(-random.Next(1, 30)), NextReviewOn = today.AddMonths(random.Next(-6, 12)),
            });
            forces.Add(new SyntheticForce(force.Id, force.Code, live.Id, retrospective.Id, officer.Id));
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return forces;
    }

    private static void AddDeployment(GovernanceDbContext db, SyntheticForce force, int n, DateOnly day, int alerts, Random random)
    {
        var live = random.Next(10) > 0;
        var start = DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(random.Next(8, 16), 0)), DateTimeKind.Utc);
        var hours = random.Next(3, 10);
        var falseAlerts = alerts == 0 ? 0 : random.Next(100) < 8 ? 1 : 0;
        var trueAlerts = alerts - falseAlerts;
        var trueConfirmed = trueAlerts == 0 ? 0 : random.Next(trueAlerts / 2, trueAlerts + 1);
        var arrests = trueConfirmed == 0 ? 0 : random.Next(0, trueConfirmed + 1);
        var deployment = new Deployment
        {
            ForceId = force.Id,
            Reference = $"{force.Code}-{n:D6}",
            SystemId = live ? force.LiveSystem : force.RetrospectiveSystem,
            Kind = live ? FacialRecognitionKind.Live : FacialRecognitionKind.Retrospective,
            Objective = (PolicingObjective)random.Next(0, 4),
            Purpose = "Synthetic deployment for benchmarks: locate people wanted on warrant.",
            LocationName = $"{force.Code} {Places[random.Next(Places.Length)]} {random.Next(1, 40)}",
            PlannedStart = start,
            PlannedEnd = start.AddHours(hours),
            ActualStart = start,
            ActualEnd = start.AddHours(hours),
            WatchlistCriteria = "Wanted by police or courts; missing people at high risk.",
            ThresholdUsed = 0.6,
            CameraCount = random.Next(1, 4),
            PublicNoticeGiven = true,
            PublicNoticeMethods = PublicNoticeMethods.Signage | PublicNoticeMethods.Website,
            FacesSeen = random.Next(2_000, 30_000),
            TotalAlerts = alerts,
            TrueAlertsConfirmed = trueConfirmed,
            TrueAlertsUnconfirmed = trueAlerts - trueConfirmed,
            FalseAlertsConfirmed = falseAlerts,
            FalseAlertsUnconfirmed = 0,
            Engagements = alerts,
            Arrests = arrests,
            OtherAction = 0,
            NoAction = alerts - arrests,
            DoNotConfirmOrDeny = random.Next(200) == 0,
        };
        // Past deployments entered as they ended (see Deployment.RecordHistoric), not walked through the lifecycle.
        deployment.RecordHistoric(DeploymentStatus.Completed);
        if (random.Next(10) > 0)
        {
            deployment.RecordHistoric(DeploymentStatus.Reviewed);
            deployment.ReviewedOn = day.AddDays(random.Next(2, 20));
            deployment.ReviewerId = force.Officer;
            deployment.ReviewFindings = "Ran as authorised.";
        }
        db.Deployments.Add(deployment);
        var wanted = random.Next(2_000, 9_000);
        var missing = random.Next(5, 40);
        deployment.WatchlistSize = wanted + missing;
        db.WatchlistCategories.AddRange(
            new WatchlistCategory { ForceId = force.Id, DeploymentId = deployment.Id, Category = WatchlistCategoryKind.WantedByPoliceOrCourts, Size = wanted, ImageSource = "Custody images", LegalBasis = "DPA 2018 s.35" },
            new WatchlistCategory { ForceId = force.Id, DeploymentId = deployment.Id, Category = WatchlistCategoryKind.MissingOrVulnerable, Size = missing, ImageSource = "Supplied by families", LegalBasis = "DPA 2018 s.35" });
        for (var a = 0; a < alerts; a++)
        {
            var isFalse = a < falseAlerts;
            db.Alerts.Add(new DeploymentAlert
            {
                ForceId = force.Id,
                DeploymentId = deployment.Id,
                OccurredAt = start.AddMinutes(random.Next(0, hours * 60)),
                Category = a % 10 == 9 ? WatchlistCategoryKind.MissingOrVulnerable : WatchlistCategoryKind.WantedByPoliceOrCourts,
                Adjudication = isFalse ? AlertAdjudication.FalseAlert : AlertAdjudication.TrueAlert,
                Confirmed = isFalse || a - falseAlerts < trueConfirmed,
                Action = !isFalse && a - falseAlerts < arrests ? AlertAction.Arrest : AlertAction.NoAction,
            });
        }
    }
}
