using LfrGovernance.Core.Policies;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Question 2: policy guidance on collaboration and on the retention of images, with the dates each was created,
/// and how many images have been retained.</summary>
/// <remarks>Retained images: for each category, the latest count the register holds counted within the period (a count
/// is a figure as at its date; the latest is the answer to "how many have been retained").</remarks>
internal sealed class CollaborationAndRetentionPolicyQuestion : FoiQuestion
{
    private static readonly PolicyKind[] Asked = [PolicyKind.CollaborationPolicy, PolicyKind.RetentionPolicy];

    public override string Key => "q2";

    public override string Number => "2";

    public override string Title => "Policy on collaboration and retention; images retained";

    public override string Wording => "Does the force have policy guidance on such collaboration and/or on the retention of facial recognition images? "
        + "When was it created (please provide a copy)? How many facial recognition images have been retained?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var policies = await PolicyScope.LoadAsync(answer, cancellationToken);
        var asked = policies.Rows.Where(p => Asked.Contains(p.Policy.Kind)).ToList();
        answer.Withhold(policies.Withheld.Count(p => Asked.Contains(p.Kind)));
        var counts = await RetainedCounts.LoadAsync(answer, cancellationToken);
        answer.Withhold(counts.Withheld);
        if (asked.Count == 0 && counts.Latest.Count == 0)
        {
            return answer.NothingHeld($"The register records no policy on collaboration or on the retention of images, and no count of retained images, {answer.Period}");
        }

        if (asked.Count == 0)
        {
            answer.Say($"The register records no policy guidance on collaboration or on the retention of images {answer.Period}");
        }
        else
        {
            answer.SayList("Yes. The force has this policy guidance", asked.Select(p => p.Describe()));
            if (asked.All(p => p.Copies.Count == 0))
            {
                answer.Say("The register holds no copy of these documents");
            }
            foreach (var policy in asked)
            {
                answer.Figure($"{FoiWording.Sentence(FoiNames.Of(policy.Policy.Kind)).TrimEnd('.')}: {policy.Policy.Title}", policy.Describe(),
                    [policy.Source, .. policy.CopySources]);
            }
        }
        counts.Tell(answer);
        return answer.Build();
    }
}
