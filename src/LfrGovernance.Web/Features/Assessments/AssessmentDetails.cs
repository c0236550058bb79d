using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Documents;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>One assessment's page: every field in summary cards, the people and partner named, its versions (the one
/// it supersedes and any that supersede it), its risks and measures, what it covers, and its history.</summary>
public static class AssessmentDetails
{
    public sealed record RiskRow(Guid Id, int Version, string Description, string Likelihood, string Severity, string Overall);

    public sealed record MeasureRow(Guid Id, int Version, string Description, string? Risk, string Effect, string ResidualRisk, bool Approved);

    /// <param name="Path">The covered record's page, on the pages of its own record type.</param>
    public sealed record CoverageRow(Guid Id, AssessedRecordType Type, Guid SubjectId, string Name, string Path);

    /// <summary>Another version of the same assessment, for the versions card.</summary>
    public sealed record VersionLink(Guid Id, string DocumentVersion, AssessmentStatus Status);

    public sealed record Page(
        Assessment Assessment, RecordMarking Marking, DateOnly Today, IReadOnlyDictionary<Guid, string> Names, string? Partner,
        VersionLink? Supersedes, IReadOnlyList<VersionLink> SupersededBy,
        IReadOnlyList<RiskRow> Risks, IReadOnlyList<MeasureRow> Measures, IReadOnlyList<CoverageRow> Coverage,
        RecordDocuments.Section Documents, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc)
    {
        public string Person(Guid? id) => id is { } known ? Names.GetValueOrDefault(known, "A person no longer in the register") : "Not recorded";

        public bool PastReview => Assessment.IsPastReview(Today);
    }

    public sealed class Handler(GovernanceDbContext db, RecordPage<Assessment>.Handler records)
    {
        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(RecordPage<Assessment>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            var a = found.Record;
            await records.LogViewAsync(AssessmentFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(AssessmentFields.Kind, found, cancellationToken);
            var today = UkTime.DayOf(found.AsAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);

            var (risks, measures, coverage) = await PartsAsync(a.Id, found.AsAtUtc, cancellationToken);
            var riskNames = risks.ToDictionary(r => r.Id, r => r.Description);
            var riskRows = risks.Where(r => !r.IsRetired).OrderBy(r => r.Description)
                .Select(r => new RiskRow(r.Id, r.Version, r.Description, r.Likelihood, r.Severity, r.Overall)).ToList();
            var measureRows = measures.Where(m => !m.IsRetired).OrderBy(m => m.Description)
                .Select(m => new MeasureRow(m.Id, m.Version, m.Description, m.RiskId is { } r ? riskNames.GetValueOrDefault(r) : null,
                    m.Effect, m.ResidualRisk, m.Approved)).ToList();
            var coverageRows = await CoverageRowsAsync(coverage.Where(c => !c.IsRetired).ToList(), cancellationToken);

            Guid?[] peopleIds =
            [
                a.DpoId, a.DpoAdviceDecidedById, a.MeasuresApprovedById, a.ResidualRisksApprovedById, a.ConsultationReviewedById,
                a.KeptUnderReviewById, a.ScrutinisedById,
            ];
            var ids = peopleIds.OfType<Guid>().Distinct().ToList();
            var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
            var partner = a.PartnerOrganisationId is { } partnerId
                ? await db.Organisations.AsNoTracking().Where(o => o.Id == partnerId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
                : null;
            var supersedes = a.SupersedesId is { } earlierId
                ? await db.Assessments.AsNoTracking().Where(x => x.Id == earlierId)
                    .Select(x => new VersionLink(x.Id, x.DocumentVersion, x.Status)).SingleOrDefaultAsync(cancellationToken)
                : null;
            var supersededBy = await db.Assessments.AsNoTracking().Where(x => x.SupersedesId == a.Id && x.RetiredAt == null)
                .OrderBy(x => x.DocumentVersion)
                .Select(x => new VersionLink(x.Id, x.DocumentVersion, x.Status)).ToListAsync(cancellationToken);
            var documents = await RecordDocuments.ForAsync(db, AssessmentFields.RecordType, a.Id, found.AsAtUtc, cancellationToken);
            return new Page(a, found.Marking, today, names, partner, supersedes, supersededBy, riskRows, measureRows, coverageRows, documents, history,
                found.AsAtUtc);
        }

        private async Task<(IReadOnlyList<AssessmentRisk>, IReadOnlyList<AssessmentMeasure>, IReadOnlyList<AssessmentCoverage>)> PartsAsync(
            Guid id, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            if (asAtUtc is { } instant)
            {
                // The history is read per record type, so this assessment's parts are picked out here.
                return (
                    (await RegisterAsOf.AllAsync<AssessmentRisk>(db, instant, cancellationToken)).Where(r => r.AssessmentId == id).ToList(),
                    (await RegisterAsOf.AllAsync<AssessmentMeasure>(db, instant, cancellationToken)).Where(m => m.AssessmentId == id).ToList(),
                    (await RegisterAsOf.AllAsync<AssessmentCoverage>(db, instant, cancellationToken)).Where(c => c.AssessmentId == id).ToList());
            }
            return (
                await db.AssessmentRisks.AsNoTracking().Where(r => r.AssessmentId == id).ToListAsync(cancellationToken),
                await db.AssessmentMeasures.AsNoTracking().Where(m => m.AssessmentId == id).ToListAsync(cancellationToken),
                await db.AssessmentCoverage.AsNoTracking().Where(c => c.AssessmentId == id).ToListAsync(cancellationToken));
        }

        /// <summary>Names the covered records the user may see; a covered record hidden from the user is left out.</summary>
        private async Task<IReadOnlyList<CoverageRow>> CoverageRowsAsync(IReadOnlyList<AssessmentCoverage> coverage, CancellationToken cancellationToken)
        {
            var names = await AssessmentSubjects.NamesAsync(db, coverage.Select(c => (c.SubjectType, c.SubjectId)), cancellationToken);
            return coverage
                .Where(c => names.ContainsKey(c.SubjectId))
                .Select(c => new CoverageRow(c.Id, c.SubjectType, c.SubjectId, names[c.SubjectId], AssessmentSubjects.PathOf(c.SubjectType, c.SubjectId)))
                .OrderBy(c => c.Type).ThenBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToList();
        }
    }
}
