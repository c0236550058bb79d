using System.Globalization;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Assessments;
using LfrGovernance.Web.Features.Deployments;
using LfrGovernance.Web.Features.PolicyDocuments;
using LfrGovernance.Web.Features.Retention;
using LfrGovernance.Web.Features.Systems;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Transparency;

/// <summary>The ATRS record of one facial recognition system, filled from the register: the system and its supplier,
/// its accuracy evaluations, the deployments that took place on it, the impact assessments covering it with their risks
/// and measures, the force's policies and retention rules, and the force-level facts of <see cref="TransparencySettings"/>.
/// Records flagged "do not confirm or deny" never appear nor count, whoever asks; nor do retired ones.</summary>
public static class TransparencyRecord
{
    /// <summary>A system the record can be made for.</summary>
    public sealed record SystemRow(Guid Id, string Name, string Kind, string Product, string Status);

    public sealed class Handler(GovernanceDbContext db, TransparencySettings settings, AuthorisationSettings authorisation)
    {
        /// <summary>The systems with a record: current, and not flagged "do not confirm or deny".</summary>
        public async Task<IReadOnlyList<SystemRow>> SystemsAsync(CancellationToken cancellationToken)
        {
            var systems = await Published(db).OrderBy(s => s.Name).ToListAsync(cancellationToken);
            return [.. systems.Select(s => new SystemRow(s.Id, s.Name, SystemFields.KindName(s.Kind), s.Product, SystemFields.StatusName(s.Status)))];
        }

        /// <summary>The record, or null for a system that is unknown, retired or flagged "do not confirm or deny".</summary>
        public async Task<AtrsRecord?> BuildAsync(Guid id, CancellationToken cancellationToken)
        {
            if (await Published(db).SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } system)
            {
                return null;
            }
            var force = await db.Forces.AsNoTracking().Where(f => f.Id == system.ForceId).Select(f => f.Name).SingleOrDefaultAsync(cancellationToken);
            var supplier = system.SupplierId is { } supplierId
                ? await db.Organisations.AsNoTracking().Where(o => o.Id == supplierId && !o.DoNotConfirmOrDeny).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
                : null;
            var evaluations = await db.AccuracyEvaluations.AsNoTracking()
                .Where(e => e.SystemId == id && e.RetiredAt == null && !e.DoNotConfirmOrDeny)
                .OrderBy(e => e.EvaluatedOn).ThenBy(e => e.Threshold).ToListAsync(cancellationToken);
            var statuses = PublishedDeployments.TookPlace.ToList();
            var deployments = await db.Deployments.AsNoTracking()
                .Where(d => d.SystemId == id && d.RetiredAt == null && !d.DoNotConfirmOrDeny && statuses.Contains(d.Status))
                .Select(d => new { d.Id, d.StartsAt, d.Objective, d.ThresholdUsed, d.WatchlistSize })
                .ToListAsync(cancellationToken);
            var deploymentIds = deployments.Select(d => d.Id).ToList();
            var sources = await db.WatchlistCategories.AsNoTracking()
                .Where(c => deploymentIds.Contains(c.DeploymentId) && c.RetiredAt == null && !c.DoNotConfirmOrDeny)
                .Select(c => c.ImageSource).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
            var decisions = await db.AuthorisationDecisions.AsNoTracking()
                .CountAsync(d => d.SubjectKind == DecisionSubject.Deployment && deploymentIds.Contains(d.SubjectId) && !d.DoNotConfirmOrDeny, cancellationToken);
            var assessmentIds = await db.AssessmentCoverage.AsNoTracking()
                .Where(c => c.SubjectType == AssessedRecordType.System && c.SubjectId == id && c.RetiredAt == null && !c.DoNotConfirmOrDeny)
                .Select(c => c.AssessmentId).ToListAsync(cancellationToken);
            var assessments = await db.Assessments.AsNoTracking()
                .Where(a => assessmentIds.Contains(a.Id) && a.RetiredAt == null && !a.DoNotConfirmOrDeny)
                .OrderBy(a => a.Kind).ThenBy(a => a.Reference).ToListAsync(cancellationToken);
            var shownIds = assessments.Select(a => a.Id).ToList();
            var risks = await db.AssessmentRisks.AsNoTracking()
                .Where(r => shownIds.Contains(r.AssessmentId) && r.RetiredAt == null && !r.DoNotConfirmOrDeny).ToListAsync(cancellationToken);
            var measures = (await db.AssessmentMeasures.AsNoTracking()
                .Where(m => shownIds.Contains(m.AssessmentId) && m.RetiredAt == null && !m.DoNotConfirmOrDeny).ToListAsync(cancellationToken))
                .ToLookup(m => m.RiskId);
            var policies = await db.Policies.AsNoTracking()
                .Where(p => p.ForceId == system.ForceId && p.RetiredAt == null && !p.DoNotConfirmOrDeny)
                .OrderBy(p => p.Kind).ThenBy(p => p.Title).ToListAsync(cancellationToken);
            var retention = await db.RetentionRules.AsNoTracking()
                .Where(r => r.ForceId == system.ForceId && r.RetiredAt == null && !r.DoNotConfirmOrDeny)
                .OrderBy(r => r.Category).ToListAsync(cancellationToken);

