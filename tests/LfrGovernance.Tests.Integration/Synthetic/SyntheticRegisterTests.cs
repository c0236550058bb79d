using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Infrastructure.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Synthetic;

public sealed class SyntheticRegisterTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task The_synthetic_register_has_exactly_the_size_asked_follows_the_rules_and_its_history_verifies()
    {
        await using (var db = _database.NewContext())
        {
            Assert.True(await SyntheticNationalRegister.IsEmptyAsync(db));
            await SyntheticNationalRegister.GenerateAsync(db, new SyntheticRegisterSize(Forces: 3, Years: 2, Deployments: 40, Alerts: 333), _ => { });
        }

        await using var check = _database.NewContext();
        var deployments = await check.Deployments.ToListAsync();
        var categories = await check.WatchlistCategories.ToListAsync();
        Assert.Equal(3, await check.Forces.CountAsync());
        Assert.Equal(40, deployments.Count);
        Assert.Equal(333, await check.Alerts.CountAsync());
        Assert.Equal(333, deployments.Sum(d => d.TotalAlerts));
        Assert.All(deployments, d => Assert.Empty(DeploymentRules.Check(d, categories.Where(c => c.DeploymentId == d.Id).ToList())));
        Assert.Equal(3, deployments.Select(d => d.ForceId).Distinct().Count());
        var verification = await HistoryVerifier.VerifyAsync(check);
        Assert.True(verification.Intact, verification.Summary);
        Assert.False(await SyntheticNationalRegister.IsEmptyAsync(check));
    }

    [Fact]
    public async Task A_save_with_automatic_change_detection_off_still_versions_the_record_and_extends_the_chain()
    {
        var organisation = new Organisation { Name = "Bulk loaded", Kind = OrganisationKind.Other };
        await using (var db = _database.NewContext())
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NewContext())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var loaded = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            loaded.Name = "Bulk loaded, renamed";
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var saved = await check.Organisations.SingleAsync(o => o.Id == organisation.Id);
        Assert.Equal(("Bulk loaded, renamed", 2), (saved.Name, saved.Version));
        Assert.Equal(2, await check.History.CountAsync(e => e.RecordId == organisation.Id));
        Assert.True((await HistoryVerifier.VerifyAsync(check)).Intact);
    }

    public void Dispose() => _database.Dispose();
}
