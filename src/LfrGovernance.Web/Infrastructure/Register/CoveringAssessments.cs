using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>The assessments that cover a system, a deployment or a collaboration (through their coverage rows), for the
/// shared <c>_CoveringAssessments</c> partial on the record's page, and whether an approved, in-date DPIA is among them.</summary>
public static class CoveringAssessments
{
    public sealed record Row(Guid Id, string Reference, string Title, AssessmentKind Kind, string Version, AssessmentStatus Status,
        DateOnly? NextReviewOn, bool PastReview);

    /// <param name="Noun">What the record is called ("deployment"), for the note when no DPIA covers it.</param>
    /// <param name="HasApprovedInDateDpia">An approved DPIA, not past its review, covers the record on the day shown.</param>
    public sealed record Section(string Noun, IReadOnlyList<Row> Assessments, bool HasApprovedInDateDpia, DateOnly Today, DateTime? AsAtUtc);

    /// <summary>The current (not retired) assessments covering the record, as they stand now or stood at
    /// <paramref name="asAtUtc"/>; those the user may not see are left out by the context's filter.</summary>
    public static async Task<Section> ForAsync(GovernanceDbContext db, AssessedRecordType subjectType, Guid subjectId, string noun,
        DateTime? asAtUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var today = UkTime.DayOf(asAtUtc ?? db.Clock.GetUtcNow().UtcDateTime);
        IQueryable<Assessment> assessments;
        IQueryable<AssessmentCoverage> coverage;
        if (asAtUtc is { } instant)
        {
            assessments = (await RegisterAsOf.AllAsync<Assessment>(db, instant, cancellationToken)).AsQueryable();
            coverage = (await RegisterAsOf.AllAsync<AssessmentCoverage>(db, instant, cancellationToken)).AsQueryable();
        }
        else
        {
            assessments = db.Assessments.AsNoTracking();
            coverage = db.AssessmentCoverage.AsNoTracking();
        }
        var covering = assessments.Where(a => a.RetiredAt == null
            && coverage.Any(c => c.AssessmentId == a.Id && c.RetiredAt == null && c.SubjectType == subjectType && c.SubjectId == subjectId));
        var rows = covering.OrderBy(a => a.Reference).ThenBy(a => a.DocumentVersion)
            .Select(a => new Row(a.Id, a.Reference, a.Title, a.Kind, a.DocumentVersion, a.Status, a.NextReviewOn,
                a.NextReviewOn != null && a.NextReviewOn < today));
        var dpias = AssessmentQueries.ApprovedInDateDpiasCovering(assessments, coverage, subjectType, subjectId, today);
        return asAtUtc is null
            ? new Section(noun, await rows.ToListAsync(cancellationToken), await dpias.AnyAsync(cancellationToken), today, null)
            : new Section(noun, rows.ToList(), dpias.Any(), today, asAtUtc);
    }
}
