using LfrGovernance.Core.Deployments;
using LfrGovernance.Migrations.Sqlite;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Infrastructure.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Deployments;

/// <summary>SQLite's text index for the deployments list (<see cref="SqliteRecordTextSearch"/>): it must find exactly
/// what the portable search finds (the text contains the term, in any case), and follow every change.</summary>
public sealed class DeploymentTextSearchTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly SqliteRecordTextSearch _search = new();

    [Theory]
    [InlineData("test-")]
    [InlineData("SYN02-")]
    [InlineData("stadium")]
    [InlineData("STATION")]
    [InlineData("wanted on warrant")]
    [InlineData("e 1")]
    [InlineData("-0000")]
    [InlineData("no such words")]
    public async Task The_index_finds_exactly_the_deployments_the_portable_search_finds(string term)
    {
        await using (var db = _database.NewContext())
        {
            await SyntheticNationalRegister.GenerateAsync(db, new SyntheticRegisterSize(Forces: 2, Years: 2, Deployments: 60, Alerts: 0), _ => { });
        }

        await using var check = _database.NewContext();
        var lower = term.ToLowerInvariant();
        var expected = (await check.Deployments.ToListAsync())
            .Where(d => $"{d.Reference}\u0001{d.LocationName}\u0001{d.Purpose}".ToLowerInvariant().Contains(lower, StringComparison.Ordinal))
            .Select(d => d.Id).Order().ToList();
        var found = _search.Containing<Deployment>(check, lower);

        Assert.NotNull(found);
        Assert.Equal(expected, (await found.Select(d => d.Id).ToListAsync()).Order().ToList());
        if (term != "no such words")
        {
            Assert.NotEmpty(expected);
        }
    }

    [Fact]
    public async Task The_index_follows_a_new_deployment_an_edit_and_a_retirement_made_through_the_context()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var deployment = await AddDeploymentAsync($"Quayside {tag}");
        Assert.Equal([deployment.Id], await FoundAsync($"quayside {tag}"));

        await using (var db = _database.NewContext())
        {
            var loaded = await db.Deployments.SingleAsync(d => d.Id == deployment.Id);
            loaded.LocationName = $"Harbour {tag}";
            loaded.Purpose = $"Find {tag}-purpose";
            await db.SaveChangesAsync();
        }
        Assert.Empty(await FoundAsync($"quayside {tag}"));
        Assert.Equal([deployment.Id], await FoundAsync($"harbour {tag}"));
        Assert.Equal([deployment.Id], await FoundAsync($"{tag}-purpose"));

        // Retired records stay findable: the list hides them unless asked, as with any other filter.
        await using (var db = _database.NewContext())
        {
            var loaded = await db.Deployments.SingleAsync(d => d.Id == deployment.Id);
            loaded.RetiredAt = _database.Clock.GetUtcNow().UtcDateTime;
            loaded.RetirementReason = "Entered twice";
            await db.SaveChangesAsync();
        }
        Assert.Equal([deployment.Id], await FoundAsync($"harbour {tag}"));
    }

    [Fact]
    public async Task Terms_the_index_cannot_serve_are_left_to_the_portable_search_and_quotes_are_matched_as_text()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var deployment = await AddDeploymentAsync($"The \"Dome\" {tag}");
        await using var db = _database.NewContext();

        Assert.Null(_search.Containing<Deployment>(db, "do"));
        Assert.Null(_search.Containing<Deployment>(db, "dome\u0001x"));
        Assert.Null(_search.Containing<Core.Organisations.Organisation>(db, "dome"));
        Assert.Equal([deployment.Id], await FoundAsync($"\"dome\" {tag}"));
        Assert.Empty(await FoundAsync($"dome\" {tag}x"));
    }

    [Theory]
    [InlineData("DELETE FROM \"DeploymentSearch\";")]
    [InlineData("UPDATE \"DeploymentSearch\" SET \"Text\" = 'moved' WHERE rowid = (SELECT MAX(rowid) FROM \"DeploymentSearch\");")]
    public async Task An_index_out_of_step_with_the_table_is_found_and_refilled_and_one_in_step_is_left_alone(string damage)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var deployment = await AddDeploymentAsync($"Rebuilt {tag}");
        await using (var db = _database.NewContext())
        {
            Assert.Empty(SqliteRecordTextSearch.EnsureInStep(db));
        }
        _database.ExecuteDirectly(damage);
        Assert.Empty(await FoundAsync($"rebuilt {tag}"));

        await using (var db = _database.NewContext())
        {
            Assert.Equal(["DeploymentSearch"], SqliteRecordTextSearch.EnsureInStep(db));
            Assert.Empty(SqliteRecordTextSearch.EnsureInStep(db));
        }

        Assert.Equal([deployment.Id], await FoundAsync($"rebuilt {tag}"));
    }

    private async Task<Deployment> AddDeploymentAsync(string location)
    {
        await using var db = _database.NewContext();
        var system = new Core.Systems.FacialRecognitionSystem
        {
            Name = $"System for {location}", Product = "NeoFace Live", Kind = Core.Systems.FacialRecognitionKind.Live,
            Status = Core.Systems.SystemStatus.InService,
        };
        db.Systems.Add(system);
        var deployment = new Deployment
        {
            Reference = $"TS-{Guid.NewGuid().ToString("N")[..10]}", SystemId = system.Id, Kind = Core.Systems.FacialRecognitionKind.Live,
            Purpose = "Locate people wanted for serious offences", LocationName = location,
            PlannedStart = new DateTime(2024, 5, 1, 9, 0, 0, DateTimeKind.Utc),
        };
        db.Deployments.Add(deployment);
        await db.SaveChangesAsync();
        return deployment;
    }

    private async Task<List<Guid>> FoundAsync(string term)
    {
        await using var db = _database.NewContext();
        var found = _search.Containing<Deployment>(db, term);
        Assert.NotNull(found);
        return await found.Select(d => d.Id).ToListAsync();
    }

    public void Dispose() => _database.Dispose();
}
