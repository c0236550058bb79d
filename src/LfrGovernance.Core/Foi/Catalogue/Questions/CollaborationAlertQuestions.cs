using LfrGovernance.Core.Collaborations;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Question 1c: the protocol followed on a match alert in each collaboration.</summary>
internal sealed class MatchAlertProtocolQuestion : FoiQuestion
{
    public override string Key => "q1c";

    public override string Number => "1c";

    public override string Title => "Protocol on a match alert";

    public override string Wording => "What was the protocol when the system made a match alert?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var collaborations = await CollaborationScope.LoadAsync(answer, cancellationToken);
        answer.Withhold(collaborations.Withheld);
        var withProtocol = collaborations.Rows.Where(r => !string.IsNullOrWhiteSpace(r.Collaboration.MatchAlertProtocol)).ToList();
        if (withProtocol.Count == 0)
        {
            return answer.NothingHeld($"The register records no match-alert protocol for a collaboration on {answer.Kinds} {answer.Period}");
        }
        answer.SayList("The protocol on a match alert was", collaborations.Rows.Select(r => string.IsNullOrWhiteSpace(r.Collaboration.MatchAlertProtocol)
            ? $"{r.Collaboration.Reference} ({r.Organisation.Name}): no protocol is recorded"
            : $"{r.Collaboration.Reference} ({r.Organisation.Name}): {FoiWording.Quote(r.Collaboration.MatchAlertProtocol)}"));
        foreach (var row in withProtocol)
        {
            answer.Figure($"Match-alert protocol of {row.Collaboration.Reference}", row.Collaboration.MatchAlertProtocol!.Trim(), [row.Source, row.OrganisationSource]);
        }
        return answer.Build();
    }
}

/// <summary>Questions 1d, 1e and 1f: alert figures the collaborations recorded, each question one or two of them.</summary>
internal abstract class CollaborationFigureQuestion : FoiQuestion
{
    /// <summary>A figure the question asks for: its noun ("alert", "alerts"), its label, and how to read it.</summary>
    protected sealed record AskedFigure(string Singular, string Plural, string Label, Func<Collaboration, int?> Read);

    /// <summary>The figures the question asks for.</summary>
    protected abstract IReadOnlyList<AskedFigure> Asked { get; }

    /// <summary>What the figures are called together, for the answer when none is recorded: "alert figures".</summary>
    protected abstract string Called { get; }

    /// <summary>The figures in words: "5 alerts" (null for a figure not recorded).</summary>
    protected virtual string Summarise(IReadOnlyList<int?> values) =>
        FoiWording.List(Asked.Zip(values, (a, v) => v is { } n ? FoiWording.Count(n, a.Singular, a.Plural) : $"{a.Plural} not recorded"));

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var collaborations = await CollaborationScope.LoadAsync(answer, cancellationToken);
        answer.Withhold(collaborations.Withheld);
        var recorded = collaborations.Rows.Where(r => Asked.Any(a => a.Read(r.Collaboration) is not null)).ToList();
        if (recorded.Count == 0)
        {
            return answer.NothingHeld($"The register records no {Called} for a collaboration on {answer.Kinds} {answer.Period}");
        }

        var totals = Asked.Select(a => (a.Singular, a.Plural, a.Label, Total: recorded.Sum(r => a.Read(r.Collaboration) ?? 0),
            Sources: (IReadOnlyList<SourceRecord>)[.. recorded.Where(r => a.Read(r.Collaboration) is not null).Select(r => r.Source)])).ToList();
        answer.Say($"The collaborations on {answer.Kinds} {answer.Period} recorded {Summarise([.. totals.Select(t => (int?)t.Total)])}"
            + (recorded.Count < collaborations.Rows.Count ? $" (figures are recorded for {FoiWording.Number(recorded.Count)} of the {FoiWording.Number(collaborations.Rows.Count)} collaborations)" : string.Empty));
        answer.SayList("By collaboration", collaborations.Rows.Select(r => recorded.Contains(r)
            ? $"{r.Collaboration.Reference} ({r.Organisation.Name}): {Summarise([.. Asked.Select(a => a.Read(r.Collaboration))])}"
            : $"{r.Collaboration.Reference} ({r.Organisation.Name}): no figures recorded"));
        foreach (var total in totals)
        {
            answer.Figure(total.Label, FoiWording.Number(total.Total), total.Sources);
        }
        foreach (var row in recorded)
        {
            foreach (var asked in Asked.Where(a => a.Read(row.Collaboration) is not null))
            {
                answer.Figure($"{asked.Label}: {row.Collaboration.Reference}", FoiWording.Number(asked.Read(row.Collaboration)!.Value), [row.Source]);
            }
        }
        answer.Read(recorded.Select(r => r.OrganisationSource));
        return answer.Build();
    }
}

/// <summary>Question 1d: how many alerts, and how many led to police action.</summary>
internal sealed class CollaborationAlertsQuestion : CollaborationFigureQuestion
{
    public override string Key => "q1d";

    public override string Number => "1d";

    public override string Title => "Alerts and police action";

    public override string Wording => "How many alerts were there, and how many led to police action?";

    protected override string Called => "alert figures";

    /// <summary>"5 alerts, 2 of which led to police action".</summary>
    protected override string Summarise(IReadOnlyList<int?> values) => (values[0], values[1]) switch
    {
        ({ } alerts, { } acted) => $"{FoiWording.Count(alerts, "alert")}, {FoiWording.Number(acted)} of which led to police action",
        _ => base.Summarise(values),
    };

    protected override IReadOnlyList<AskedFigure> Asked =>
    [
        new("alert", "alerts", "Alerts", c => c.Alerts),
        new("alert leading to police action", "alerts leading to police action", "Alerts leading to police action", c => c.AlertsActedOn),
    ];
}

/// <summary>Question 1e: true positives.</summary>
internal sealed class TruePositivesQuestion : CollaborationFigureQuestion
{
    public override string Key => "q1e";

    public override string Number => "1e";

    public override string Title => "True positives";

    public override string Wording => "How many true positives were there?";

    protected override string Called => "true positive figures";

    protected override IReadOnlyList<AskedFigure> Asked => [new("true positive", "true positives", "True positives", c => c.TruePositives)];
}

/// <summary>Question 1f: false positives.</summary>
internal sealed class FalsePositivesQuestion : CollaborationFigureQuestion
{
    public override string Key => "q1f";

    public override string Number => "1f";

    public override string Title => "False positives";

    public override string Wording => "How many false positives were there?";

    protected override string Called => "false positive figures";

    protected override IReadOnlyList<AskedFigure> Asked => [new("false positive", "false positives", "False positives", c => c.FalsePositives)];
}
