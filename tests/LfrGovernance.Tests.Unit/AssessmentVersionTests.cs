using LfrGovernance.Core.Assessments;

namespace LfrGovernance.Tests.Unit;

public sealed class AssessmentVersionTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);

    private static Assessment Approved(AssessmentKind kind = AssessmentKind.Dpia, DateOnly? review = null) => new()
    {
        Reference = "DPIA-001", Title = "LFR", Kind = kind, DocumentVersion = "1.0", Status = AssessmentStatus.Approved,
        ApprovedOn = Today.AddMonths(-6), DpoAdviceGivenOn = Today.AddMonths(-7), NextReviewOn = review ?? Today.AddMonths(6),
        ProcessingDescription = "Faces compared with a watchlist", MeasuresApprovedById = Guid.NewGuid(),
    };

    [Fact]
    public void A_new_version_copies_content_risks_measures_and_coverage_as_a_draft_naming_the_earlier_one()
    {
        var current = Approved();
        var risk = new AssessmentRisk { AssessmentId = current.Id, Description = "Bias", Likelihood = "Possible", Severity = "Severe", Overall = "High" };
        var retiredRisk = new AssessmentRisk { AssessmentId = current.Id, Description = "Old", Likelihood = "Remote", Severity = "Minimal", Overall = "Low" };
        retiredRisk.Retire("No longer applies", DateTime.UtcNow);
        var measure = new AssessmentMeasure { AssessmentId = current.Id, RiskId = risk.Id, Description = "Threshold 0.6", Effect = "Reduced", ResidualRisk = "Low", Approved = true };
        var cover = new AssessmentCoverage { AssessmentId = current.Id, SubjectType = AssessedRecordType.System, SubjectId = Guid.NewGuid() };

        var next = AssessmentVersions.Start(current, " 2.0 ", [risk, retiredRisk], [measure], [cover]);

        Assert.Equal(AssessmentStatus.Draft, next.Assessment.Status);
        Assert.Equal("2.0", next.Assessment.DocumentVersion);
        Assert.Equal(current.Id, next.Assessment.SupersedesId);
        Assert.Equal(current.Reference, next.Assessment.Reference);
        Assert.Equal(current.ProcessingDescription, next.Assessment.ProcessingDescription);
        Assert.Null(next.Assessment.ApprovedOn);
        Assert.Null(next.Assessment.MeasuresApprovedById);
        var riskCopy = Assert.Single(next.Risks);
        Assert.NotEqual(risk.Id, riskCopy.Id);
        Assert.Equal((next.Assessment.Id, "Bias"), (riskCopy.AssessmentId, riskCopy.Description));
        var measureCopy = Assert.Single(next.Measures);
        Assert.Equal(riskCopy.Id, measureCopy.RiskId);
        Assert.False(measureCopy.Approved);
        var coverCopy = Assert.Single(next.Coverage);
        Assert.Equal((next.Assessment.Id, cover.SubjectId), (coverCopy.AssessmentId, coverCopy.SubjectId));
        Assert.Equal(AssessmentStatus.Approved, current.Status);
    }

    [Fact]
    public void Approving_the_new_version_marks_the_earlier_one_superseded()
    {
        var earlier = Approved();
        var next = AssessmentVersions.Start(earlier, "2.0", [], [], []).Assessment;
        Assert.False(AssessmentVersions.MarkSupersededOnApproval(next, earlier));
        Assert.Equal(AssessmentStatus.Approved, earlier.Status);

        next.Status = AssessmentStatus.Approved;

        Assert.True(AssessmentVersions.MarkSupersededOnApproval(next, earlier));
        Assert.Equal(AssessmentStatus.Superseded, earlier.Status);
    }

    [Fact]
    public void A_withdrawn_earlier_version_stays_withdrawn()
    {
        var earlier = Approved();
        earlier.Status = AssessmentStatus.Withdrawn;
        var next = AssessmentVersions.Start(earlier, "2.0", [], [], []).Assessment;
        next.Status = AssessmentStatus.Approved;

        Assert.False(AssessmentVersions.MarkSupersededOnApproval(next, earlier));
        Assert.Equal(AssessmentStatus.Withdrawn, earlier.Status);
    }

    private static Assessment Draft()
    {
        var draft = Approved();
        draft.Status = AssessmentStatus.Draft;
        return draft;
    }

    private static (IQueryable<Assessment>, IQueryable<AssessmentCoverage>) Register(Assessment assessment, Guid deployment)
    {
        var cover = new AssessmentCoverage { AssessmentId = assessment.Id, SubjectType = AssessedRecordType.Deployment, SubjectId = deployment };
        return (new[] { assessment }.AsQueryable(), new[] { cover }.AsQueryable());
    }

    [Fact]
    public void An_approved_dpia_in_date_covering_the_record_is_found()
    {
        var deployment = Guid.NewGuid();
        var (assessments, coverage) = Register(Approved(), deployment);

        Assert.Single(AssessmentQueries.ApprovedInDateDpiasCovering(assessments, coverage, AssessedRecordType.Deployment, deployment, Today));
        Assert.Empty(AssessmentQueries.ApprovedInDateDpiasCovering(assessments, coverage, AssessedRecordType.Deployment, Guid.NewGuid(), Today));
        Assert.Empty(AssessmentQueries.ApprovedInDateDpiasCovering(assessments, coverage, AssessedRecordType.System, deployment, Today));
    }

    [Fact]
    public void A_dpia_past_review_draft_or_not_a_dpia_is_not_found()
    {
        var deployment = Guid.NewGuid();
        foreach (var assessment in new[]
                 {
                     Approved(review: Today.AddDays(-1)),
                     Approved(AssessmentKind.EqualityImpact),
                     Draft(),
                 })
        {
            var (assessments, coverage) = Register(assessment, deployment);
            Assert.Empty(AssessmentQueries.ApprovedInDateDpiasCovering(assessments, coverage, AssessedRecordType.Deployment, deployment, Today));
        }
    }

    [Fact]
    public void A_dpia_reviewed_today_is_still_in_date()
    {
        var deployment = Guid.NewGuid();
        var (assessments, coverage) = Register(Approved(review: Today), deployment);

        Assert.Single(AssessmentQueries.ApprovedInDateDpiasCovering(assessments, coverage, AssessedRecordType.Deployment, deployment, Today));
    }
}
