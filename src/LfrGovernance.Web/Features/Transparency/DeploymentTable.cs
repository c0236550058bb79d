using System.Globalization;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Deployments;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Transparency;

/// <summary>The deployment table as large forces publish it (domain section 10), for a chosen period: one row per
/// deployment that took place (<see cref="PublishedDeployments"/>), oldest first, and a totals row; as a printable page,
/// CSV or XLSX. Every export is logged.</summary>
public static class DeploymentTable
{
    public sealed class Input
    {
        public DateInput From { get; set; } = new();

        public DateInput To { get; set; } = new();

        /// <summary>True when neither date was entered: the page only asks for them.</summary>
        public bool IsEmpty => From.IsEmpty && To.IsEmpty;
    }

    /// <param name="StartIsPlanned">True when the date is the planned start (no actual start recorded).</param>
    public sealed record Row(Guid Id, string Reference, string Location, DateOnly? Date, bool StartIsPlanned, TimeSpan? Duration, string Kind,
        string Objective, string Purpose, int? WatchlistSize, double? Threshold, int? TotalAlerts, int? TrueConfirmed, int? TrueUnconfirmed,
        int? FalseConfirmed, int? FalseUnconfirmed, FalseAlertRate? Rate, int? Arrests, int? OtherAction, int? NoAction, long? FacesSeen);

    /// <summary>The sums of the counts (null where no deployment recorded the figure), and the rate of the sums.</summary>
    public sealed record Totals(int Deployments, int? TotalAlerts, int? TrueConfirmed, int? TrueUnconfirmed, int? FalseConfirmed,
        int? FalseUnconfirmed, FalseAlertRate? Rate, int? Arrests, int? OtherAction, int? NoAction, long? FacesSeen);

    /// <summary>The page: the dates as typed, and the table once a valid period is chosen.</summary>
    public sealed record Page(Input Input, PublicationPeriod? Period, IReadOnlyList<Row> Rows, Totals? Total);

