namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Question 3: whether the force did a DPIA for each collaboration (a DPIA of its own covering it).</summary>
internal sealed class CollaborationDpiaQuestion : FoiQuestion
{
    public override string Key => "q3";

    public override string Number => "3";

    public override string Title => "Data protection impact assessment of the collaborations";

    public override string Wording => "Has a privacy or data protection impact assessment been done for the collaboration?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var collaborations = await CollaborationScope.LoadAsync(answer, cancellationToken);
        var assessments = await AssessmentScope.LoadAsync(answer, cancellationToken);
        var relevant = collaborations.Rows.Select(r => r.Collaboration.Id).Concat(collaborations.WithheldIds).ToHashSet();
        answer.Withhold(collaborations.Withheld + assessments.Withheld.Count(a => a.IsForceDpia && a.CollaborationsCovered.Overlaps(relevant)));
        var covering = collaborations.Rows.Select(row => (Row: row, Dpias: assessments.Rows
            .Where(a => a.IsForceDpia && a.CollaborationsCovered.Contains(row.Collaboration.Id)).ToList())).ToList();
        var done = covering.Count(c => c.Dpias.Count > 0);
        if (done == 0)
        {
            return answer.NothingHeld(collaborations.Rows.Count == 0
                ? $"The register records no collaboration with an external organisation on {answer.Kinds} {answer.Period}, and so no assessment of one"
                : $"The register records no data protection impact assessment by the force of its collaborations on {answer.Kinds} {answer.Period}");
        }

        answer.SayList(done == covering.Count
            ? $"Yes. The force did a data protection impact assessment for {(covering.Count == 1 ? "the collaboration" : $"each of the {FoiWording.Number(covering.Count)} collaborations")}"
            : $"A data protection impact assessment was done for {FoiWording.Number(done)} of the {FoiWording.Number(covering.Count)} collaborations",
            covering.Select(c => c.Dpias.Count == 0
                ? $"{c.Row.Collaboration.Reference} ({c.Row.Organisation.Name}): no data protection impact assessment is recorded"
                : $"{c.Row.Collaboration.Reference} ({c.Row.Organisation.Name}): {FoiWording.List(c.Dpias.Select(d => $"{d.Name}, {d.State}"))}"));
        foreach (var (row, dpias) in covering)
        {
            answer.Figure($"DPIA of {row.Collaboration.Reference}", dpias.Count == 0 ? "None recorded" : FoiWording.List(dpias.Select(d => $"{d.Name}, {d.State}")),
                [row.Source, row.OrganisationSource, .. dpias.Select(d => d.Source)]);
        }
        return answer.Build();
    }
}

/// <summary>Question 4: the DPIAs the force has done for any use of facial recognition of the kinds asked about.</summary>
internal sealed class UseDpiaQuestion : FoiQuestion
{
    public override string Key => "q4";

    public override string Number => "4";

    public override string Title => "Data protection impact assessments of any use";

    public override string Wording => "Has a privacy or data protection impact assessment been done for any use of facial recognition by the force?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var assessments = await AssessmentScope.LoadAsync(answer, cancellationToken);
        answer.Withhold(assessments.Withheld.Count(a => a.IsForceDpia));
        var dpias = assessments.Rows.Where(a => a.IsForceDpia).ToList();
        if (dpias.Count == 0)
        {
            return answer.NothingHeld($"The register records no data protection impact assessment by the force of its use of {answer.Kinds} by {FoiWording.Day(answer.Scope.To)}");
        }
        answer.SayList($"Yes. The force had done {FoiWording.Count(dpias.Count, "data protection impact assessment")} of {answer.Kinds} by {FoiWording.Day(answer.Scope.To)}",
            dpias.Select(d => $"{d.Name}: {d.State}; {d.DpoAdvice}"));
        answer.Figure("Data protection impact assessments", FoiWording.Number(dpias.Count), [.. dpias.Select(d => d.Source)]);
        foreach (var dpia in dpias)
        {
            answer.Figure($"DPIA {dpia.Assessment.Reference} version {dpia.Assessment.DocumentVersion}", $"{dpia.State}; {dpia.DpoAdvice}", [dpia.Source]);
        }
        return answer.Build();
    }
}

/// <summary>Question 5: whether the force scrutinised DPIAs written by external partners (by the end of the period).</summary>
internal sealed class PartnerDpiaScrutinyQuestion : FoiQuestion
{
    public override string Key => "q5";

    public override string Number => "5";

    public override string Title => "Scrutiny of partners' data protection impact assessments";

    public override string Wording => "Has the force scrutinised a data protection impact assessment done by an external partner?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var assessments = await AssessmentScope.LoadAsync(answer, cancellationToken);
        answer.Withhold(assessments.Withheld.Count(a => a.IsPartnerDpia));
        var partners = assessments.Rows.Where(a => a.IsPartnerDpia).ToList();
        if (partners.Count == 0)
        {
            return answer.NothingHeld($"The register records no data protection impact assessment by an external partner on {answer.Kinds} by {FoiWording.Day(answer.Scope.To)}");
        }
        var to = answer.Scope.To;
        var scrutinised = partners.Where(p => p.Assessment.ScrutinisedOn <= to).ToList();
        var written = partners.Count == 1
            ? "the data protection impact assessment written by an external partner that the register records"
            : $"the {FoiWording.Number(partners.Count)} data protection impact assessments written by external partners that the register records";
        answer.SayList((scrutinised.Count, partners.Count) switch
        {
            (0, _) => $"No. By {FoiWording.Day(to)} the force had not scrutinised {written}",
            (var n, var all) when n == all => $"Yes. The force scrutinised {(all == 1 ? written : "all " + written)}",
            (var n, _) => $"Yes. The force scrutinised {FoiWording.Number(n)} of {written}",
        }, partners.Select(p => Describe(p, to)));
        foreach (var partner in partners)
        {
            answer.Figure($"Scrutiny of {partner.Assessment.Reference} version {partner.Assessment.DocumentVersion}", Describe(partner, to),
                [partner.Source, .. partner.Partner is { } organisation ? new[] { InScope.Source(organisation) } : []]);
        }
        return answer.Build();
    }

    private static string Describe(AssessmentInScope p, DateOnly to)
    {
        var by = p.Partner is { } partner ? $"{partner.Name}'s" : "A partner's";
        return p.Assessment.ScrutinisedOn is { } on && on <= to
            ? $"{by} {p.Name}: scrutinised on {FoiWording.Day(on)}"
                + (string.IsNullOrWhiteSpace(p.Assessment.ScrutinyOutcome) ? ", the outcome not recorded" : $", with the outcome {FoiWording.Quote(p.Assessment.ScrutinyOutcome)}")
            : $"{by} {p.Name}: not scrutinised";
    }
}
