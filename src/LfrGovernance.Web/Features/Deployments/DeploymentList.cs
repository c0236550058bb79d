using System.Linq.Expressions;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>The list of deployments: searched (reference, location, purpose), filtered by kind, status, system and
/// start date, sorted (the false alert rates too, worked out in SQL from the stored counts) and paged; current ones by
/// default, retired ones on request; as they stood at a past instant when the register is viewed as at then.</summary>
public static class DeploymentList
{
    /// <summary>The list's own filters, from the query string.</summary>
    public sealed class Filters
    {
        public FacialRecognitionKind? Kind { get; set; }

        public DeploymentStatus? Status { get; set; }

        public Guid? System { get; set; }

        /// <summary>Deployments starting on or after this day (the actual start, or the planned one before then).</summary>
        public DateInput From { get; set; } = new();

        /// <summary>Deployments starting on or before this day.</summary>
        public DateInput To { get; set; } = new();

        /// <summary>Only deployments that have ended but have no post-deployment review yet.</summary>
        public bool NeedsReview { get; set; }
    }

    /// <param name="Start">The actual start, or the planned one while there is none.</param>
    /// <param name="StartIsPlanned">True when <paramref name="Start"/> is the planned start.</param>
    public sealed record Row(Guid Id, string Reference, string LocationName, Guid SystemId, FacialRecognitionKind Kind, DateTime? Start,
        bool StartIsPlanned, DeploymentStatus Status, long? FacesSeen, int? TotalAlerts, int? FalseAlertsConfirmed, int? FalseAlertsUnconfirmed,
        bool DoNotConfirmOrDeny, bool Retired)
    {
        public int? FalseAlerts => AlertFigures.Sum(FalseAlertsConfirmed, FalseAlertsUnconfirmed);

        public FalseAlertRate? RatePerFacesSeen => AlertFigures.PerFacesSeen(FalseAlerts, FacesSeen);

        public double? PercentOfAlerts => AlertFigures.PercentOfAlerts(FalseAlerts, TotalAlerts);
    }

    public sealed record Page(ListPage<Row> List, Filters Filters, IReadOnlyList<Choice> Systems, DateTime? AsAtUtc)
    {
        public string SystemName(Guid id) => Systems.FirstOrDefault(s => s.Id == id)?.Name ?? "Unknown system";
    }

    /// <summary>The columns the list sorts by and the fields a search looks in. The rates are computed from the
    /// counts with arithmetic every database has, so that sorting by them runs in SQL; the sorts no index follows
    /// find the page's ids first, from the index that holds the list's filters and figures.</summary>
    public static readonly RecordList<Deployment> Columns = new RecordList<Deployment>(DeploymentFields.Kind)
        .SortBy("start", d => d.StartsAt)
        .SortBy("reference", d => d.Reference)
        .SortBy("location", d => d.LocationName)
        .SortBy("kind", d => d.Kind, idsFirst: true)
        .SortBy("status", d => d.Status, idsFirst: true)
        .SortBy("faces", d => d.FacesSeen, idsFirst: true)
        .SortBy("alerts", d => d.TotalAlerts, idsFirst: true)
        .SortBy("false", d => d.FalseAlertsConfirmed == null && d.FalseAlertsUnconfirmed == null
            ? null
            : (int?)((d.FalseAlertsConfirmed ?? 0) + (d.FalseAlertsUnconfirmed ?? 0)), idsFirst: true)
        .SortBy("rate-faces", d => d.FacesSeen > 0 && (d.FalseAlertsConfirmed != null || d.FalseAlertsUnconfirmed != null)
            ? (double?)((d.FalseAlertsConfirmed ?? 0) + (d.FalseAlertsUnconfirmed ?? 0)) / (double?)d.FacesSeen
            : null, idsFirst: true)
        .SortBy("rate-alerts", d => d.TotalAlerts > 0 && (d.FalseAlertsConfirmed != null || d.FalseAlertsUnconfirmed != null)
            ? (double?)((d.FalseAlertsConfirmed ?? 0) + (d.FalseAlertsUnconfirmed ?? 0)) / (double?)d.TotalAlerts
            : null, idsFirst: true)
        .Search(d => d.Reference, d => d.LocationName, d => d.Purpose);