    /// <summary>The columns of the files, in the order of the page.</summary>
    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("Reference", 16), new("Location", 30), new("Date", 14), new("Duration", 12), new("Kind", 16), new("Objective", 20),
        new("Purpose", 40), new("Watchlist size", 11), new("Threshold", 10), new("Total alerts", 10), new("True alerts (confirmed)", 12),
        new("True alerts (unconfirmed)", 12), new("False alerts (confirmed)", 12), new("False alerts (unconfirmed)", 12),
        new("False alert rate (false alerts per faces seen)", 18), new("Arrests", 9), new("Other action", 9), new("No action", 9),
        new("Faces seen", 12),
    ];

    /// <summary>Reads the period: both dates are needed, real, and in order.</summary>
    public static PublicationPeriod? ReadPeriod(Input input, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        var from = input.From.ReadDay(modelState, "From", "the first day of the period", required: true);
        var to = input.To.ReadDay(modelState, "To", "the last day of the period", required: true);
        if (from is { } first && to is { } last)
        {
            if (last < first)
            {
                modelState.AddModelError("To", "The last day of the period must be the same as or after the first day");
                return null;
            }
            return new PublicationPeriod(first, last);
        }
        return null;
    }

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> ShowAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            if (input.IsEmpty)
            {
                return new Page(input, null, [], null);
            }
            if (ReadPeriod(input, modelState) is not { } period)
            {
                return new Page(input, null, [], null);
            }
            var rows = await RowsAsync(db, period, cancellationToken);
            return new Page(input, period, rows, Sum(rows));
        }

        /// <summary>The file, or null when the period has errors (the page shows them).</summary>
        public async Task<ExportFile?> ExportAsync(Input input, ExportFormat format, CurrentUser user, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            if (ReadPeriod(input, modelState) is not { } period)
            {
                return null;
            }
            var rows = await RowsAsync(db, period, cancellationToken);
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var table = new ExportTable("Deployments", Columns, [.. rows.Select(Cells), TotalCells(Sum(rows))]);
            var file = ExportFile.Create(table, format, $"deployments-{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}", now);
            var description = $"Transparency deployment table, {format.ToString().ToUpperInvariant()} ({rows.Count} {(rows.Count == 1 ? "deployment" : "deployments")})";
            db.AccessLog.Add(ExportFile.LogEntry(user, now, description, $"Deployments that took place from {period} inclusive (UK dates)"));
            await db.SaveChangesAsync(cancellationToken);
            return file;
        }
    }

    /// <summary>The rows of the table, oldest first. Only the columns the table shows are read.</summary>
    public static async Task<IReadOnlyList<Row>> RowsAsync(GovernanceDbContext db, PublicationPeriod period, CancellationToken cancellationToken)
    {
        var deployments = await PublishedDeployments.In(db, period)
            .OrderBy(d => d.StartsAt).ThenBy(d => d.Reference)
            .Select(d => new
            {
                d.Id, d.Reference, d.LocationName, d.StartsAt, d.ActualStart, d.PlannedStart, d.ActualEnd, d.PlannedEnd, d.Kind, d.Objective, d.Purpose,
                d.WatchlistSize, d.ThresholdUsed, d.TotalAlerts, d.TrueAlertsConfirmed, d.TrueAlertsUnconfirmed, d.FalseAlertsConfirmed,
                d.FalseAlertsUnconfirmed, d.Arrests, d.OtherAction, d.NoAction, d.FacesSeen,
            })
            .ToListAsync(cancellationToken);
        return [.. deployments.Select(d => new Row(d.Id, d.Reference, d.LocationName, d.StartsAt is { } start ? UkTime.DayOf(start) : null,
            d.ActualStart is null, Duration(d.ActualStart ?? d.PlannedStart, d.ActualEnd ?? d.PlannedEnd), DeploymentFields.KindName(d.Kind),
            DeploymentFields.ObjectiveName(d.Objective), d.Purpose, d.WatchlistSize, d.ThresholdUsed, d.TotalAlerts, d.TrueAlertsConfirmed,
            d.TrueAlertsUnconfirmed, d.FalseAlertsConfirmed, d.FalseAlertsUnconfirmed,
            AlertFigures.PerFacesSeen(AlertFigures.Sum(d.FalseAlertsConfirmed, d.FalseAlertsUnconfirmed), d.FacesSeen),
            d.Arrests, d.OtherAction, d.NoAction, d.FacesSeen))];
    }

    public static Totals Sum(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var falseAlerts = AlertFigures.Sum(Sum(rows, r => r.FalseConfirmed), Sum(rows, r => r.FalseUnconfirmed));
        var faces = rows.Any(r => r.FacesSeen is not null) ? rows.Sum(r => r.FacesSeen ?? 0) : (long?)null;
        return new Totals(rows.Count, Sum(rows, r => r.TotalAlerts), Sum(rows, r => r.TrueConfirmed), Sum(rows, r => r.TrueUnconfirmed),
            Sum(rows, r => r.FalseConfirmed), Sum(rows, r => r.FalseUnconfirmed), AlertFigures.PerFacesSeen(falseAlerts, faces),
            Sum(rows, r => r.Arrests), Sum(rows, r => r.OtherAction), Sum(rows, r => r.NoAction), faces);
    }

    private static int? Sum(IReadOnlyList<Row> rows, Func<Row, int?> figure) =>
        rows.Any(r => figure(r) is not null) ? rows.Sum(r => figure(r) ?? 0) : null;

    /// <summary>From the start to the end: the actual times, or the planned ones while either is missing.</summary>
    private static TimeSpan? Duration(DateTime? start, DateTime? end) =>
        start is { } from && end is { } to && to > from ? to - from : null;

    /// <summary>"6 hours 30 minutes", "45 minutes", "2 days 3 hours".</summary>
    public static string FormatDuration(TimeSpan? duration)
    {
        if (duration is not { } span)
        {
            return string.Empty;
        }
        var parts = new List<string>();
        if (span.Days > 0) { parts.Add(Plural(span.Days, "day")); }
        if (span.Hours > 0) { parts.Add(Plural(span.Hours, "hour")); }
        if (span.Minutes > 0 || parts.Count == 0) { parts.Add(Plural(span.Minutes, "minute")); }
        return string.Join(" ", parts);
    }

    public static string Number(long? value) => value is { } n ? n.ToString("N0", CultureInfo.GetCultureInfo("en-GB")) : string.Empty;

    public static string Threshold(double? value) => value is { } t ? t.ToString("0.00##", CultureInfo.InvariantCulture) : string.Empty;

    public static string Date(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Date is { } day ? UkTime.FormatDay(day) + (row.StartIsPlanned ? " (planned)" : string.Empty) : string.Empty;
    }

    private static string Plural(int n, string unit) => $"{n} {unit}{(n == 1 ? "" : "s")}";

    private static string?[] Cells(Row r) =>
    [
        r.Reference, r.Location, Date(r), FormatDuration(r.Duration), r.Kind, r.Objective, r.Purpose, Number(r.WatchlistSize), Threshold(r.Threshold),
        Number(r.TotalAlerts), Number(r.TrueConfirmed), Number(r.TrueUnconfirmed), Number(r.FalseConfirmed), Number(r.FalseUnconfirmed),
        r.Rate?.ToString() ?? string.Empty, Number(r.Arrests), Number(r.OtherAction), Number(r.NoAction), Number(r.FacesSeen),
    ];

    private static string?[] TotalCells(Totals t) =>
    [
        $"Total ({t.Deployments} {(t.Deployments == 1 ? "deployment" : "deployments")})", null, null, null, null, null, null, null, null,
        Number(t.TotalAlerts), Number(t.TrueConfirmed), Number(t.TrueUnconfirmed), Number(t.FalseConfirmed), Number(t.FalseUnconfirmed),
        t.Rate?.ToString() ?? string.Empty, Number(t.Arrests), Number(t.OtherAction), Number(t.NoAction), Number(t.FacesSeen),
    ];
}
