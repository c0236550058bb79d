using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.People;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Question 1b: who authorised each collaboration (the rank held when deciding) and the process followed.</summary>
/// <remarks>The decisions on the collaborations in scope made by the end of the period, whenever before it: the authority
/// for a collaboration is usually signed before it starts. Officers are named by rank only, as answers do for people
/// whose names are personal data (s.40(2)).</remarks>
internal sealed class CollaborationAuthorityQuestion : FoiQuestion
{
    public override string Key => "q1b";

    public override string Number => "1b";

    public override string Title => "Who authorised the collaborations";

    public override string Wording => "What was the rank of the officer who authorised the collaboration, and what process was followed?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var collaborations = await CollaborationScope.LoadAsync(answer, cancellationToken);
        var byId = collaborations.Rows.ToDictionary(r => r.Collaboration.Id);
        var relevant = byId.Keys.Concat(collaborations.WithheldIds).ToList();
        var until = answer.Scope.ToUtcExclusive;
        var decisions = await FoiRegister.ListAsync((await answer.Register.RecordsAsync<AuthorisationDecision>(cancellationToken))
            .Where(d => d.RetiredAt == null && d.SubjectKind == DecisionSubject.Collaboration && d.DecidedAt < until && relevant.Contains(d.SubjectId)),
            cancellationToken);
        var told = decisions.Where(d => !d.DoNotConfirmOrDeny && byId.ContainsKey(d.SubjectId)).OrderBy(d => d.DecidedAt).ToList();
        answer.Withhold(decisions.Count - told.Count);
        if (told.Count == 0)
        {
            return answer.NothingHeld(byId.Count == 0
                ? $"The register records no collaboration with an external organisation on {answer.Kinds} {answer.Period}, and so no authorisation of one"
                : $"The register records no decision authorising the collaborations on {answer.Kinds} {answer.Period}");
        }

        var lines = new List<string>();
        foreach (var row in collaborations.Rows)
        {
            var its = told.Where(d => d.SubjectId == row.Collaboration.Id).ToList();
            lines.Add(its.Count == 0
                ? $"{row.Collaboration.Reference} ({row.Organisation.Name}): no decision on the collaboration is recorded"
                : $"{row.Collaboration.Reference} ({row.Organisation.Name}): {string.Join("; then ", its.Select(Describe))}");
            foreach (var decision in its)
            {
                answer.Figure($"Decision on {row.Collaboration.Reference}, {FoiWording.Day(UkDays.Of(decision.DecidedAt))}", Describe(decision),
                    [Source(decision, row), row.Source, row.OrganisationSource]);
            }
        }
        answer.SayList("The collaborations were decided on as follows", lines);
        return answer.Build();
    }

    /// <summary>"authorised on 1 February 2018 by an officer of the rank of Superintendent; process followed: "..."".</summary>
    private static string Describe(AuthorisationDecision d)
    {
        var text = $"{FoiNames.Of(d.Outcome)} on {FoiWording.Day(UkDays.Of(d.DecidedAt))} by an officer of the rank of {Ranks.DisplayName(d.RankHeld)}";
        text += string.IsNullOrWhiteSpace(d.ProcessFollowed) ? ", the process followed not recorded" : $", following {FoiWording.Quote(d.ProcessFollowed)}";
        if (d.IsRecorded)
        {
            text += $" (as recorded in {d.RecordedFrom!.Trim().TrimEnd('.')})";
        }
        return text;
    }

    private static SourceRecord Source(AuthorisationDecision decision, CollaborationInScope row) =>
        new(nameof(AuthorisationDecision), decision.Id, $"Decision on {row.Collaboration.Reference}, {FoiWording.Day(UkDays.Of(decision.DecidedAt))}")
        {
            Version = decision.Version,
        };
}
