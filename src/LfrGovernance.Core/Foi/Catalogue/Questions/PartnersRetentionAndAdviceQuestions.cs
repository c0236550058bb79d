using LfrGovernance.Core.Policies;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Recurring: the outside organisations the force worked with in the period, and the data-sharing agreements.</summary>
internal sealed class PartnersQuestion : FoiQuestion
{
    public override string Key => "partners";

    public override string Number => string.Empty;

    public override string Title => "Partners and data-sharing agreements";

    public override string Wording => "Which organisations has the force partnered with on facial recognition, and what data-sharing agreements are in place?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var collaborations = await CollaborationScope.LoadAsync(answer, cancellationToken);
        answer.Withhold(collaborations.Withheld);
        if (collaborations.Rows.Count == 0)
        {
            return answer.NothingHeld($"The register records no partner in a collaboration on {answer.Kinds} {answer.Period}");
        }
        var partners = collaborations.Rows.GroupBy(r => r.Organisation.Id).Select(g => g.ToList()).OrderBy(g => g[0].Organisation.Name, StringComparer.Ordinal).ToList();
        answer.SayList($"The force worked with {FoiWording.Count(partners.Count, "organisation")} on {answer.Kinds} {answer.Period}",
            partners.Select(p => $"{p[0].Partner}: {string.Join("; ", p.Select(Agreement))}"));
        if (answer.Scope.FiltersKinds)
        {
            answer.Say(CollaborationsQuestion.KindNotRecorded);
        }
        var agreed = collaborations.Rows.Where(r => r.Collaboration.DataSharingAgreement == true).ToList();
        answer.Figure("Partners", FoiWording.Number(partners.Count), collaborations.Sources);
        answer.Figure("Collaborations with a data-sharing agreement", FoiWording.Number(agreed.Count), [.. agreed.Select(r => r.Source)]);
        foreach (var row in collaborations.Rows)
        {
            answer.Figure($"Data-sharing agreement, {row.Collaboration.Reference}", Agreement(row), [row.Source, row.OrganisationSource]);
        }
        return answer.Build();
    }

    /// <summary>"COL-001: a data-sharing agreement is in place (DSA-12), controllers: "..."".</summary>
    private static string Agreement(CollaborationInScope row)
    {
        var c = row.Collaboration;
        var text = c.DataSharingAgreement switch
        {
            true => "a data-sharing agreement is in place" + (string.IsNullOrWhiteSpace(c.DataSharingAgreementReference) ? string.Empty : $" ({c.DataSharingAgreementReference.Trim()})"),
            false => "no data-sharing agreement",
            null => "whether a data-sharing agreement is in place is not recorded",
        };
        if (!string.IsNullOrWhiteSpace(c.ControllerRoles))
        {
            text += $", controllers: {FoiWording.Quote(c.ControllerRoles)}";
        }
        return $"{c.Reference}, {text}";
    }
}

/// <summary>Recurring: how long each category of data is kept and how it is deleted: the retention rules in force at any
/// time in the period (a rule applies from its date until the next rule of its category does).</summary>
internal sealed class RetentionQuestion : FoiQuestion
{
    public override string Key => "retention";

    public override string Number => string.Empty;

    public override string Title => "Retention periods";

