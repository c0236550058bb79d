using LfrGovernance.Core.Deployments;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Recurring: breakdowns of alerts. The register keeps, per alert, only the watchlist category, the adjudication
/// and the action that followed: the answer gives those and says plainly which breakdowns are not held.</summary>
/// <remarks>Counted in SQL from the per-alert rows of the deployments in scope (one grouped query). The alert rows are
/// not cited one by one: each figure cites the deployments, and the fingerprint takes each group's count and the sum of
/// its rows' versions.</remarks>
internal sealed class AlertCategoriesQuestion : FoiQuestion
{
    private const string NotHeld = "The register does not hold the ethnicity, sex, age or any other demographic characteristic of the people "
        + "in alerts or engagements, so no demographic breakdown of them is held";

    public override string Key => "alert-categories";

    public override string Number => string.Empty;

    public override string Title => "Breakdowns of alerts";

    public override string Wording => "Please break down the alerts and engagements by demographic group (for example ethnicity, sex and age).";

    internal sealed record Group(WatchlistCategoryKind? Category, AlertAdjudication Adjudication, bool Confirmed, AlertAction Action, int Count, long Versions);

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var deployments = await InScope.DeploymentsAsync(answer, cancellationToken);
        var systems = await DeploymentScope.ConfirmableSystemIdsAsync(answer, cancellationToken);
        var inPeriod = DeploymentScope.InPeriod(await answer.Register.RecordsAsync<Deployment>(cancellationToken), answer.Scope);
        // One pass over the alert rows, the withheld ones (flagged with their deployment, or of a deployment on a withheld
        // system) grouped apart: reading the rows is most of the work.
        var all = await FoiRegister.ListAsync((await answer.Register.RecordsAsync<DeploymentAlert>(cancellationToken))
            .Where(a => a.RetiredAt == null)
            .Join(inPeriod, a => a.DeploymentId, d => d.Id, (a, d) => new
            {
                Withheld = a.DoNotConfirmOrDeny || d.DoNotConfirmOrDeny || !systems.Contains(d.SystemId),
                a.Category, a.Adjudication, a.Confirmed, a.Action, a.Version,
            })
            .GroupBy(a => new { a.Withheld, a.Category, a.Adjudication, a.Confirmed, a.Action })
            .Select(g => new { g.Key.Withheld, Group = new Group(g.Key.Category, g.Key.Adjudication, g.Key.Confirmed, g.Key.Action, g.Count(), g.Sum(a => (long)a.Version)) }),
            cancellationToken);
        answer.Withhold(all.Where(g => g.Withheld).Sum(g => g.Group.Count));
        var groups = all.Where(g => !g.Withheld).Select(g => g.Group).ToList();
        var total = groups.Sum(g => g.Count);
        if (total == 0)
        {
            return answer.NothingHeld($"The register holds no record of individual alerts from deployments of {answer.Kinds} {answer.Period}. {NotHeld}");
        }
        foreach (var group in groups)
        {
            answer.ReadInBulk(nameof(DeploymentAlert), $"{group.Category}/{group.Adjudication}/{group.Confirmed}/{group.Action}", group.Count, group.Versions);
        }

        var sources = deployments.Sources;
        answer.Say($"{NotHeld}. For each alert the register records only the category of the watchlist the person was on, whether the alert was "
            + "judged true or false (and whether that was confirmed), and the action that followed");
        answer.Say($"Individual records are held for {FoiWording.Count(total, "alert")} from deployments of {answer.Kinds} {answer.Period}");
        answer.Figure("Alerts recorded one by one", FoiWording.Number(total), sources);

        Breakdown(answer, "By watchlist category", groups.GroupBy(g => g.Category).OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => (g.Key is { } category ? FoiNames.Of(category) : "category not recorded", g.Sum(x => x.Count))), "Alerts, watchlist category", sources);
        Breakdown(answer, "By adjudication", groups.GroupBy(g => (g.Adjudication, Confirmed: g.Adjudication != AlertAdjudication.NotAdjudicated && g.Confirmed))
            .OrderBy(g => g.Key.Adjudication).ThenByDescending(g => g.Key.Confirmed)
            .Select(g => (FoiNames.Of(g.Key.Adjudication, g.Key.Confirmed), g.Sum(x => x.Count))), "Alerts, adjudication", sources);
        Breakdown(answer, "By action that followed", groups.GroupBy(g => g.Action).OrderBy(g => g.Key)
            .Select(g => (FoiNames.Of(g.Key), g.Sum(x => x.Count))), "Alerts, action", sources);
        Breakdown(answer, "True and false alerts by watchlist category", groups.Where(g => g.Adjudication != AlertAdjudication.NotAdjudicated)
            .GroupBy(g => (g.Category, g.Adjudication)).OrderBy(g => g.Key.Category is null).ThenBy(g => g.Key.Category).ThenBy(g => g.Key.Adjudication)
            .Select(g => ($"{(g.Key.Category is { } c ? FoiNames.Of(c) : "category not recorded")}, {(g.Key.Adjudication == AlertAdjudication.TrueAlert ? "true" : "false")} alerts",
                g.Sum(x => x.Count))), "Alerts", sources);
        return answer.Build();
    }

    private static void Breakdown(AnswerBuilder answer, string heading, IEnumerable<(string Name, int Count)> rows, string label, IReadOnlyList<SourceRecord> sources)
    {
        var all = rows.ToList();
        answer.SayList(heading, all.Select(r => $"{r.Name}: {FoiWording.Number(r.Count)}"));
        foreach (var (name, count) in all)
        {
            answer.Figure($"{label}: {name}", FoiWording.Number(count), sources);
        }
    }
}
