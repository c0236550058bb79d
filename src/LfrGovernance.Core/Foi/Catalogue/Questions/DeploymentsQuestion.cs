using System.Globalization;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Recurring: the deployments in the period, with dates, locations and kinds (and the policing objective).</summary>
/// <remarks>Up to <see cref="DeploymentScope.ListedOneByOne"/> deployments are listed one by one, each a figure; more are
/// summarised by year and kind, each summary figure citing every deployment it counts.</remarks>
internal sealed class DeploymentsQuestion : FoiQuestion
{
    public override string Key => "deployments";

    public override string Number => string.Empty;

    public override string Title => "Deployments";

    public override string Wording => "Please list each deployment of facial recognition (live, retrospective or operator-initiated) with its dates and locations.";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var deployments = await InScope.DeploymentsAsync(answer, cancellationToken);
        answer.Withhold(deployments.Withheld);
        var rows = deployments.Rows;
        if (rows.Count == 0)
        {
            return answer.NothingHeld($"The register records no deployment of {answer.Kinds} {answer.Period}");
        }

        var byKind = rows.GroupBy(r => r.Kind).OrderBy(g => g.Key).ToList();
        answer.Say($"The register records {FoiWording.Count(rows.Count, "deployment")} of {answer.Kinds} {answer.Period}"
            + (byKind.Count > 1 ? $": {FoiWording.List(byKind.Select(g => $"{FoiWording.Number(g.Count())} of {FoiWording.Kind(g.Key)}"))}" : string.Empty));
        answer.Figure("Deployments", FoiWording.Number(rows.Count), deployments.Sources);
        foreach (var kind in byKind.Where(_ => byKind.Count > 1))
        {
            answer.Figure($"Deployments of {FoiWording.Kind(kind.Key)}", FoiWording.Number(kind.Count()), [.. kind.Select(r => r.Source)]);
        }

        if (rows.Count <= DeploymentScope.ListedOneByOne)
        {
            answer.SayList(rows.Count == 1 ? "It was" : "They were", rows.Select(Describe));
            foreach (var row in rows)
            {
                answer.Figure($"Deployment {row.Reference}", Describe(row), [row.Source]);
            }
            return answer.Build();
        }

        var byYear = rows.GroupBy(r => UkDays.Of(r.StartsAt).Year).OrderBy(g => g.Key).ToList();
        answer.SayList("By year", byYear.Select(year => $"{year.Key.ToString(CultureInfo.InvariantCulture)}: {FoiWording.Number(year.Count())}"
            + (byKind.Count > 1 ? $" ({FoiWording.List(year.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => $"{FoiWording.Number(g.Count())} {FoiNames.Adjective(g.Key)}"))})" : string.Empty)));
        foreach (var year in byYear)
        {
            foreach (var kind in year.GroupBy(r => r.Kind).OrderBy(g => g.Key))
            {
                answer.Figure($"Deployments of {FoiWording.Kind(kind.Key)} in {year.Key.ToString(CultureInfo.InvariantCulture)}",
                    FoiWording.Number(kind.Count()), [.. kind.Select(r => r.Source)]);
            }
        }
        answer.Say($"The {FoiWording.Number(rows.Count)} deployments are too many to list here one by one: the register can provide them as a table "
            + "with their dates, locations and kinds");
        return answer.Build();
    }

    /// <summary>"LFR-0012: live facial recognition at Cardiff city centre on 3 May 2018 (wanted offenders)".</summary>
    internal static string Describe(DeploymentInScope d) =>
        $"{d.Reference}: {FoiWording.Kind(d.Kind)} at {d.LocationName.Trim()} {Dates(d)} ({FoiNames.Of(d.Objective)})";

    /// <summary>"on 3 May 2018", or "from 3 May 2018 to 5 May 2018" for a deployment over several days.</summary>
    internal static string Dates(DeploymentInScope d)
    {
        var start = UkDays.Of(d.StartsAt);
        var end = d.EndsAt is { } ends ? UkDays.Of(ends) : start;
        return end > start ? $"from {FoiWording.Day(start)} to {FoiWording.Day(end)}" : $"on {FoiWording.Day(start)}";
    }
}