            var days = deployments.Where(d => d.StartsAt is not null).Select(d => UkTime.DayOf(d.StartsAt!.Value)).ToList();
            var dpia = assessments.Where(a => a.Kind == AssessmentKind.Dpia && a.Status == AssessmentStatus.Approved && !string.IsNullOrWhiteSpace(a.NecessityAndProportionality))
                .OrderByDescending(a => a.ApprovedOn).FirstOrDefault();

            var tier1 = new AtrsSection("tier_1", "Tier 1: summary",
            [
                new("name", "Name", system.Name),
                new("description", "Description", $"{SystemFields.KindName(system.Kind)} facial recognition ({system.Product}{(supplier is null ? "" : $", supplied by {supplier}")}) used by {force}. "
                    + (deployments.Count == 0 ? "No deployment on this system is recorded as having taken place." : $"{Count(deployments.Count, "deployment")} recorded as having taken place{Span(days)}.")),
                new("organisation", "Organisation", force),
                new("website", "Website", settings.Website),
                new("contact", "Contact", settings.Contact),
            ], []);

            var owner = new AtrsSection("owner_and_responsibility", "Owner and responsibility",
            [
                new("organisation", "Organisation", force),
                new("team", "Team", settings.Team),
                new("senior_responsible_owner", "Senior responsible owner", settings.SeniorResponsibleOwner),
                new("supplier", "Supplier", supplier),
                new("supplier_role", "Supplier's role and responsibilities", null),
                new("contract", "Contract", Contract(system)),
                new("costs", "Costs", Costs(system)),
            ], []);

            var objectives = deployments.GroupBy(d => d.Objective).OrderByDescending(g => g.Count())
                .Select(g => $"{DeploymentFields.ObjectiveName(g.Key)}: {g.Count()}").ToList();
            var rationale = new AtrsSection("description_and_rationale", "Description and rationale",
            [
                new("detailed_description", "Detailed description", $"{system.Product}{(system.AlgorithmVersion is null ? "" : $", algorithm version {system.AlgorithmVersion}")}: {KindWords(system.Kind)}"),
                new("scope", "Scope", deployments.Count == 0 ? null : $"{Count(deployments.Count, "deployment")}{Span(days)}, by policing objective: {string.Join("; ", objectives)}"),
                new("rationale", "Rationale (necessity and proportionality)", dpia is null ? null : $"{dpia.NecessityAndProportionality} (from {dpia.Reference}, version {dpia.DocumentVersion})"),
                new("benefits", "Benefits", null),
                new("alternatives_considered", "Alternatives considered", null),
            ], []);

            var decision = new AtrsSection("decision_making_process", "Decision-making process and human oversight",
            [
                new("process_integration", "How the tool fits into the decision-making process", null),
                new("authorisation", "Authorisation", $"Each deployment is authorised in writing by an officer of at least the rank of {Ranks.DisplayName(authorisation.MinimumRank)}; "
                    + $"urgently by an officer of at least the rank of {Ranks.DisplayName(authorisation.UrgentRank)}, whose authorisation must be ratified or cancelled. "
                    + $"{Count(decisions, "authorisation decision")} recorded on the deployments that took place."),
                new("human_oversight", "Human oversight (how alerts are reviewed before action)", null),
                new("appeals_and_review", "Appeals and review", null),
            ], []);

