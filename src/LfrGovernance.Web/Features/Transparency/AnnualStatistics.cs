using System.Globalization;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Assessments;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Transparency;

/// <summary>The annual statistics report for a calendar or financial year (April to March): deployments and their
/// outcomes, authorisation decisions, and assessments approved. Laid out for a police and crime commissioner, or as an
/// EU AI Act Art. 5 annual report (live use and authorisation decisions by objective). Each figure links to the records
/// it counts. Records flagged "do not confirm or deny" never count, whoever asks, and nothing says how many were left out.</summary>
public static class AnnualStatistics
{
    public const string Calendar = "calendar";
    public const string Financial = "financial";
    public const string Commissioner = "pcc";
    public const string EuAiAct = "eu";

    public sealed class Input
    {
        public string? Year { get; set; }

        /// <summary><see cref="Calendar"/> (January to December) or <see cref="Financial"/> (April to March).</summary>
        public string? Basis { get; set; }

        /// <summary><see cref="Commissioner"/> or <see cref="EuAiAct"/>.</summary>
        public string? Layout { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Year) && string.IsNullOrWhiteSpace(Basis);
    }

    /// <summary>A decision counted, with the record it was made on.</summary>
    public sealed record CountedDecision(Guid SubjectId, DecisionSubject Subject, string SubjectReference, DecisionOutcome Outcome, DateTime DecidedAt,
        PolicingObjective? Objective, FacialRecognitionKind? Kind);

    public sealed record CountedAssessment(Guid Id, string Reference, string Title, string Kind, DateOnly ApprovedOn);

    /// <summary>One row of the EU layout: an objective, its live uses and the decisions on them.</summary>
    public sealed record ObjectiveRow(string Objective, int Uses, int Decisions, int Authorised, int Refused, int Urgent, int UrgentCancelled);

    public sealed record Figures(string Title, PublicationPeriod Period, DeploymentTable.Totals Deployments, int? TrueAlerts, int? FalseAlerts,
        double? FalsePercentOfAlerts, IReadOnlyList<CountedDecision> Decisions, IReadOnlyList<CountedAssessment> Assessments, IReadOnlyList<ObjectiveRow> Objectives)
    {
        public IEnumerable<CountedDecision> OnDeployments => Decisions.Where(d => d.Subject == DecisionSubject.Deployment);

        public IEnumerable<CountedDecision> OnCollaborations => Decisions.Where(d => d.Subject == DecisionSubject.Collaboration);

        /// <summary>Authorisations granted: authorised, on the ordinary or the urgent path (a ratification confirms an
        /// urgent authorisation, so it is not counted again).</summary>
        public static int Granted(IEnumerable<CountedDecision> decisions) =>
            decisions.Count(d => d.Outcome is DecisionOutcome.Authorised or DecisionOutcome.UrgentlyAuthorised);

        public static int Count(IEnumerable<CountedDecision> decisions, DecisionOutcome outcome) => decisions.Count(d => d.Outcome == outcome);
    }

    public sealed record Page(Input Input, string Basis, string Layout, Figures? Figures);

