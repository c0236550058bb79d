namespace LfrGovernance.Core.Assessments;

/// <summary>Revising an assessment: a new version is a copy of the current one (content, risks, measures and what
/// it covers) in draft, naming the version it supersedes. The earlier version is marked superseded only when the
/// new one is approved (<see cref="MarkSupersededOnApproval"/>).</summary>
public static class AssessmentVersions
{
    /// <summary>What a new version is made of: the assessment and its copied parts, ready to add to the context.</summary>
    public sealed record NewVersion(Assessment Assessment, IReadOnlyList<AssessmentRisk> Risks, IReadOnlyList<AssessmentMeasure> Measures,
        IReadOnlyList<AssessmentCoverage> Coverage);

    /// <summary>Copies <paramref name="current"/> and its current (not retired) parts as draft version
    /// <paramref name="documentVersion"/>. Sign-off, DPO advice and review dates are not copied: the new version
    /// needs its own. Measures keep answering the copies of their risks.</summary>
    public static NewVersion Start(Assessment current, string documentVersion, IEnumerable<AssessmentRisk> risks,
        IEnumerable<AssessmentMeasure> measures, IEnumerable<AssessmentCoverage> coverage)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentVersion);
        ArgumentNullException.ThrowIfNull(risks);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(coverage);
        var next = new Assessment
        {
            ForceId = current.ForceId,
            Reference = current.Reference,
            Title = current.Title,
            Kind = current.Kind,
            DocumentVersion = documentVersion.Trim(),
            Status = AssessmentStatus.Draft,
            SupersedesId = current.Id,
            ProcessingDescription = current.ProcessingDescription,
            NecessityAndProportionality = current.NecessityAndProportionality,
            Consultation = current.Consultation,
            AuthoredByPartner = current.AuthoredByPartner,
            PartnerOrganisationId = current.PartnerOrganisationId,
            IcoConsultationNeeded = current.IcoConsultationNeeded,
            Notes = current.Notes,
            Marking = current.Marking,
            DoNotConfirmOrDeny = current.DoNotConfirmOrDeny,
        };
        var riskCopies = new Dictionary<Guid, AssessmentRisk>();
        foreach (var risk in risks.Where(r => !r.IsRetired && r.AssessmentId == current.Id))
        {
            riskCopies[risk.Id] = new AssessmentRisk
            {
                ForceId = risk.ForceId, AssessmentId = next.Id, Description = risk.Description, Likelihood = risk.Likelihood,
                Severity = risk.Severity, Overall = risk.Overall, Marking = risk.Marking, DoNotConfirmOrDeny = risk.DoNotConfirmOrDeny,
            };
        }
        var measureCopies = measures.Where(m => !m.IsRetired && m.AssessmentId == current.Id)
            .Select(m => new AssessmentMeasure
            {
                ForceId = m.ForceId, AssessmentId = next.Id, Description = m.Description, Effect = m.Effect, ResidualRisk = m.ResidualRisk,
                // Approval belongs to the version it was given for.
                Approved = false,
                RiskId = m.RiskId is { } riskId && riskCopies.TryGetValue(riskId, out var copy) ? copy.Id : null,
                Marking = m.Marking, DoNotConfirmOrDeny = m.DoNotConfirmOrDeny,
            })
            .ToList();
        var coverageCopies = coverage.Where(c => !c.IsRetired && c.AssessmentId == current.Id)
            .Select(c => new AssessmentCoverage
            {
                ForceId = c.ForceId, AssessmentId = next.Id, SubjectType = c.SubjectType, SubjectId = c.SubjectId,
                Marking = c.Marking, DoNotConfirmOrDeny = c.DoNotConfirmOrDeny,
            })
            .ToList();
        return new NewVersion(next, [.. riskCopies.Values], measureCopies, coverageCopies);
    }

    /// <summary>When <paramref name="assessment"/> is approved and revises <paramref name="earlier"/>, marks the
    /// earlier version superseded (unless it was withdrawn or rejected). Returns true if it changed it.</summary>
    public static bool MarkSupersededOnApproval(Assessment assessment, Assessment? earlier)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (earlier is null || assessment.Status != AssessmentStatus.Approved || assessment.SupersedesId != earlier.Id
            || earlier.Status is AssessmentStatus.Superseded or AssessmentStatus.Withdrawn or AssessmentStatus.Rejected)
        {
            return false;
        }
        earlier.Status = AssessmentStatus.Superseded;
        return true;
    }
}