    /// <summary>A deployment as its export reads it: only the columns the export writes, projected in SQL, so that the
    /// database reads and the application builds no more than that for each of what may be 100,000 rows.</summary>
    public sealed record ExportRow(Guid Id, string Reference, string LocationName, string? LocationAddress, Guid SystemId, FacialRecognitionKind Kind,
        DeploymentStatus Status, PolicingObjective Objective, string Purpose, DateTime? PlannedStart, DateTime? PlannedEnd, DateTime? ActualStart,
        DateTime? ActualEnd, int? CameraCount, double? ThresholdUsed, int? WatchlistSize, bool? PublicNoticeGiven, long? FacesSeen, int? TotalAlerts,
        int? TrueAlertsConfirmed, int? TrueAlertsUnconfirmed, int? FalseAlertsConfirmed, int? FalseAlertsUnconfirmed, int? Engagements, int? Arrests,
        int? OtherAction, int? NoAction, DateOnly? ReviewedOn, RecordMarking Marking, bool DoNotConfirmOrDeny, DateTime? RetiredAt, string? RetirementReason)
    {
        public int? FalseAlerts => AlertFigures.Sum(FalseAlertsConfirmed, FalseAlertsUnconfirmed);
    }

    /// <summary>The projection of <see cref="ExportRow"/>.</summary>
    public static readonly Expression<Func<Deployment, ExportRow>> ToExportRow = d => new ExportRow(d.Id, d.Reference, d.LocationName, d.LocationAddress,
        d.SystemId, d.Kind, d.Status, d.Objective, d.Purpose, d.PlannedStart, d.PlannedEnd, d.ActualStart, d.ActualEnd, d.CameraCount, d.ThresholdUsed,
        d.WatchlistSize, d.PublicNoticeGiven, d.FacesSeen, d.TotalAlerts, d.TrueAlertsConfirmed, d.TrueAlertsUnconfirmed, d.FalseAlertsConfirmed,
        d.FalseAlertsUnconfirmed, d.Engagements, d.Arrests, d.OtherAction, d.NoAction, d.ReviewedOn, d.Marking, d.DoNotConfirmOrDeny, d.RetiredAt,
        d.RetirementReason);

    /// <summary>What the export holds: the list's columns, then the deployment's main fields and every figure, with
    /// both false alert rates worked out as the list does (<see cref="AlertFigures"/>), then its handling.</summary>
    public static ExportSheet<ExportRow> Export(IReadOnlyDictionary<Guid, string> systems) => new ExportSheet<ExportRow>("Deployments", "deployments")
        .Column("Reference", 18, d => d.Reference)
        .Column("Location", 28, d => d.LocationName)
        .Column("Address", 30, d => d.LocationAddress)
        .Column("System", 24, d => ExportText.Name(systems, d.SystemId))
        .Column("Kind", 14, d => DeploymentFields.KindName(d.Kind))
        .Column("Status", 14, d => DeploymentFields.StatusName(d.Status))
        .Column("Policing objective", 22, d => DeploymentFields.ObjectiveName(d.Objective))
        .Column("Purpose", 40, d => d.Purpose)
        .Column("Planned start (UK time)", 17, d => ExportText.Instant(d.PlannedStart))
        .Column("Planned end (UK time)", 17, d => ExportText.Instant(d.PlannedEnd))
        .Column("Actual start (UK time)", 17, d => ExportText.Instant(d.ActualStart))
        .Column("Actual end (UK time)", 17, d => ExportText.Instant(d.ActualEnd))
        .Column("Cameras", 9, d => ExportText.Number(d.CameraCount))
        .Column("Threshold used", 10, d => ExportText.Number(d.ThresholdUsed))
        .Column("Watchlist size", 10, d => ExportText.Number(d.WatchlistSize))
        .Column("Public notice given", 10, d => ExportText.YesNo(d.PublicNoticeGiven))
        .Column("Faces seen", 12, d => ExportText.Number(d.FacesSeen))
        .Column("Alerts", 9, d => ExportText.Number(d.TotalAlerts))
        .Column("True alerts (confirmed)", 10, d => ExportText.Number(d.TrueAlertsConfirmed))
        .Column("True alerts (unconfirmed)", 10, d => ExportText.Number(d.TrueAlertsUnconfirmed))
        .Column("False alerts (confirmed)", 10, d => ExportText.Number(d.FalseAlertsConfirmed))
        .Column("False alerts (unconfirmed)", 10, d => ExportText.Number(d.FalseAlertsUnconfirmed))
        .Column("False alerts", 9, d => ExportText.Number(d.FalseAlerts))
        .Column("False alert rate (per faces seen)", 20, d => AlertFigures.PerFacesSeen(d.FalseAlerts, d.FacesSeen)?.ToString())
        .Column("False alerts (% of alerts)", 12, d => AlertFigures.PercentOfAlerts(d.FalseAlerts, d.TotalAlerts) is { } p
            ? AlertFigures.FormatPercent(p)
            : null)
        .Column("Engagements", 10, d => ExportText.Number(d.Engagements))
        .Column("Arrests", 9, d => ExportText.Number(d.Arrests))
        .Column("Other action", 9, d => ExportText.Number(d.OtherAction))
        .Column("No action", 9, d => ExportText.Number(d.NoAction))
        .Column("Reviewed on", 12, d => ExportText.Day(d.ReviewedOn))
        .Column("Handling marking", 18, d => RecordMarkings.DisplayName(d.Marking))
        .Column("Do not confirm or deny", 12, d => ExportText.YesNo(d.DoNotConfirmOrDeny))
        .Column("Retired", 18, d => ExportText.Instant(d.RetiredAt))
        .Column("Reason for retiring", 30, d => d.RetirementReason)
        .Column("Id", 38, d => d.Id.ToString("D"));

