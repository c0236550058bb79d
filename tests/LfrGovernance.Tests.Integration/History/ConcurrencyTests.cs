using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.History;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task The_second_of_two_edits_from_the_same_version_fails_and_the_first_survives()
    {
        Guid id;
        await using (var setup = _database.NewContext())
        {
            var organisation = new Organisation { Name = "Venue", Kind = OrganisationKind.Venue };
            setup.Organisations.Add(organisation);
            await setup.SaveChangesAsync();
            id = organisation.Id;
        }

        await using var first = _database.NewContext(new HistoryActor("a", "Alex", []));
        await using var second = _database.NewContext(new HistoryActor("b", "Bea", []));
        var mine = await first.Organisations.SingleAsync(o => o.Id == id);
        var theirs = await second.Organisations.SingleAsync(o => o.Id == id);
        mine.Name = "Venue (Alex)";
        theirs.Name = "Venue (Bea)";
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = _database.NewContext();
        var stored = await check.Organisations.SingleAsync(o => o.Id == id);
        Assert.Equal(("Venue (Alex)", 2), (stored.Name, stored.Version));
        Assert.Equal(["LfrGovernance (system)", "Alex"], await check.History.OrderBy(e => e.Sequence).Select(e => e.UserName).ToListAsync());
        Assert.True((await HistoryVerifier.VerifyAsync(check)).Intact);
    }

    [Fact]
    public async Task An_edit_based_on_an_old_version_is_refused_even_in_a_fresh_context()
    {
        Guid id;
        await using (var setup = _database.NewContext())
        {
            var organisation = new Organisation { Name = "Vendor", Kind = OrganisationKind.Vendor };
            setup.Organisations.Add(organisation);
            await setup.SaveChangesAsync();
            organisation.Name = "Vendor plc";
            await setup.SaveChangesAsync();
            id = organisation.Id;
        }

        // A form posted back with version 1 after someone else saved version 2.
        await using var db = _database.NewContext();
        var record = await db.Organisations.SingleAsync(o => o.Id == id);
        db.Entry(record).Property(o => o.Version).OriginalValue = 1;
        record.Name = "Vendor Limited";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Equal(1, record.Version);

        // The refusal leaves nothing held: the same context and others can save again at once.
        db.Entry(record).Property(o => o.Version).OriginalValue = 2;
        await db.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await using var other = _database.NewContext();
        other.Organisations.Add(new Organisation { Name = "Another", Kind = OrganisationKind.Other });
        await other.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((3, 4L), (record.Version, await other.History.LongCountAsync()));
        Assert.True((await HistoryVerifier.VerifyAsync(other)).Intact);
    }

    public void Dispose() => _database.Dispose();
}