            var thresholds = deployments.Where(d => d.ThresholdUsed is not null).Select(d => d.ThresholdUsed!.Value).ToList();
            var sizes = deployments.Where(d => d.WatchlistSize is not null).Select(d => d.WatchlistSize!.Value).ToList();
            var tool = new AtrsSection("tool_specification", "Tool specification and data",
            [
                new("product", "Product", system.Product),
                new("algorithm_version", "Algorithm version", system.AlgorithmVersion),
                new("kind", "Kind", SystemFields.KindName(system.Kind)),
                new("status", "Status", SystemFields.StatusName(system.Status)),
                new("default_threshold", "Default match threshold", DeploymentTable.Threshold(system.DefaultThreshold) is { Length: > 0 } t ? t : null),
                new("thresholds_used", "Match thresholds used in deployments", thresholds.Count == 0 ? null : Range(thresholds.Min(), thresholds.Max(), t => DeploymentTable.Threshold(t))),
                new("lowest_threshold_without_imbalance", "Lowest evaluated threshold without demographic imbalance",
                    AccuracyEvaluations.LowestThresholdWithoutImbalance(evaluations) is { } lowest ? DeploymentTable.Threshold(lowest) : null),
                new("watchlist_sizes", "Watchlist sizes", sizes.Count == 0 ? null : Range(sizes.Min(), sizes.Max(), s => DeploymentTable.Number(s))),
                new("data_sources", "Sources of watchlist images", sources.Count == 0 ? null : string.Join("; ", sources)),
                new("data_retention", "Retention", retention.Count == 0 ? null : string.Join("; ", retention.Select(r =>
                    $"{RetentionFields.CategoryName(r.Category, r.OtherCategory)}: {RetentionRules.PeriodInWords(r.Period, r.PeriodUnit)} ({r.DeletionMethod})"))),
                new("system_architecture", "System architecture", null),
            ],
            [
                new("accuracy_evaluations", "Accuracy evaluation", [.. evaluations.Select(e => (IReadOnlyList<AtrsField>)
                [
                    new("evaluator", "Evaluator", e.Evaluator),
                    new("evaluated_on", "Evaluated on", UkTime.FormatDay(e.EvaluatedOn)),
                    new("algorithm_version", "Algorithm version", e.AlgorithmVersion),
                    new("threshold", "Threshold", DeploymentTable.Threshold(e.Threshold)),
                    new("true_positive_identification_rate", "True positive identification rate", Percent(e.TruePositiveIdentificationRate)),
                    new("false_positive_rate", "False positive rate", Percent(e.FalsePositiveRate)),
                    new("watchlist_size", "Watchlist size", DeploymentTable.Number(e.WatchlistSize) is { Length: > 0 } w ? w : null),
                    new("demographic_imbalance_found", "Demographic imbalance found", e.DemographicImbalanceFound ? "Yes" : "No"),
                    new("demographic_findings", "Demographic findings", e.DemographicFindings),
                    new("report", "Report", e.ReportReference),
                ])]),
            ]);

