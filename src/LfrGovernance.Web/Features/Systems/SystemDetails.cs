using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Documents;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>One system's page: every field, its supplier, its accuracy evaluations (current ones, and retired ones
/// marked so), the lowest evaluated threshold without demographic imbalance, its marking and status, the
/// impact assessments that cover it, its documents and its history. Finding it, the purpose form and the access log
/// are shared (<see cref="RecordPage{TRecord}"/>).</summary>
public static class SystemDetails
{
    /// <param name="Supplier">The supplier's name, or null when none is recorded.</param>
    /// <param name="Evaluations">Newest first; retired ones last.</param>
    /// <param name="LowestThresholdWithoutImbalance">From the current evaluations (see <see cref="AccuracyEvaluations"/>).</param>
    public sealed record Page(FacialRecognitionSystem System, RecordMarking Marking, string? Supplier, IReadOnlyList<AccuracyEvaluation> Evaluations,
        double? LowestThresholdWithoutImbalance,
        CoveringAssessments.Section Assessments, RecordDocuments.Section Documents, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc)
    {
        /// <summary>True when the system is set below the lowest threshold the evaluations support without bias.</summary>
        public bool DefaultBelowLowestWithoutImbalance =>
            AccuracyEvaluations.IsBelowLowestWithoutImbalance(System.DefaultThreshold, LowestThresholdWithoutImbalance);
    }

    public sealed class Handler(GovernanceDbContext db, RecordPage<FacialRecognitionSystem>.Handler records)
    {
        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(RecordPage<FacialRecognitionSystem>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            await records.LogViewAsync(SystemFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(SystemFields.Kind, found, cancellationToken);
            var system = found.Record;
            IReadOnlyList<AccuracyEvaluation> evaluations;
            string? supplier = null;
            if (found.AsAtUtc is { } instant)
            {
                evaluations = (await RegisterAsOf.AllAsync<AccuracyEvaluation>(db, instant, cancellationToken)).Where(e => e.SystemId == system.Id).ToList();
                if (system.SupplierId is { } supplierId)
                {
                    supplier = (await RegisterAsOf.RecordAsync<Organisation>(db, supplierId, instant, cancellationToken))?.Name;
                }
            }
            else
            {
                evaluations = await db.AccuracyEvaluations.AsNoTracking().Where(e => e.SystemId == system.Id).ToListAsync(cancellationToken);
                supplier = await db.Organisations.AsNoTracking().Where(o => o.Id == system.SupplierId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
            }
            var ordered = evaluations.OrderBy(e => e.IsRetired).ThenByDescending(e => e.EvaluatedOn).ThenBy(e => e.Threshold).ToList();
            var assessments = await CoveringAssessments.ForAsync(db, AssessedRecordType.System, system.Id, "system", found.AsAtUtc, cancellationToken);
            var documents = await RecordDocuments.ForAsync(db, nameof(FacialRecognitionSystem), system.Id, found.AsAtUtc, cancellationToken);
            return new Page(system, found.Marking, supplier, ordered, AccuracyEvaluations.LowestThresholdWithoutImbalance(evaluations),
                assessments, documents, history, found.AsAtUtc);
        }
    }
}
