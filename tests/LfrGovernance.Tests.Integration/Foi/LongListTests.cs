using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Foi.Catalogue;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Infrastructure;
using static LfrGovernance.Tests.Integration.Foi.CatalogueDatabase;

namespace LfrGovernance.Tests.Integration.Foi;

/// <summary>More deployments than an answer lists one by one: 60 in 2018 and 60 in 2019, with watchlists of 100 to 219
/// people. The answers summarise them, each summary figure citing every deployment it counts.</summary>
public sealed class LongListTests : IDisposable
{
    private const int PerYear = 60;
    private readonly TestDatabase _database = new();

    public LongListTests()
    {
        using var db = _database.NewContext();
        var system = new FacialRecognitionSystem { Name = "LFR vans", Kind = FacialRecognitionKind.Live, Product = "NeoFace Live", Status = SystemStatus.InService };
        db.Systems.Add(system);
        for (var n = 0; n < 2 * PerYear; n++)
        {
            var start = new DateTime(2018 + (n / PerYear), 1, 1, 10, 0, 0, DateTimeKind.Utc).AddDays(6 * (n % PerYear));
            var deployment = new Deployment
            {
                Reference = $"LFR-{n:D3}", SystemId = system.Id, Kind = FacialRecognitionKind.Live, Purpose = "Wanted offenders", LocationName = $"Place {n}",
                PlannedStart = start, ActualStart = start, ActualEnd = start.AddHours(6), WatchlistSize = 100 + n,
            };
            deployment.RecordHistoric(DeploymentStatus.Completed);
            db.Deployments.Add(deployment);
        }
        db.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    private async Task<GeneratedAnswer> AnswerAsync(string key)
    {
        await using var db = _database.NewContext();
        return await FoiCatalogue.Find(key)!.GenerateAsync(FoiRegister.Current(db), Scope(), CancellationToken.None);
    }

    [Fact]
    public async Task Deployments_beyond_the_list_limit_are_summarised_by_year_with_every_deployment_cited()
    {
        var answer = await AnswerAsync("deployments");

        Assert.Equal("The register records 120 deployments of facial recognition between 1 January 2018 and 31 December 2019.\n\n"
            + "By year:\n- 2018: 60.\n- 2019: 60.\n\n"
            + "The 120 deployments are too many to list here one by one: the register can provide them as a table with their dates, locations and kinds.",
            answer.Draft);
        Assert.Equal(["Deployments", "Deployments of live facial recognition in 2018", "Deployments of live facial recognition in 2019"],
            answer.Figures.Select(f => f.Label));
        Assert.Equal([120, 60, 60], answer.Figures.Select(f => f.Sources.Count));
        Assert.Equal(120, answer.Figures[0].Sources.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task Watchlist_sizes_beyond_the_list_limit_are_given_as_smallest_largest_and_average()
    {
        var answer = await AnswerAsync("watchlists");

        Assert.StartsWith("The watchlists of the deployments of facial recognition between 1 January 2018 and 31 December 2019 held between 100 and "
            + "219 people, 160 on average.", answer.Draft, StringComparison.Ordinal);
        Assert.Equal(("100", "219", "160"), (Value(answer, "Smallest watchlist"), Value(answer, "Largest watchlist"), Value(answer, "Average watchlist size")));
        Assert.Contains("The register records no source of the watchlist images for these deployments.", answer.Draft, StringComparison.Ordinal);
    }
}