            var risks2 = new AtrsSection("risks_mitigations_and_impact_assessments", "Risks, mitigations and impact assessments", [],
            [
                new("impact_assessments", "Impact assessment", [.. assessments.Select(a => (IReadOnlyList<AtrsField>)
                [
                    new("reference", "Reference", a.Reference),
                    new("title", "Title", a.Title),
                    new("kind", "Kind", AssessmentFields.KindName(a.Kind)),
                    new("version", "Version", a.DocumentVersion),
                    new("status", "Status", AssessmentFields.StatusName(a.Status)),
                    new("approved_on", "Approved on", a.ApprovedOn is { } on ? UkTime.FormatDay(on) : null),
                    new("next_review_on", "Next review", a.NextReviewOn is { } review ? UkTime.FormatDay(review) : null),
                ])]),
                new("risks", "Risk", [.. risks.OrderBy(r => shownIds.IndexOf(r.AssessmentId)).Select(r => (IReadOnlyList<AtrsField>)
                [
                    new("assessment", "Assessment", assessments.Single(a => a.Id == r.AssessmentId).Reference),
                    new("description", "Risk", r.Description),
                    new("likelihood", "Likelihood", r.Likelihood),
                    new("severity", "Severity", r.Severity),
                    new("overall", "Overall", r.Overall),
                    new("mitigations", "Mitigations", measures[r.Id].Any()
                        ? string.Join("; ", measures[r.Id].Select(m => $"{m.Description} ({m.Effect}; residual risk {m.ResidualRisk}; {(m.Approved ? "approved" : "not approved")})"))
                        : null),
                ])]),
                new("policies", "Policy", [.. policies.Select(p => (IReadOnlyList<AtrsField>)
                [
                    new("title", "Title", p.Title),
                    new("kind", "Kind", PolicyFields.KindName(p.Kind)),
                    new("version", "Version", p.DocumentVersion),
                    new("approved_on", "Approved on", p.ApprovedOn is { } on ? UkTime.FormatDay(on) : null),
                    new("next_review_on", "Next review", p.NextReviewOn is { } review ? UkTime.FormatDay(review) : null),
                ])]),
            ]);

            return new AtrsRecord(system.Id, system.Name, db.Clock.GetUtcNow().UtcDateTime, tier1, [owner, rationale, decision, tool, risks2]);
        }

        /// <summary>The record as a file, logged as an export; null for a system without a record.</summary>
        public async Task<ExportFile?> ExportAsync(Guid id, string format, CurrentUser user, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            if (await BuildAsync(id, cancellationToken) is not { } record)
            {
                return null;
            }
            var file = format == "json"
                ? new ExportFile(record.ToJson(), "application/json; charset=utf-8", record.FileName("json"))
                : new ExportFile(record.ToXlsx(), XlsxWriter.ContentType, record.FileName("xlsx"));
            db.AccessLog.Add(ExportFile.LogEntry(user, record.GeneratedAtUtc, $"ATRS record of {record.SystemName}, {format.ToUpperInvariant()}",
                $"System {record.SystemId:D}"));
            await db.SaveChangesAsync(cancellationToken);
            return file;
        }
    }

    private static IQueryable<FacialRecognitionSystem> Published(GovernanceDbContext db) =>
        db.Systems.AsNoTracking().Where(s => s.RetiredAt == null && !s.DoNotConfirmOrDeny);

    private static string Count(int n, string noun) => $"{n.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} {noun}{(n == 1 ? "" : "s")}";

    private static string Span(IReadOnlyList<DateOnly> days) => days.Count == 0 ? "" : $", from {UkTime.FormatDay(days.Min())} to {UkTime.FormatDay(days.Max())}";

    private static string Range<T>(T min, T max, Func<T, string> format) where T : IComparable<T> =>
        min.CompareTo(max) == 0 ? format(min) : $"{format(min)} to {format(max)}";

    private static string? Percent(double? value) => value is { } p ? p.ToString("0.###", CultureInfo.InvariantCulture) + "%" : null;

    private static string? Contract(FacialRecognitionSystem s)
    {
        var parts = new[]
        {
            s.ContractReference,
            s.ContractStart is { } start ? $"from {UkTime.FormatDay(start)}" : null,
            s.ContractEnd is { } end ? $"to {UkTime.FormatDay(end)}" : null,
        }.Where(p => p is not null).ToList();
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string? Costs(FacialRecognitionSystem s)
    {
        var parts = new[]
        {
            s.CapitalCostPence is { } capital ? $"capital {NumberInput.FormatMoney(capital, s.Currency)}" : null,
            s.AnnualCostPence is { } annual ? $"{NumberInput.FormatMoney(annual, s.Currency)} a year" : null,
        }.Where(p => p is not null).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string KindWords(FacialRecognitionKind kind) => kind switch
    {
        FacialRecognitionKind.Live => "faces in a camera feed are compared in real time against a watchlist; an alert goes to an officer",
        FacialRecognitionKind.Retrospective => "images are compared after the event against a database of images",
        FacialRecognitionKind.OperatorInitiated => "an officer takes a photograph on a mobile device and compares it against a database of images",
        _ => kind.ToString(),
    };
}
