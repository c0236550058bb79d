using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Register;

public sealed class ForcesAndPeopleStorageTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task A_record_that_names_no_force_belongs_to_the_default_force()
    {
        await using (var db = _database.NewContext())
        {
            db.Organisations.Add(new Organisation { Name = "Venue", Kind = OrganisationKind.Venue });
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var stored = await check.Organisations.SingleAsync();
        Assert.Equal(TestDatabase.DefaultForceId, stored.ForceId);
        Assert.Contains($"\"ForceId\":\"{TestDatabase.DefaultForceId}\"", (await check.History.SingleAsync()).Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_cannot_name_a_force_that_does_not_exist()
    {
        await using var db = _database.NewContext();
        db.Organisations.Add(new Organisation { Name = "Nowhere", Kind = OrganisationKind.Other, ForceId = Guid.NewGuid() });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        await using var check = _database.NewContext();
        Assert.Equal(0, await check.History.CountAsync());
    }

    [Fact]
    public async Task A_promotion_is_saved_as_two_versions_in_one_change_set_and_ranks_compare_in_the_database()
    {
        Guid id;
        await using (var db = _database.NewContext())
        {
            var person = new Person { Name = "Jo Carter", CollarOrWarrantNumber = "4521" };
            person.ChangeRank(Rank.ChiefInspector, new DateOnly(2020, 1, 6));
            db.People.Add(person);
            await db.SaveChangesAsync();
            id = person.Id;
        }
        await using (var db = _database.NewContext())
        {
            var person = await db.People.Include(p => p.Ranks).SingleAsync(p => p.Id == id);
            person.ChangeRank(Rank.Superintendent, new DateOnly(2024, 9, 2));
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var stored = await check.People.Include(p => p.Ranks).SingleAsync(p => p.Id == id);
        Assert.Equal(Rank.ChiefInspector, stored.RankOn(new DateOnly(2024, 9, 1)));
        Assert.Equal(Rank.Superintendent, stored.RankOn(new DateOnly(2024, 9, 2)));
        var promotion = await check.History.Where(e => e.RecordType == nameof(RankHeld)).OrderBy(e => e.Sequence).Skip(1).ToListAsync();
        Assert.Equal([HistoryAction.Created, HistoryAction.Updated], promotion.Select(e => e.Action).Order());
        Assert.Single(promotion.Select(e => e.ChangeSetId).Distinct());
        // Ranks are stored by number, so "at least Superintendent" works in SQL.
        Assert.Equal([Rank.Superintendent], await check.RanksHeld.Where(r => r.Rank >= Rank.Superintendent).Select(r => r.Rank).ToListAsync());
    }

    public void Dispose() => _database.Dispose();
}
