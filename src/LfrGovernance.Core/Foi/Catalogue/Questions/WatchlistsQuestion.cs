using LfrGovernance.Core.Deployments;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Recurring: the watchlists of the deployments in the period: size per deployment, where the images came from
/// (and on what legal basis), and the criteria for inclusion.</summary>
/// <remarks>Image sources and criteria are grouped in SQL; sizes come from the deployments in scope, listed one by one
/// up to <see cref="DeploymentScope.ListedOneByOne"/> deployments and summarised (smallest, largest, average) above.</remarks>
internal sealed class WatchlistsQuestion : FoiQuestion
{
    private const int CriteriaListed = 10;

    public override string Key => "watchlists";

    public override string Number => string.Empty;

    public override string Title => "Watchlists";

    public override string Wording => "How many people were on the watchlist for each deployment, where did their images come from, "
        + "and what were the criteria for including people?";

    internal sealed record SourceGroup(WatchlistCategoryKind Category, string ImageSource, string LegalBasis, int Deployments, long People, long Versions);

    internal sealed record CriteriaGroup(string Criteria, int Deployments);

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var deployments = await InScope.DeploymentsAsync(answer, cancellationToken);
        answer.Withhold(deployments.Withheld);
        var rows = deployments.Rows;
        if (rows.Count == 0)
        {
            return answer.NothingHeld($"The register records no deployment of {answer.Kinds} {answer.Period}, and so no watchlist");
        }
        var categories = (await answer.Register.RecordsAsync<WatchlistCategory>(cancellationToken))
            .Where(c => c.RetiredAt == null && !c.DoNotConfirmOrDeny)
            .Join(deployments.Confirmable, c => c.DeploymentId, d => d.Id, (c, d) => c);
        var sourceGroups = await FoiRegister.ListAsync(categories.GroupBy(c => new { c.Category, c.ImageSource, c.LegalBasis })
            .Select(g => new SourceGroup(g.Key.Category, g.Key.ImageSource, g.Key.LegalBasis, g.Count(), g.Sum(c => (long)c.Size), g.Sum(c => (long)c.Version))),
            cancellationToken);
        var criteria = await FoiRegister.ListAsync(deployments.Confirmable.Where(d => d.WatchlistCriteria != null && d.WatchlistCriteria != "")
            .GroupBy(d => d.WatchlistCriteria!).Select(g => new CriteriaGroup(g.Key, g.Count())), cancellationToken);
        var sized = rows.Where(r => r.WatchlistSize is not null).ToList();
        if (sized.Count == 0 && sourceGroups.Count == 0 && criteria.Count == 0)
        {
            return answer.NothingHeld($"The register records no watchlist details for the {FoiWording.Count(rows.Count, "deployment")} of {answer.Kinds} {answer.Period}");
        }
        foreach (var group in sourceGroups)
        {
            answer.ReadInBulk(nameof(WatchlistCategory), $"{group.Category}/{group.ImageSource}/{group.LegalBasis}", group.Deployments, group.Versions);
        }
        var sources = deployments.Sources;

        Sizes(answer, rows, sized);
        if (sourceGroups.Count > 0)
        {
            var ordered = sourceGroups.OrderBy(g => g.Category).ThenByDescending(g => g.Deployments).ThenBy(g => g.ImageSource, StringComparer.Ordinal).ToList();
            answer.SayList("The images on the watchlists came from these sources", ordered.Select(g =>
                $"{FoiNames.Of(g.Category)}: {g.ImageSource.Trim()}, on the legal basis {FoiWording.Quote(g.LegalBasis)} "
                + $"({FoiWording.Count(g.Deployments, "deployment")}, {FoiWording.Count(g.People, "person", "people")} in all)"));
            foreach (var group in ordered)
            {
                answer.Figure($"Image source: {FoiNames.Of(group.Category)}, {group.ImageSource.Trim()}",
                    $"{FoiWording.Count(group.Deployments, "deployment")}; {FoiWording.Count(group.People, "person", "people")}; legal basis {group.LegalBasis.Trim()}", sources);
            }
        }
        else
        {
            answer.Say("The register records no source of the watchlist images for these deployments");
        }
        if (criteria.Count > 0)
        {
            var common = criteria.OrderByDescending(c => c.Deployments).ThenBy(c => c.Criteria, StringComparer.Ordinal).Take(CriteriaListed).ToList();
            var withCriteria = criteria.Sum(c => c.Deployments);
            answer.SayList(criteria.Count > CriteriaListed
                    ? $"Criteria for inclusion are recorded for {FoiWording.Count(withCriteria, "deployment")}; the {FoiWording.Number(CriteriaListed)} most used were"
                    : $"Criteria for inclusion are recorded for {FoiWording.Count(withCriteria, "deployment")}",
                common.Select(c => $"{FoiWording.Quote(c.Criteria)} ({FoiWording.Count(c.Deployments, "deployment")})"));
            foreach (var c in common)
            {
                answer.Figure("Criteria for inclusion", $"{c.Criteria.Trim()} ({FoiWording.Count(c.Deployments, "deployment")})", sources);
            }
        }
        else
        {
            answer.Say("The register records no criteria for inclusion on the watchlists of these deployments");
        }
        return answer.Build();
    }

    private static void Sizes(AnswerBuilder answer, IReadOnlyList<DeploymentInScope> rows, List<DeploymentInScope> sized)
    {
        if (sized.Count == 0)
        {
            answer.Say("The register records no watchlist sizes for these deployments");
            return;
        }
        var of = sized.Count < rows.Count ? $" ({FoiWording.Number(sized.Count)} of the {FoiWording.Count(rows.Count, "deployment")} record one)" : string.Empty;
        if (sized.Count <= DeploymentScope.ListedOneByOne)
        {
            answer.SayList($"The watchlist sizes of the deployments of {answer.Kinds} {answer.Period} were{of}",
                sized.Select(r => $"{r.Reference} ({DeploymentsQuestion.Dates(r)}): {FoiWording.Count(r.WatchlistSize!.Value, "person", "people")}"));
            foreach (var row in sized)
            {
                answer.Figure($"Watchlist size: {row.Reference}", FoiWording.Number(row.WatchlistSize!.Value), [row.Source]);
            }
            return;
        }
        var sizes = sized.Select(r => (long)r.WatchlistSize!.Value).ToList();
        var all = (IReadOnlyList<SourceRecord>)[.. sized.Select(r => r.Source)];
        var average = (long)Math.Round(sizes.Average(), MidpointRounding.AwayFromZero);
        answer.Say($"The watchlists of the deployments of {answer.Kinds} {answer.Period}{of} held between {FoiWording.Number(sizes.Min())} and "
            + $"{FoiWording.Count(sizes.Max(), "person", "people")}, {FoiWording.Number(average)} on average");
        answer.Figure("Smallest watchlist", FoiWording.Number(sizes.Min()), all);
        answer.Figure("Largest watchlist", FoiWording.Number(sizes.Max()), all);
        answer.Figure("Average watchlist size", FoiWording.Number(average), all);
    }
}
