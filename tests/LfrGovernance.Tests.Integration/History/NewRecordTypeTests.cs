using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.History;

/// <summary>A record type added later is versioned, refuses deletion and gets a concurrency token with no code of its own.</summary>
public sealed class NewRecordTypeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lfrgov-ext-").FullName;

    /// <summary>A record type the register does not have, declared the way every record type is.</summary>
    public sealed class Widget : RegisterRecord
    {
        public string Label { get; set; } = string.Empty;
    }

    private sealed class ExtendedContext(DbContextOptions options)
        : GovernanceDbContext(options, SystemChangeAuthor.Instance, TimeProvider.System)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Widget>();
            base.OnModelCreating(modelBuilder);
        }
    }

    private ExtendedContext NewContext()
    {
        var options = new DbContextOptionsBuilder<ExtendedContext>();
        options.UseGovernanceSqlite($"Data Source={Path.Combine(_folder, "extended.db")}");
        return new ExtendedContext(options.Options);
    }

    [Fact]
    public async Task A_new_record_type_is_covered_by_history_without_extra_code()
    {
        await using var db = NewContext();
        // The model is extended here, so the real migrations cannot create its table: the schema is built from the model.
        await db.Database.EnsureCreatedAsync();
        var widget = new Widget { Label = "first" };
        db.Add(widget);
        await db.SaveChangesAsync();
        widget.Label = "second";
        await db.SaveChangesAsync();

        var history = await db.History.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([("Widget", 1, HistoryAction.Created), ("Widget", 2, HistoryAction.Updated)], history.Select(e => (e.RecordType, e.Version, e.Action)));
        Assert.True(db.Model.FindEntityType(typeof(Widget))!.FindProperty(nameof(RegisterRecord.Version))!.IsConcurrencyToken);
        db.Remove(widget);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void Every_entity_of_the_register_is_a_register_record_or_the_history_itself()
    {
        using var db = NewContext();
        // An upload waiting to be imported is a file in transit, not register content: what an import changes is in
        // the history, under a reason that names the file and its hash.
        var infrastructure = new[] { typeof(HistoryEntry), typeof(HistoryChainHead), typeof(AccessLogEntry), typeof(Core.Importing.PendingImport) };

        Assert.All(db.Model.GetEntityTypes(), type =>
            Assert.True(typeof(RegisterRecord).IsAssignableFrom(type.ClrType) || infrastructure.Contains(type.ClrType),
                $"{type.ClrType.Name} is not a RegisterRecord, so its changes would not be kept in the history."));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
