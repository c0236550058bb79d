using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Organisations;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>An assessment in scope: the partner that wrote it (if a partner did), the collaborations it covers.</summary>
internal sealed record AssessmentInScope(Assessment Assessment, Organisation? Partner, IReadOnlySet<Guid> CollaborationsCovered)
{
    public SourceRecord Source => AssessmentScope.Source(Assessment);

    /// <summary>"DPIA-001 version 2.1, Live facial recognition DPIA".</summary>
    public string Name => $"{Assessment.Reference} version {Assessment.DocumentVersion}, {FoiWording.Quote(Assessment.Title)}";

    /// <summary>"approved on 3 May 2018", "in draft", "superseded (approved on 3 May 2018)".</summary>
    public string State => (Assessment.Status, Assessment.ApprovedOn) switch
    {
        (AssessmentStatus.Approved, { } on) => $"approved on {FoiWording.Day(on)}",
        (var status, { } on) => $"{FoiNames.Of(status)} (approved on {FoiWording.Day(on)})",
        (var status, null) => FoiNames.Of(status),
    };

    /// <summary>A DPIA the force wrote itself (questions 3 and 4).</summary>
    public bool IsForceDpia => Assessment.Kind == AssessmentKind.Dpia && !Assessment.AuthoredByPartner;

    /// <summary>A DPIA written by an external partner (question 5).</summary>
    public bool IsPartnerDpia => Assessment.Kind == AssessmentKind.Dpia && Assessment.AuthoredByPartner;

    /// <summary>"the Data Protection Officer's advice, given on 1 May 2018, was accepted", or that none is recorded.</summary>
    public string DpoAdvice => (Assessment.DpoAdviceGivenOn, Assessment.DpoAdviceOutcome) switch
    {
        (null, _) => "no advice of the Data Protection Officer is recorded",
        ({ } on, DpoAdviceOutcome.Accepted) => $"the Data Protection Officer's advice, given on {FoiWording.Day(on)}, was accepted",
        ({ } on, DpoAdviceOutcome.Overruled) => $"the Data Protection Officer's advice, given on {FoiWording.Day(on)}, was overruled"
            + (string.IsNullOrWhiteSpace(Assessment.DpoAdviceOverruledReason) ? string.Empty : $" because {FoiWording.Quote(Assessment.DpoAdviceOverruledReason)}"),
        ({ } on, _) => $"the Data Protection Officer gave advice on {FoiWording.Day(on)}",
    };
}

/// <summary>The impact assessments (DPIA, EIA, CIA...) in the request's scope.</summary>
/// <remarks>The register keeps no creation date for an assessment, so its date is the first of these that it records:
/// approved on, DPO advice given on, scrutinised on (a partner's), ICO consultation sent on. An assessment dated on or
/// before the end of the period is in scope (one approved earlier was still in force then, unless its status says
/// otherwise, and the answer gives its status). One with none of these dates is work in hand: it is in scope only when
/// the period reaches the day the answer speaks of as now. Kinds: through the systems and deployments it covers; one
/// covering neither is in scope whatever the kinds.</remarks>
internal sealed class AssessmentScope
{
    private AssessmentScope(IReadOnlyList<AssessmentInScope> rows, IReadOnlyList<AssessmentInScope> withheld)
    {
        Rows = rows;
        Withheld = withheld;
    }

    /// <summary>The assessments in scope not withheld, by kind, reference and version.</summary>
    public IReadOnlyList<AssessmentInScope> Rows { get; }

    /// <summary>Assessments in scope withheld (flagged, or written by a flagged partner), never to be named: counted for a
    /// cleared reader (a reader not cleared has none).</summary>
    public IReadOnlyList<AssessmentInScope> Withheld { get; }

    public static SourceRecord Source(Assessment assessment) =>
        new(nameof(Assessment), assessment.Id, $"{assessment.Reference} version {assessment.DocumentVersion}") { Version = assessment.Version };

