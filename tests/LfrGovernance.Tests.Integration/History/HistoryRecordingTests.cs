using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Records;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.History;

public sealed class HistoryRecordingTests : IDisposable
{
    private static readonly HistoryActor Bea = new("bea", "Bea Hughes", ["GovernanceEditor"]);
    private readonly TestDatabase _database = new();

    private async Task<Guid> CreateAsync(string name, OrganisationKind kind = OrganisationKind.Museum)
    {
        await using var db = _database.NewContext(Bea);
        var organisation = new Organisation { Name = name, Kind = kind };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    private async Task<List<HistoryEntry>> HistoryAsync()
    {
        await using var db = _database.NewContext();
        return await db.History.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    [Fact]
    public async Task Creating_a_record_writes_version_1_with_who_when_and_a_full_snapshot()
    {
        var id = await CreateAsync("Natural History Museum");

        var entry = Assert.Single(await HistoryAsync());
        Assert.Equal((1L, "Organisation", id, 1, HistoryAction.Created), (entry.Sequence, entry.RecordType, entry.RecordId, entry.Version, entry.Action));
        Assert.Equal(("bea", "Bea Hughes", "GovernanceEditor"), (entry.UserId, entry.UserName, entry.UserRoles));
        Assert.Equal(_database.Clock.GetUtcNow().UtcDateTime, entry.OccurredAt);
        Assert.Contains("\"Name\":\"Natural History Museum\"", entry.Snapshot, StringComparison.Ordinal);
        Assert.Contains(RecordSnapshot.DeserializeChanges(entry.Changes), c => c is { Field: "Name", Before: null, After: "Natural History Museum" });
        Assert.Equal(HistoryHash.Genesis, entry.PreviousHash);
    }

    [Fact]
    public async Task Each_save_writes_exactly_one_version_per_changed_record_and_none_for_unchanged_ones()
    {
        var first = await CreateAsync("Meadowhall Centre", OrganisationKind.Landowner);
        var second = await CreateAsync("City Museum");
        var third = await CreateAsync("Unchanged Ltd", OrganisationKind.Vendor);

        _database.Clock.Advance(TimeSpan.FromHours(1));
        await using (var db = _database.NewContext(Bea))
        {
            var records = await db.Organisations.ToListAsync();
            records.Single(o => o.Id == first).Contact = "security@meadowhall.example";
            records.Single(o => o.Id == second).Name = "City Museum and Gallery";
            records.Single(o => o.Id == third).Name = "Unchanged Ltd"; // same value: no change
            await db.SaveChangesAsync();
        }

        var history = await HistoryAsync();
        var updates = history.Where(e => e.Action == HistoryAction.Updated).ToList();
        Assert.Equal(5, history.Count);
        Assert.Equal(new[] { first, second }.Order(), updates.Select(e => e.RecordId).Order());
        Assert.Single(updates.Select(e => e.ChangeSetId).Distinct());
        Assert.All(updates, e => Assert.Equal(2, e.Version));
        var rename = RecordSnapshot.DeserializeChanges(updates.Single(e => e.RecordId == second).Changes);
        Assert.Equal([new FieldChange("Name", "City Museum", "City Museum and Gallery")], rename);
    }

    [Fact]
    public async Task A_save_that_fails_writes_no_history_and_the_next_save_chains_correctly()
    {
        await CreateAsync("First");
        await using (var db = _database.NewContext(Bea))
        {
            db.Organisations.Add(new Organisation { Name = "Fine", Kind = OrganisationKind.Venue });
            db.Organisations.Add(new Organisation { Name = null!, Kind = OrganisationKind.Venue }); // NOT NULL violation
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        Assert.Single(await HistoryAsync());

        await CreateAsync("Second");

        Assert.Equal([1L, 2L], (await HistoryAsync()).Select(e => e.Sequence));
        await using var check = _database.NewContext();
        Assert.True((await HistoryVerifier.VerifyAsync(check)).Intact);
        Assert.Equal(2, await check.Organisations.CountAsync());
    }

    [Fact]
    public async Task Records_are_never_deleted()
    {
        var id = await CreateAsync("Temporary");
        await using var db = _database.NewContext(Bea);
        db.Organisations.Remove(await db.Organisations.SingleAsync(o => o.Id == id));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("retired, never deleted", error.Message, StringComparison.Ordinal);
        Assert.Single(await HistoryAsync());
    }

    [Fact]
    public async Task Retiring_and_reinstating_are_versions_with_their_reason()
    {
        var id = await CreateAsync("Old Partner");
        _database.Clock.Advance(TimeSpan.FromDays(1));
        await using (var db = _database.NewContext(Bea))
        {
            var record = await db.Organisations.SingleAsync(o => o.Id == id);
            record.Retire("Duplicate of another record", db.Clock.GetUtcNow().UtcDateTime);
            db.ChangeReason = "Duplicate of another record";
            await db.SaveChangesAsync();
            record.Reinstate();
            db.ChangeReason = "Retired in error";
            await db.SaveChangesAsync();
        }

        var history = await HistoryAsync();
        Assert.Equal([HistoryAction.Created, HistoryAction.Retired, HistoryAction.Reinstated], history.Select(e => e.Action));
        Assert.Equal([null, "Duplicate of another record", "Retired in error"], history.Select(e => e.Reason));
        Assert.Throws<DomainRuleException>(() => new Organisation().Retire(" ", DateTime.UtcNow));
    }

    [Fact]
    public async Task History_and_the_access_log_cannot_be_changed_through_the_application_or_the_database()
    {
        await CreateAsync("Anything");
        await using (var db = _database.NewContext())
        {
            var entry = await db.History.SingleAsync();
            entry.Reason = "rewritten";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = _database.NewContext())
        {
            db.AccessLog.Add(new AccessLogEntry { UserId = "u", UserName = "U", UserRoles = "", Description = "Viewed", OccurredAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            db.AccessLog.Local.Single().Purpose = "rewritten";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        var update = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => _database.ExecuteDirectly("UPDATE \"History\" SET \"Reason\" = 'x';"));
        var delete = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => _database.ExecuteDirectly("DELETE FROM \"History\";"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contexts_that_save_in_turn_each_extend_the_chain_from_its_true_end()
    {
        await using var first = _database.NewContext(Bea);
        await using var second = _database.NewContext(Bea);

        first.Organisations.Add(new Organisation { Name = "A", Kind = OrganisationKind.Museum });
        await first.SaveChangesAsync();
        second.Organisations.Add(new Organisation { Name = "B", Kind = OrganisationKind.Museum });
        await second.SaveChangesAsync();
        first.Organisations.Add(new Organisation { Name = "C", Kind = OrganisationKind.Museum });
        await first.SaveChangesAsync();

        Assert.Equal([1L, 2L, 3L], (await HistoryAsync()).Select(e => e.Sequence));
        await using var check = _database.NewContext();
        Assert.True((await HistoryVerifier.VerifyAsync(check)).Intact);
    }

    [Fact]
    public async Task Concurrent_writers_still_form_one_unbroken_chain()
    {
        await Task.WhenAll(Enumerable.Range(1, 12).Select(i => Task.Run(() => CreateAsync($"Organisation {i}"))));

        await using var db = _database.NewContext();
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), await db.History.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.True((await HistoryVerifier.VerifyAsync(db)).Intact);
    }

    private static readonly System.Text.Json.JsonSerializerOptions SnapshotJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task A_snapshot_is_every_stored_field_in_name_order_each_value_written_as_JSON_writes_it()
    {
        await using var db = _database.NewContext(Bea);
        var deployment = new Core.Deployments.Deployment
        {
            Reference = "LFR-\u00e9<1>&", SystemId = Guid.NewGuid(), Kind = Core.Systems.FacialRecognitionKind.Live,
            Purpose = "Caf\u00e9 \"quoted\" \u2014 \U0001F600", LocationName = "Line one\nline two", Latitude = 51.5074, ThresholdUsed = 0.6,
            PlannedStart = new DateTime(2024, 5, 1, 9, 0, 0, DateTimeKind.Utc), FacesSeen = 12_345_678_901,
            PublicNoticeMethods = Core.Deployments.PublicNoticeMethods.Website | Core.Deployments.PublicNoticeMethods.Signage,
            PublicNoticeGiven = true, ReviewedOn = new DateOnly(2024, 5, 2),
        };
        var entry = db.Add(deployment);

        // What a snapshot is: the fields by name, in ordinal order, as the serializer writes a dictionary of them.
        var expected = System.Text.Json.JsonSerializer.Serialize(
            new SortedDictionary<string, object?>(entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue), StringComparer.Ordinal),
            SnapshotJson);

        Assert.Equal(expected, RecordSnapshot.Capture(entry));
        var restored = (Core.Deployments.Deployment)RecordSnapshot.Restore(entry.Metadata, RecordSnapshot.Capture(entry));
        Assert.Equal((deployment.Reference, deployment.Purpose, deployment.FacesSeen, deployment.ReviewedOn, deployment.PublicNoticeMethods),
            (restored.Reference, restored.Purpose, restored.FacesSeen, restored.ReviewedOn, restored.PublicNoticeMethods));
    }

    public void Dispose() => _database.Dispose();
}
