namespace LfrGovernance.Core.Assessments;

/// <summary>Questions other parts of the register ask about assessments, as queries that run in SQL.</summary>
public static class AssessmentQueries
{
    /// <summary>The DPIAs that cover the record and are in force on <paramref name="today"/>: approved (on or before
    /// that day), not retired, and not past their next review. A deployment cannot be authorised without one.</summary>
    public static IQueryable<Assessment> ApprovedInDateDpiasCovering(IQueryable<Assessment> assessments, IQueryable<AssessmentCoverage> coverage,
        AssessedRecordType subjectType, Guid subjectId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(coverage);
        return assessments.Where(a => a.Kind == AssessmentKind.Dpia
            && a.Status == AssessmentStatus.Approved
            && a.RetiredAt == null
            && a.ApprovedOn != null && a.ApprovedOn <= today
            && (a.NextReviewOn == null || a.NextReviewOn >= today)
            && coverage.Any(c => c.AssessmentId == a.Id && c.RetiredAt == null && c.SubjectType == subjectType && c.SubjectId == subjectId));
    }
}