    public static Task<AssessmentScope> LoadAsync(AnswerBuilder answer, CancellationToken cancellationToken) =>
        answer.Register.SharedAsync("assessments", answer.Scope, async () =>
        {
            var (register, scope) = (answer.Register, answer.Scope);
            var to = scope.To;
            var undatedInScope = scope.To >= register.Today;
            var assessments = await FoiRegister.ListAsync(
                InScope.OfForce(await register.RecordsAsync<Assessment>(cancellationToken), scope)
                    .Where(a => a.RetiredAt == null
                        && ((a.ApprovedOn ?? a.DpoAdviceGivenOn ?? a.ScrutinisedOn ?? a.IcoConsultationSentOn) <= to
                            || (undatedInScope && a.ApprovedOn == null && a.DpoAdviceGivenOn == null && a.ScrutinisedOn == null
                                && a.IcoConsultationSentOn == null))),
                cancellationToken);
            var ids = assessments.Select(a => a.Id).ToList();
            var coverage = await FoiRegister.ListAsync((await register.RecordsAsync<AssessmentCoverage>(cancellationToken))
                .Where(c => c.RetiredAt == null && c.SubjectType != AssessedRecordType.Deployment && ids.Contains(c.AssessmentId))
                .Select(c => new { c.AssessmentId, c.SubjectType, c.SubjectId }), cancellationToken);
            var systems = (await InScope.SystemsAsync(answer, cancellationToken)).ToDictionary(s => s.System.Id, s => s.System.Kind);
            // A DPIA may cover every deployment: the kinds of those are read as distinct pairs, not row by row.
            var deploymentKinds = await FoiRegister.ListAsync((await register.RecordsAsync<AssessmentCoverage>(cancellationToken))
                .Where(c => c.RetiredAt == null && c.SubjectType == AssessedRecordType.Deployment && ids.Contains(c.AssessmentId))
                .Join(await register.RecordsAsync<Deployment>(cancellationToken), c => c.SubjectId, d => d.Id, (c, d) => new { c.AssessmentId, d.Kind })
                .Distinct(), cancellationToken);
            var kindsCovered = coverage.Where(c => c.SubjectType == AssessedRecordType.System && systems.ContainsKey(c.SubjectId))
                .Select(c => (c.AssessmentId, Kind: systems[c.SubjectId]))
                .Concat(deploymentKinds.Select(d => (d.AssessmentId, d.Kind)))
                .ToLookup(c => c.AssessmentId, c => c.Kind);
            var partners = await InScope.OrganisationsAsync(register,
                [.. assessments.Where(a => a.PartnerOrganisationId != null).Select(a => a.PartnerOrganisationId!.Value).Distinct()], cancellationToken);

            var rows = new List<AssessmentInScope>();
            var withheld = new List<AssessmentInScope>();
            foreach (var assessment in assessments.OrderBy(a => a.Kind).ThenBy(a => a.Reference, StringComparer.Ordinal)
                         .ThenBy(a => a.DocumentVersion, StringComparer.Ordinal))
            {
                var kinds = kindsCovered[assessment.Id].ToHashSet();
                if (kinds.Count > 0 && !kinds.Any(scope.Covers))
                {
                    continue;
                }
                var partner = assessment.PartnerOrganisationId is { } partnerId ? partners.GetValueOrDefault(partnerId) : null;
                var collaborations = coverage.Where(c => c.AssessmentId == assessment.Id && c.SubjectType == AssessedRecordType.Collaboration)
                    .Select(c => c.SubjectId).ToHashSet();
                if (assessment.DoNotConfirmOrDeny || (assessment.PartnerOrganisationId is not null && partner is not { DoNotConfirmOrDeny: false }))
                {
                    withheld.Add(new AssessmentInScope(assessment, null, collaborations));
                    continue;
                }
                rows.Add(new AssessmentInScope(assessment, partner, collaborations));
            }
            return new AssessmentScope(rows, withheld);
        });
}