    public override string Wording => "How long does the force keep facial recognition images and data (alert images, watchlists, images of people not matched)?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var (from, to) = (answer.Scope.From, answer.Scope.To);
        var rules = await FoiRegister.ListAsync(InScope.OfForce(await answer.Register.RecordsAsync<RetentionRule>(cancellationToken), answer.Scope)
            .Where(r => r.RetiredAt == null && (r.AppliesFrom == null || r.AppliesFrom <= to)), cancellationToken);
        // A rule is out of the period when a later rule of its category already applied on the period's first day.
        bool Superseded(RetentionRule rule) => rules.Any(other => other.Id != rule.Id && SameCategory(other, rule)
            && other.AppliesFrom is { } later && later <= from && (rule.AppliesFrom is null || rule.AppliesFrom < later));
        var inForce = rules.Where(r => !Superseded(r)).ToList();
        answer.Withhold(inForce.Count(r => r.DoNotConfirmOrDeny));
        var told = inForce.Where(r => !r.DoNotConfirmOrDeny)
            .OrderBy(r => r.Category).ThenBy(r => r.OtherCategory, StringComparer.Ordinal).ThenBy(r => r.AppliesFrom).ToList();
        if (told.Count == 0)
        {
            return answer.NothingHeld($"The register records no retention rule in force {answer.Period}");
        }
        var policies = (await PolicyScope.LoadAsync(answer, cancellationToken)).Rows.ToDictionary(p => p.Policy.Id);
        string Describe(RetentionRule r) =>
            $"{FoiNames.Of(r.Category, r.OtherCategory)}: {(r.PeriodUnit == RetentionPeriodUnit.Immediately ? "deleted immediately" : $"kept for {FoiNames.Period(r.Period, r.PeriodUnit)}")}; "
            + $"deletion: {r.DeletionMethod.Trim().TrimEnd('.')}"
            + (r.AppliesFrom is { } applies ? $" (from {FoiWording.Day(applies)})" : string.Empty)
            + (r.PolicyDocumentId is { } policy && policies.TryGetValue(policy, out var set) ? $", as set by {FoiWording.Quote(set.Policy.Title)} version {set.Policy.DocumentVersion}" : string.Empty);
        answer.SayList($"The retention rules in force {answer.Period} were", told.Select(Describe));
        foreach (var rule in told)
        {
            var sources = new List<SourceRecord>
            {
                new(nameof(RetentionRule), rule.Id, FoiNames.Of(rule.Category, rule.OtherCategory)) { Version = rule.Version },
            };
            if (rule.PolicyDocumentId is { } policy && policies.TryGetValue(policy, out var set))
            {
                sources.Add(set.Source);
            }
            answer.Figure($"Retention: {FoiNames.Of(rule.Category, rule.OtherCategory)}"
                + (rule.AppliesFrom is { } applies ? $", from {FoiWording.Day(applies)}" : string.Empty), Describe(rule), sources);
        }
        return answer.Build();
    }

    private static bool SameCategory(RetentionRule a, RetentionRule b) =>
        a.Category == b.Category && (a.Category != RetainedDataCategory.Other
            || string.Equals(a.OtherCategory?.Trim(), b.OtherCategory?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Recurring: external advice sought. The register holds one kind: prior consultation of the Information
/// Commissioner's Office on an impact assessment (DPA 2018 s.65). Advice from other bodies is not recorded, and the
/// answer says so.</summary>
internal sealed class ExternalAdviceQuestion : FoiQuestion
{
    private const string OtherAdviceNotHeld = "Advice sought from other bodies (for example the Biometrics and Surveillance Camera Commissioner "
        + "or the Home Office) is not recorded in the register";

    public override string Key => "external-advice";

    public override string Number => string.Empty;

    public override string Title => "External advice sought";

    public override string Wording => "Has the force sought external advice (for example from the Information Commissioner's Office, a commissioner "
        + "or the Home Office) on its use of facial recognition?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var assessments = await AssessmentScope.LoadAsync(answer, cancellationToken);
        var to = answer.Scope.To;
        bool Consulted(AssessmentInScope a) => a.Assessment.IcoConsultationSentOn is { } sent ? sent <= to
            : a.Assessment.IcoConsultationNeeded == true || !string.IsNullOrWhiteSpace(a.Assessment.IcoAdvice);
        answer.Withhold(assessments.Withheld.Count(Consulted));
        var consulted = assessments.Rows.Where(Consulted).ToList();
        if (consulted.Count == 0)
        {
            return answer.NothingHeld($"The register records no prior consultation of the Information Commissioner's Office on an impact assessment of "
                + $"{answer.Kinds} by {FoiWording.Day(to)}. {OtherAdviceNotHeld}");
        }
        string Describe(AssessmentInScope a) =>
            $"{FoiNames.Of(a.Assessment.Kind)} {a.Name}: "
            + (a.Assessment.IcoConsultationSentOn is { } sent ? $"consultation sent on {FoiWording.Day(sent)}" : "consultation found to be needed, not yet sent")
            + (string.IsNullOrWhiteSpace(a.Assessment.IcoAdvice) ? "; no advice from the ICO is recorded" : $"; the ICO advised {FoiWording.Quote(a.Assessment.IcoAdvice)}");
        answer.SayList($"The force consulted, or found it needed to consult, the Information Commissioner's Office (ICO) on "
            + $"{FoiWording.Count(consulted.Count, "impact assessment")} of {answer.Kinds} by {FoiWording.Day(to)}", consulted.Select(Describe));
        answer.Say(OtherAdviceNotHeld);
        foreach (var assessment in consulted)
        {
            answer.Figure($"ICO prior consultation: {assessment.Assessment.Reference} version {assessment.Assessment.DocumentVersion}", Describe(assessment),
                [assessment.Source]);
        }
        return answer.Build();
    }
}