    /// <summary>Reads the year: four digits, from 2000 to 2100.</summary>
    public static PublicationPeriod? ReadPeriod(Input input, ModelStateDictionary modelState, out string basis)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        basis = input.Basis == Financial ? Financial : Calendar;
        var text = input.Year?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            modelState.AddModelError(nameof(Input.Year), "Enter the year of the report");
            return null;
        }
        if (text.Length != 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            modelState.AddModelError(nameof(Input.Year), "The year must be a year from 2000 to 2100, for example 2025");
            return null;
        }
        return basis == Financial
            ? new PublicationPeriod(new DateOnly(year, 4, 1), new DateOnly(year + 1, 3, 31))
            : new PublicationPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> ShowAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            var layout = input.Layout == EuAiAct ? EuAiAct : Commissioner;
            if (input.IsEmpty)
            {
                return new Page(input, Calendar, layout, null);
            }
            var period = ReadPeriod(input, modelState, out var basis);
            return new Page(input, basis, layout, period is null ? null : await FiguresAsync(period, basis, cancellationToken));
        }

        /// <summary>The report as a file in the chosen layout, or null when the year has errors.</summary>
        public async Task<ExportFile?> ExportAsync(Input input, ExportFormat format, CurrentUser user, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(user);
            if (ReadPeriod(input, modelState, out var basis) is not { } period)
            {
                return null;
            }
            var figures = await FiguresAsync(period, basis, cancellationToken);
            var eu = input.Layout == EuAiAct;
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var table = eu ? EuTable(figures) : CommissionerTable(figures);
            var file = ExportFile.Create(table, format, $"annual-statistics-{(eu ? "eu-ai-act-" : "")}{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}", now);
            db.AccessLog.Add(ExportFile.LogEntry(user, now, $"Annual statistics report{(eu ? " (EU AI Act Art. 5 layout)" : "")}, {format.ToString().ToUpperInvariant()}",
                $"{figures.Title}: {period} inclusive (UK dates)"));
            await db.SaveChangesAsync(cancellationToken);
            return file;
        }

        public async Task<Figures> FiguresAsync(PublicationPeriod period, string basis, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(period);
            var rows = await DeploymentTable.RowsAsync(db, period, cancellationToken);
            var totals = DeploymentTable.Sum(rows);
            var trueAlerts = AlertFigures.Sum(totals.TrueConfirmed, totals.TrueUnconfirmed);
            var falseAlerts = AlertFigures.Sum(totals.FalseConfirmed, totals.FalseUnconfirmed);

            var from = period.FromUtc;
            var to = period.ToUtcExclusive;
            var onDeployments = await db.AuthorisationDecisions.AsNoTracking()
                .Where(d => !d.DoNotConfirmOrDeny && d.DecidedAt >= from && d.DecidedAt < to && d.SubjectKind == DecisionSubject.Deployment)
                .Join(db.Deployments.Where(s => !s.DoNotConfirmOrDeny && s.RetiredAt == null
                        && db.Systems.Any(system => system.Id == s.SystemId && !system.DoNotConfirmOrDeny)),
                    d => d.SubjectId, s => s.Id,
                    (d, s) => new CountedDecision(s.Id, DecisionSubject.Deployment, s.Reference, d.Outcome, d.DecidedAt, s.Objective, s.Kind))
                .ToListAsync(cancellationToken);
            var onCollaborations = await db.AuthorisationDecisions.AsNoTracking()
                .Where(d => !d.DoNotConfirmOrDeny && d.DecidedAt >= from && d.DecidedAt < to && d.SubjectKind == DecisionSubject.Collaboration)
                .Join(db.Collaborations.Where(c => !c.DoNotConfirmOrDeny && c.RetiredAt == null), d => d.SubjectId, c => c.Id,
                    (d, c) => new CountedDecision(c.Id, DecisionSubject.Collaboration, c.Reference, d.Outcome, d.DecidedAt, null, null))
                .ToListAsync(cancellationToken);
            var decisions = onDeployments.Concat(onCollaborations).OrderBy(d => d.DecidedAt).ToList();

            var assessments = (await db.Assessments.AsNoTracking()
                .Where(a => !a.DoNotConfirmOrDeny && a.RetiredAt == null && a.ApprovedOn >= period.From && a.ApprovedOn <= period.To)
                .OrderBy(a => a.ApprovedOn).ThenBy(a => a.Reference)
                .Select(a => new { a.Id, a.Reference, a.Title, a.Kind, a.ApprovedOn })
                .ToListAsync(cancellationToken))
                .Select(a => new CountedAssessment(a.Id, a.Reference, a.Title, AssessmentFields.KindName(a.Kind), a.ApprovedOn!.Value)).ToList();

            var liveUses = await PublishedDeployments.In(db, period).Where(d => d.Kind == FacialRecognitionKind.Live)
                .GroupBy(d => d.Objective).Select(g => new { Objective = g.Key, Uses = g.Count() }).ToListAsync(cancellationToken);
            var objectives = Enum.GetValues<PolicingObjective>().Select(objective =>
            {
                var onIt = onDeployments.Where(d => d.Objective == objective && d.Kind == FacialRecognitionKind.Live).ToList();
                return new ObjectiveRow(EuObjective(objective), liveUses.SingleOrDefault(u => u.Objective == objective)?.Uses ?? 0, onIt.Count,
                    Figures.Granted(onIt), Figures.Count(onIt, DecisionOutcome.Refused), Figures.Count(onIt, DecisionOutcome.UrgentlyAuthorised),
                    Figures.Count(onIt, DecisionOutcome.UrgentAuthorisationCancelled));
            }).ToList();

            var title = basis == Financial ? $"Financial year {period.From.Year} to {period.To.Year}" : $"Calendar year {period.From.Year}";
            return new Figures(title, period, totals, trueAlerts, falseAlerts, AlertFigures.PercentOfAlerts(falseAlerts, totals.TotalAlerts),
                decisions, assessments, objectives);
        }
    }

    /// <summary>The EU AI Act's objective (Art. 5(1)(h)) a policing objective of the register corresponds to.</summary>
    public static string EuObjective(PolicingObjective objective) => objective switch
    {
        PolicingObjective.MissingPersons => "Targeted search for victims and missing persons (Art. 5(1)(h)(i))",
        PolicingObjective.CounterTerrorism => "Prevention of a specific, substantial and imminent threat or terrorist attack (Art. 5(1)(h)(ii))",
        PolicingObjective.WantedOffenders => "Locating or identifying suspects of serious offences (Art. 5(1)(h)(iii))",
        PolicingObjective.CrimeHotspot => "Not a listed objective (recorded as crime hotspot)",
        PolicingObjective.MajorEvent => "Not a listed objective (recorded as major event)",
        _ => "Not a listed objective (recorded as other)",
    };

    /// <summary>What a figure counts, so the page can link it to those records.</summary>
    public enum Counts
    {
        Deployments,
        Decisions,
        Assessments,
    }

    /// <summary>The figures of the commissioner's layout, each with its label and what it counts: one list for the
    /// page and the file.</summary>
    public static IReadOnlyList<(string Label, string Value, Counts Counts)> CommissionerFigures(Figures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var d = f.Deployments;
        var deployments = f.OnDeployments.ToList();
        var collaborations = f.OnCollaborations.ToList();
        return
        [
            ("Deployments that took place", DeploymentTable.Number(d.Deployments), Counts.Deployments),
            ("Faces seen", Recorded(d.FacesSeen), Counts.Deployments),
            ("Alerts", Recorded(d.TotalAlerts), Counts.Deployments),
            ("True alerts", Recorded(f.TrueAlerts), Counts.Deployments),
            ("False alerts", Recorded(f.FalseAlerts), Counts.Deployments),
            ("False alert rate (false alerts per faces seen)", d.Rate?.ToString() ?? "Not recorded", Counts.Deployments),
            ("False alerts as a percentage of all alerts", f.FalsePercentOfAlerts is { } p ? AlertFigures.FormatPercent(p) : "Not recorded", Counts.Deployments),
            ("Arrests", Recorded(d.Arrests), Counts.Deployments),
            ("Deployment authorisations granted (including urgent)", DeploymentTable.Number(Figures.Granted(deployments)), Counts.Decisions),
            ("Deployment authorisations refused", DeploymentTable.Number(Figures.Count(deployments, DecisionOutcome.Refused)), Counts.Decisions),
            ("Urgent deployment authorisations", DeploymentTable.Number(Figures.Count(deployments, DecisionOutcome.UrgentlyAuthorised)), Counts.Decisions),
            ("Urgent authorisations ratified", DeploymentTable.Number(Figures.Count(deployments, DecisionOutcome.Ratified)), Counts.Decisions),
            ("Urgent authorisations cancelled", DeploymentTable.Number(Figures.Count(deployments, DecisionOutcome.UrgentAuthorisationCancelled)), Counts.Decisions),
            ("Applications returned for changes", DeploymentTable.Number(Figures.Count(deployments, DecisionOutcome.ReturnedForChanges)), Counts.Decisions),
            ("Collaboration authorisations granted", DeploymentTable.Number(Figures.Granted(collaborations)), Counts.Decisions),
            ("Collaboration authorisations refused", DeploymentTable.Number(Figures.Count(collaborations, DecisionOutcome.Refused)), Counts.Decisions),
            ("Assessments completed (approved in the period)", DeploymentTable.Number(f.Assessments.Count), Counts.Assessments),
        ];
    }

    private static string Recorded(long? value) => value is null ? "Not recorded" : DeploymentTable.Number(value);

    private static ExportTable CommissionerTable(Figures f) => new(
        "Annual statistics",
        [new("Figure", 50), new("Value", 16), new("Period", 40)],
        [.. CommissionerFigures(f).Select(r => (IReadOnlyList<string?>)[r.Label, r.Value, $"{f.Title}: {f.Period}"])]);

    private static ExportTable EuTable(Figures f) => new(
        "EU AI Act Art. 5 report",
        [
            new("Objective", 60), new("Uses (live deployments that took place)", 14), new("Authorisation decisions", 14), new("Authorised (including urgent)", 14),
            new("Refused", 10), new("Urgent", 10), new("Urgent authorisation cancelled", 14), new("Period", 40),
        ],
        [
            .. f.Objectives.Select(o => (IReadOnlyList<string?>)
            [
                o.Objective, DeploymentTable.Number(o.Uses), DeploymentTable.Number(o.Decisions), DeploymentTable.Number(o.Authorised),
                DeploymentTable.Number(o.Refused), DeploymentTable.Number(o.Urgent), DeploymentTable.Number(o.UrgentCancelled), $"{f.Title}: {f.Period}",
            ]),
            [
                "Total", DeploymentTable.Number(f.Objectives.Sum(o => o.Uses)), DeploymentTable.Number(f.Objectives.Sum(o => o.Decisions)),
                DeploymentTable.Number(f.Objectives.Sum(o => o.Authorised)), DeploymentTable.Number(f.Objectives.Sum(o => o.Refused)),
                DeploymentTable.Number(f.Objectives.Sum(o => o.Urgent)), DeploymentTable.Number(f.Objectives.Sum(o => o.UrgentCancelled)), $"{f.Title}: {f.Period}",
            ],
        ]);
}
