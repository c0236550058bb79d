using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.History;

public sealed class AsOfTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly Dictionary<string, DateTime> _moments = [];
    private Guid _museum;
    private Guid _retailer;

    public AsOfTests()
    {
        // 09:00 created, 10:00 renamed, 11:00 contact added, 12:00 retired; a second record created at 13:00.
        using var db = _database.NewContext();
        var museum = new Organisation { Name = "Museum", Kind = OrganisationKind.Museum };
        db.Organisations.Add(museum);
        Save(db, "created");
        museum.Name = "Museum of London";
        Save(db, "renamed");
        museum.Contact = "security@museum.example";
        Save(db, "contact added");
        museum.Retire("No longer a partner", db.Clock.GetUtcNow().UtcDateTime);
        Save(db, "retired");
        var retailer = new Organisation { Name = "Retailer", Kind = OrganisationKind.Retailer };
        db.Organisations.Add(retailer);
        Save(db, "second created");
        _museum = museum.Id;
        _retailer = retailer.Id;
    }

    private void Save(Microsoft.EntityFrameworkCore.DbContext db, string moment)
    {
        db.SaveChanges();
        _moments[moment] = _database.Clock.GetUtcNow().UtcDateTime;
        _database.Clock.Advance(TimeSpan.FromHours(1));
    }

    private DateTime Between(string moment) => _moments[moment].AddMinutes(30);

    [Fact]
    public async Task A_record_reads_as_it_stood_between_its_edits()
    {
        await using var db = _database.NewContext();

        var afterRename = await RegisterAsOf.RecordAsync<Organisation>(db, _museum, Between("renamed"));
        var atTheRenameItself = await RegisterAsOf.RecordAsync<Organisation>(db, _museum, _moments["renamed"]);

        Assert.Equal(("Museum of London", null, 2, false), (afterRename!.Name, afterRename.Contact, afterRename.Version, afterRename.IsRetired));
        Assert.Equal("Museum of London", atTheRenameItself!.Name);
    }

    [Fact]
    public async Task A_record_is_absent_before_it_was_created_and_retired_after_it_was_retired()
    {
        await using var db = _database.NewContext();

        var before = await RegisterAsOf.RecordAsync<Organisation>(db, _museum, _moments["created"].AddSeconds(-1));
        var afterRetirement = await RegisterAsOf.RecordAsync<Organisation>(db, _museum, Between("retired"));

        Assert.Null(before);
        Assert.True(afterRetirement!.IsRetired);
        Assert.Equal("No longer a partner", afterRetirement.RetirementReason);
        Assert.Equal("security@museum.example", afterRetirement.Contact);
    }

    [Fact]
    public async Task All_records_of_a_type_read_as_they_stood_at_an_instant()
    {
        await using var db = _database.NewContext();

        var early = await RegisterAsOf.AllAsync<Organisation>(db, Between("renamed"));
        var late = await RegisterAsOf.AllAsync<Organisation>(db, Between("second created"));

        var museum = Assert.Single(early);
        Assert.Equal((_museum, "Museum of London", false), (museum.Id, museum.Name, museum.IsRetired));
        Assert.Equal(2, late.Count);
        Assert.True(late.Single(o => o.Id == _museum).IsRetired);
        Assert.Equal(_retailer, late.Single(o => !o.IsRetired).Id);
    }

    [Fact]
    public async Task The_current_register_matches_the_latest_versions()
    {
        await using var db = _database.NewContext();

        var current = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync();
        var rebuilt = (await RegisterAsOf.AllAsync<Organisation>(db, _database.Clock.GetUtcNow().UtcDateTime)).OrderBy(o => o.Name).ToList();

        Assert.Equal(
            current.Select(o => (o.Id, o.Name, o.Kind, o.Contact, o.Version, o.RetiredAt, o.RetirementReason, o.Marking)),
            rebuilt.Select(o => (o.Id, o.Name, o.Kind, o.Contact, o.Version, o.RetiredAt, o.RetirementReason, o.Marking)));
    }

    public void Dispose() => _database.Dispose();
}
