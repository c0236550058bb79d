using LfrGovernance.Core.Assessments;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Recurring: every impact assessment in scope (DPIA, equality, community impact...), with its status and dates,
/// the Data Protection Officer's advice, and for partners' assessments the force's scrutiny.</summary>
internal sealed class AssessmentsQuestion : FoiQuestion
{
    public override string Key => "assessments";

    public override string Number => string.Empty;

    public override string Title => "Impact assessments";

    public override string Wording => "Please provide the data protection impact assessment, equality impact assessment and community impact assessment "
        + "for the force's use of facial recognition, with their dates.";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var assessments = await AssessmentScope.LoadAsync(answer, cancellationToken);
        answer.Withhold(assessments.Withheld.Count);
        var rows = assessments.Rows;
        if (rows.Count == 0)
        {
            return answer.NothingHeld($"The register records no impact assessment of {answer.Kinds} by {FoiWording.Day(answer.Scope.To)}");
        }
        var byKind = rows.GroupBy(r => r.Assessment.Kind).OrderBy(g => g.Key).ToList();
        answer.Say($"The register records {FoiWording.Count(rows.Count, "impact assessment")} of {answer.Kinds} by {FoiWording.Day(answer.Scope.To)}: "
            + FoiWording.List(byKind.Select(g => FoiWording.Count(g.Count(), FoiNames.Of(g.Key)))));
        answer.SayList("They are", rows.Select(Describe));
        foreach (var kind in byKind)
        {
            answer.Figure($"{FoiWording.Sentence(FoiNames.Of(kind.Key)).TrimEnd('.')}s", FoiWording.Number(kind.Count()), [.. kind.Select(r => r.Source)]);
        }
        foreach (var row in rows)
        {
            answer.Figure($"{row.Assessment.Reference} version {row.Assessment.DocumentVersion}", Describe(row),
                [row.Source, .. row.Partner is { } partner ? new[] { InScope.Source(partner) } : []]);
        }
        return answer.Build();
    }

    private static string Describe(AssessmentInScope row)
    {
        var a = row.Assessment;
        var text = $"{FoiNames.Of(a.Kind)} {row.Name}: {row.State}";
        if (a.AuthoredByPartner)
        {
            text += $"; written by {(row.Partner is { } partner ? partner.Name : "a partner")}, "
                + (a.ScrutinisedOn is { } on ? $"scrutinised by the force on {FoiWording.Day(on)}" : "not scrutinised by the force");
        }
        else if (a.Kind == AssessmentKind.Dpia)
        {
            text += $"; {row.DpoAdvice}";
        }
        if (a.NextReviewOn is { } review)
        {
            text += $"; next review due on {FoiWording.Day(review)}";
        }
        return text;
    }
}

/// <summary>Recurring: every policy document in scope (policies, standard operating procedures, guidance...) with the
/// dates it was created and approved, and whether a copy is held.</summary>
internal sealed class PoliciesQuestion : FoiQuestion
{
    public override string Key => "policies";

    public override string Number => string.Empty;

    public override string Title => "Policies and procedures";

    public override string Wording => "Please provide the force's policies and standard operating procedures on facial recognition, with the dates "
        + "they were created and approved.";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var policies = await PolicyScope.LoadAsync(answer, cancellationToken);
        answer.Withhold(policies.Withheld.Count);
        if (policies.Rows.Count == 0)
        {
            return answer.NothingHeld($"The register records no policy document on facial recognition created by {FoiWording.Day(answer.Scope.To)}");
        }
        answer.SayList($"The register records {FoiWording.Count(policies.Rows.Count, "policy document")} created by {FoiWording.Day(answer.Scope.To)}",
            policies.Rows.Select(p => p.Describe()));
        foreach (var policy in policies.Rows)
        {
            answer.Figure($"{policy.Policy.Title} version {policy.Policy.DocumentVersion}", policy.Describe(), [policy.Source, .. policy.CopySources]);
        }
        return answer.Build();
    }
}