    public sealed class Handler(GovernanceDbContext db, IRecordTextSearch textSearch)
    {
        public async Task<Page> HandleAsync(ListQuery query, Filters filters, ModelStateDictionary modelState, DateTime? asAtUtc,
            CancellationToken cancellationToken)
        {
            var (deployments, searched) = await SelectAsync(query, filters, modelState, asAtUtc, cancellationToken);
            var list = await Columns.ToPageAsync(deployments, searched, query, d => new Row(d.Id, d.Reference, d.LocationName, d.SystemId, d.Kind,
                d.StartsAt, d.ActualStart == null, d.Status, d.FacesSeen, d.TotalAlerts, d.FalseAlertsConfirmed,
                d.FalseAlertsUnconfirmed, d.DoNotConfirmOrDeny, d.RetiredAt != null), cancellationToken);
            var systems = await db.Systems.AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(cancellationToken);
            return new Page(list, filters, systems, asAtUtc);
        }

        /// <summary>Every deployment the list shows, on all its pages, for an export; null when the filters have errors.</summary>
        public async Task<ExportSelection<ExportRow>?> ExportAsync(ListQuery query, Filters filters, ModelStateDictionary modelState, DateTime? asAtUtc,
            CancellationToken cancellationToken)
        {
            var (deployments, searched) = await SelectAsync(query, filters, modelState, asAtUtc, cancellationToken);
            if (!modelState.IsValid)
            {
                return null;
            }
            var systems = await db.Systems.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            return await Columns.ExportAsync(deployments, searched, query, ToExportRow, Export(systems), cancellationToken);
        }

        private async Task<(IQueryable<Deployment> Deployments, bool Searched)> SelectAsync(ListQuery query, Filters filters, ModelStateDictionary modelState,
            DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            ArgumentNullException.ThrowIfNull(filters);
            ArgumentNullException.ThrowIfNull(modelState);
            if (string.IsNullOrEmpty(query.Sort))
            {
                // The newest deployments first, unless the user sorts otherwise.
                query.Sort = "start";
                query.Dir = "desc";
            }
            // A search the database's text index serves starts from what it finds; otherwise the list searches itself.
            var found = asAtUtc is null && query.Term is { } term ? textSearch.Containing<Deployment>(db, term) : null;
            var deployments = asAtUtc is { } instant
                ? (await RegisterAsOf.AllAsync<Deployment>(db, instant, cancellationToken)).AsQueryable()
                : (found ?? db.Deployments).AsNoTracking();
            if (filters.Kind is { } kind)
            {
                deployments = deployments.Where(d => d.Kind == kind);
            }
            if (filters.Status is { } status)
            {
                deployments = deployments.Where(d => d.Status == status);
            }
            if (filters.System is { } system)
            {
                deployments = deployments.Where(d => d.SystemId == system);
            }
            if (filters.NeedsReview)
            {
                deployments = deployments.Where(d => d.ActualEnd != null && d.ReviewedOn == null);
            }
            // The day boxes are read as UK days: from the start of the first to the end of the last.
            if (filters.From.ReadDay(modelState, "From", "the first start date") is { } from && UkTime.FromLocal(from.ToDateTime(TimeOnly.MinValue)) is { } fromUtc)
            {
                deployments = deployments.Where(d => d.StartsAt >= fromUtc);
            }
            if (filters.To.ReadDay(modelState, "To", "the last start date") is { } to && UkTime.FromLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue)) is { } toUtc)
            {
                deployments = deployments.Where(d => d.StartsAt < toUtc);
            }
            return (deployments, found is not null);
        }
    }
}
