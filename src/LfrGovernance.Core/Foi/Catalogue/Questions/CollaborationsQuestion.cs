using LfrGovernance.Core.Collaborations;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Question 1: the collaborations with outside organisations: who, how, when, where, what they cost, and
/// whether each has ceased or continues.</summary>
internal sealed class CollaborationsQuestion : FoiQuestion
{
    /// <summary>Said when the request names kinds: the register cannot tell which a collaboration concerned.</summary>
    internal const string KindNotRecorded = "The register does not record which kind of facial recognition each collaboration concerned, so every "
        + "collaboration in the period is listed";

    public override string Key => "q1";

    public override string Number => "1";

    public override string Title => "Collaborations with outside organisations";

    public override string Wording => "Has the force collaborated with any external organisation (for example a museum or a shopping centre owner) "
        + "on facial recognition? Please give the organisation's name, the manner of the collaboration (advice, image sharing, joint operation), "
        + "its period, locations and costs, and say which uses have ceased and which continue.";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var collaborations = await CollaborationScope.LoadAsync(answer, cancellationToken);
        answer.Withhold(collaborations.Withheld);
        var rows = collaborations.Rows;
        if (rows.Count == 0)
        {
            return answer.NothingHeld($"The register records no collaboration with an external organisation on {answer.Kinds} {answer.Period}");
        }

        var organisations = rows.Select(r => r.Organisation.Id).Distinct().Count();
        var inHowMany = rows.Count == organisations ? string.Empty : $" in {FoiWording.Count(rows.Count, "collaboration")}";
        answer.SayList($"Yes. The force collaborated with {FoiWording.Count(organisations, "organisation")}{inHowMany} on {answer.Kinds} {answer.Period}",
            rows.Select(Describe));
        answer.Say(Continuing(rows));
        if (answer.Scope.FiltersKinds)
        {
            answer.Say(KindNotRecorded);
        }

        answer.Figure("Organisations collaborated with", FoiWording.Number(organisations), collaborations.Sources);
        foreach (var row in rows)
        {
            answer.Figure($"Collaboration {row.Collaboration.Reference}", Describe(row), [row.Source, row.OrganisationSource]);
        }
        foreach (var cost in rows.Where(r => r.Collaboration.CostPence is not null).GroupBy(r => r.Collaboration.Currency.ToUpperInvariant()))
        {
            answer.Figure($"Total cost of the collaborations ({cost.Key})", FoiWording.Money(cost.Sum(r => r.Collaboration.CostPence!.Value), cost.Key),
                [.. cost.Select(r => r.Source)]);
        }
        return answer.Build();
    }

    /// <summary>Which uses have ceased and which continue.</summary>
    private static string Continuing(IReadOnlyList<CollaborationInScope> rows)
    {
        var continuing = rows.Where(r => r.Collaboration.Status == CollaborationStatus.Active).Select(r => r.Collaboration.Reference).ToList();
        var ceased = rows.Where(r => r.Collaboration.Status != CollaborationStatus.Active).Select(r => r.Collaboration.Reference).ToList();
        if (rows.Count == 1)
        {
            return continuing.Count == 1 ? "The collaboration continues" : "The collaboration has ceased";
        }
        return (continuing.Count, ceased.Count) switch
        {
            (0, _) => "All of these collaborations have ceased",
            (_, 0) => "All of these collaborations continue",
            var (going, ended) => $"{FoiWording.List(continuing)} {(going == 1 ? "continues" : "continue")}; "
                + $"{FoiWording.List(ceased)} {(ended == 1 ? "has" : "have")} ceased",
        };
    }

    /// <summary>"Example Centre Ltd (landowner), COL-001 "Trial": image sharing and a joint operation, from ... to ..., at
    /// ...; cost £12,500, paid by the partner; ceased".</summary>
    internal static string Describe(CollaborationInScope row)
    {
        var c = row.Collaboration;
        var manner = FoiNames.Manner(c.Manner);
        var parts = new List<string>
        {
            $"{row.Partner}, {c.Reference} {FoiWording.Quote(c.Title)}: {(manner.Count == 0 ? "manner not recorded" : FoiWording.List(manner))}, "
            + CollaborationScope.Dates(c)
            + (string.IsNullOrWhiteSpace(c.Locations) ? ", locations not recorded" : $", at {c.Locations.Trim().TrimEnd('.')}"),
            c.CostPence is { } cost
                ? $"cost {FoiWording.Money(cost, c.Currency)}{(string.IsNullOrWhiteSpace(c.PaidBy) ? string.Empty : $", paid by {c.PaidBy.Trim()}")}"
                : "no cost recorded",
            FoiNames.Of(c.Status),
        };
        return string.Join("; ", parts);
    }
}
