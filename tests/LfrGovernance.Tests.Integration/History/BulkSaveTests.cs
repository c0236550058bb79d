using System.Globalization;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using LfrGovernance.Migrations.Sqlite;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LfrGovernance.Tests.Integration.History;

/// <summary>The bulk save an import uses (<see cref="BulkSave"/>): the same rows, history and rules as SaveChanges,
/// all or nothing, with the text index kept whole.</summary>
public sealed class BulkSaveTests : IDisposable
{
    private static readonly HistoryActor Bea = new("bea", "Bea Hughes", ["GovernanceEditor"]);
    private readonly TestDatabase _database = new();
    private readonly SqliteRecordTextSearch _search = new();

    [Fact]
    public async Task A_bulk_save_writes_every_column_as_SaveChanges_writes_it_and_the_same_history()
    {
        using var other = new TestDatabase();
        var ids = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToArray();
        await using (var db = other.NewContext(Bea))
        {
            AddRegister(db, ids);
            db.ChangeReason = "Imported from register.xlsx";
            await db.SaveChangesAsync();
        }
        await using (var db = _database.NewContext(Bea))
        {
            AddRegister(db, ids);
            db.ChangeReason = "Imported from register.xlsx";
            await db.SaveChangesInBulkAsync(_search, CancellationToken.None);
        }

        foreach (var table in new[] { "Systems", "Organisations", "Deployments", "Assessments" })
        {
            Assert.Equal(Rows(other, table, "Id"), Rows(_database, table, "Id"));
        }
        // Each save is a change set of its own, so the entries differ in that id and so in their hashes; nothing else.
        Assert.Equal(Rows(other, "History", "Sequence", "ChangeSetId", "Hash", "PreviousHash"), Rows(_database, "History", "Sequence", "ChangeSetId", "Hash", "PreviousHash"));
        Assert.Equal(8, Rows(_database, "History", "Sequence").Count);
    }

    [Fact]
    public async Task The_history_of_a_bulk_save_is_one_change_set_in_the_chain_and_the_next_save_extends_the_chain()
    {
        var first = await SaveOneAsync("Before the import");
        await using (var db = _database.NewContext(Bea))
        {
            var loaded = await db.Organisations.SingleAsync(o => o.Id == first);
            loaded.Contact = "info@example.org";
            for (var i = 0; i < 5; i++)
            {
                db.Organisations.Add(new Organisation { Name = $"Imported {i}", Kind = OrganisationKind.Venue });
            }
            db.ChangeReason = "Imported from organisations.xlsx";
            // As SaveChanges counts: six records and their six history entries.
            Assert.Equal(12, await db.SaveChangesInBulkAsync(_search, CancellationToken.None));
        }
        await SaveOneAsync("After the import");

        await using var check = _database.NewContext();
        var history = await check.History.AsNoTracking().OrderBy(h => h.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), history.Select(h => h.Sequence));
        var imported = history.Skip(1).Take(6).ToList();
        Assert.Single(imported.Select(h => h.ChangeSetId).Distinct());
        Assert.All(imported, h => Assert.Equal("Imported from organisations.xlsx", h.Reason));
        Assert.Equal(HistoryAction.Updated, imported.Single(h => h.RecordId == first).Action);
        Assert.Equal(2, (await check.Organisations.SingleAsync(o => o.Id == first)).Version);
        Assert.Equal([new FieldChange("Contact", null, "info@example.org")],
            RecordSnapshot.DeserializeChanges(imported.Single(h => h.RecordId == first).Changes));
        Assert.True((await HistoryVerifier.VerifyAsync(check)).Intact);
    }

    [Fact]
    public async Task A_bulk_save_that_fails_saves_nothing_and_leaves_the_text_index_and_the_chain_as_they_were()
    {
        var systemId = await SaveSystemAsync();
        await using (var db = _database.NewContext(Bea))
        {
            db.Deployments.Add(NewDeployment(systemId, "LFR-1", "Quayside"));
            await db.SaveChangesAsync();
        }
        var historyBefore = Rows(_database, "History", "Sequence");

        await using (var db = _database.NewContext(Bea))
        {
            db.Deployments.Add(NewDeployment(systemId, "LFR-2", "Harbour"));
            db.Deployments.Add(NewDeployment(systemId, "LFR-3", "Harbour"));
            db.Deployments.Add(NewDeployment(systemId, "LFR-1", "Harbour"));
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesInBulkAsync(_search, CancellationToken.None));
            Assert.Contains("UNIQUE", failure.Message, StringComparison.Ordinal);
            Assert.Empty(db.ChangeTracker.Entries());
        }

        Assert.Equal(historyBefore, Rows(_database, "History", "Sequence"));
        await using (var db = _database.NewContext())
        {
            Assert.Equal(["LFR-1"], await db.Deployments.Select(d => d.Reference).ToListAsync());
        }
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'DeploymentSearch_Insert'"));

        // The next saves, one by one and in bulk, are indexed and chained as usual.
        await using (var db = _database.NewContext(Bea))
        {
            db.Deployments.Add(NewDeployment(systemId, "LFR-4", "Riverside"));
            await db.SaveChangesAsync();
        }
        await using (var db = _database.NewContext(Bea))
        {
            db.Deployments.Add(NewDeployment(systemId, "LFR-5", "Harbour"));
            await db.SaveChangesInBulkAsync(_search, CancellationToken.None);
        }
        Assert.Equal(["LFR-4"], await FoundAsync("riverside"));
        Assert.Equal(["LFR-5"], await FoundAsync("harbour"));
        await using var check = _database.NewContext();
        Assert.True((await HistoryVerifier.VerifyAsync(check)).Intact);
        Assert.Empty(SqliteRecordTextSearch.EnsureInStep(check));
    }

    [Fact]
    public async Task Records_saved_in_bulk_are_in_the_text_index_and_later_records_are_indexed_one_by_one_again()
    {
        var systemId = await SaveSystemAsync();
        await using (var db = _database.NewContext(Bea))
        {
            db.Deployments.Add(NewDeployment(systemId, "LFR-1", "Quayside"));
            await db.SaveChangesAsync();
        }
        await using (var db = _database.NewContext(Bea))
        {
            for (var i = 2; i <= 6; i++)
            {
                db.Deployments.Add(NewDeployment(systemId, $"LFR-{i}", i % 2 == 0 ? "Stadium" : "Station"));
            }
            await db.SaveChangesInBulkAsync(_search, CancellationToken.None);
        }
        await using (var db = _database.NewContext(Bea))
        {
            db.Deployments.Add(NewDeployment(systemId, "LFR-7", "Stadium east"));
            await db.SaveChangesAsync();
        }

        Assert.Equal(["LFR-2", "LFR-4", "LFR-6", "LFR-7"], await FoundAsync("stadium"));
        Assert.Equal(["LFR-1"], await FoundAsync("quayside"));
        await using var check = _database.NewContext();
        Assert.Empty(SqliteRecordTextSearch.EnsureInStep(check));
    }

    [Fact]
    public async Task A_stale_update_in_a_bulk_save_fails_it_whole()
    {
        var id = await SaveOneAsync("Museum");
        await using var stale = _database.NewContext(Bea);
        var loaded = await stale.Organisations.SingleAsync(o => o.Id == id);
        await using (var other = _database.NewContext(Bea))
        {
            (await other.Organisations.SingleAsync(o => o.Id == id)).Notes = "Changed meanwhile";
            await other.SaveChangesAsync();
        }
        var historyBefore = Rows(_database, "History", "Sequence");

        loaded.Notes = "Changed by the import";
        stale.Organisations.Add(new Organisation { Name = "New venue", Kind = OrganisationKind.Venue });
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesInBulkAsync(_search, CancellationToken.None));

        Assert.Equal(historyBefore, Rows(_database, "History", "Sequence"));
        await using var check = _database.NewContext();
        Assert.Equal(["Museum"], await check.Organisations.Select(o => o.Name).ToListAsync());
        Assert.Equal("Changed meanwhile", (await check.Organisations.SingleAsync()).Notes);
        await SaveOneAsync("Next");
        Assert.True((await HistoryVerifier.VerifyAsync(check)).Intact);
    }

    [Fact]
    public async Task New_rows_go_in_after_the_new_rows_they_refer_to_whatever_the_order_they_were_added_in()
    {
        await using (var db = _database.NewContext(Bea))
        {
            var supplier = new Organisation { Name = "Supplier", Kind = OrganisationKind.Vendor };
            var original = new Assessment { Reference = "DPIA-1", Title = "Original", Kind = AssessmentKind.Dpia };
            var revision = new Assessment { Reference = "DPIA-1.1", Title = "Revision", Kind = AssessmentKind.Dpia, SupersedesId = original.Id };
            var third = new Assessment { Reference = "DPIA-1.2", Title = "Third", Kind = AssessmentKind.Dpia, SupersedesId = revision.Id };
            var system = new FacialRecognitionSystem { Name = "NeoFace", Product = "NeoFace Watch", Kind = FacialRecognitionKind.Live, Status = SystemStatus.InService, SupplierId = supplier.Id };
            // Dependents first: the save must still put each principal in first (foreign keys are checked at once).
            db.Assessments.AddRange(third, revision, original);
            db.Systems.Add(system);
            db.Organisations.Add(supplier);
            await db.SaveChangesInBulkAsync(_search, CancellationToken.None);
        }

        await using var check = _database.NewContext();
        Assert.Equal(3, await check.Assessments.CountAsync());
        Assert.Equal("Supplier", await check.Organisations.Select(o => o.Name).SingleAsync());
    }

    [Fact]
    public void Every_record_type_can_be_saved_in_bulk_no_column_is_made_by_the_database_and_no_types_refer_in_a_circle()
    {
        using var db = _database.NewContext();
        var saved = db.Model.GetEntityTypes().Where(t => t.ClrType.IsAssignableTo(typeof(Core.Records.RegisterRecord)) || t.ClrType == typeof(HistoryEntry)).ToList();
        foreach (var type in saved)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            Assert.All(type.GetProperties(), p =>
            {
                Assert.Equal(ValueGenerated.Never, p.ValueGenerated);
                Assert.Null(p.GetComputedColumnSql(table));
                Assert.Null(p.GetDefaultValueSql(table));
            });
            db.Add(Activator.CreateInstance(type.ClrType, nonPublic: true)!);
        }

        var order = BulkSave.InsertionOrder(db.ChangeTracker.Entries()).Select(o => o.Type).ToList();

        Assert.Equal(saved.Count, order.Count);
        foreach (var (type, position) in order.Select((t, i) => (t, i)))
        {
            Assert.All(type.GetForeignKeys().Where(k => k.PrincipalEntityType != type),
                k => Assert.True(order.IndexOf(k.PrincipalEntityType) < position, $"{k.PrincipalEntityType.DisplayName()} goes in after {type.DisplayName()}"));
        }
    }

    [Fact]
    public async Task A_bulk_save_cannot_join_a_transaction_already_open()
    {
        await using var db = _database.NewContext(Bea);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Organisations.Add(new Organisation { Name = "Venue", Kind = OrganisationKind.Venue });

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesInBulkAsync(_search, CancellationToken.None));
    }

    /// <summary>A small register with every kind of value: text with accents and markup, enums, instants, dates,
    /// numbers, flags, nulls, references, a record superseding another.</summary>
    private static void AddRegister(GovernanceDbContext db, Guid[] ids)
    {
        var supplier = new Organisation { Id = ids[0], Name = "Caf\u00e9 <Systems> & Co", Kind = OrganisationKind.Vendor, Contact = "=HYPERLINK(\"x\")" };
        var system = new FacialRecognitionSystem { Id = ids[1], Name = "NeoFace \u2014 live", Product = "NeoFace Watch", Kind = FacialRecognitionKind.Live, Status = SystemStatus.InService, SupplierId = supplier.Id };
        db.Organisations.Add(supplier);
        db.Systems.Add(system);
        for (var i = 0; i < 4; i++)
        {
            var deployment = NewDeployment(system.Id, string.Create(CultureInfo.InvariantCulture, $"LFR-{i:000}"), $"Town centre {i} \u00ab\u00bb");
            deployment.Id = ids[2 + i];
            deployment.Latitude = 51.5 + i / 1000d;
            deployment.Longitude = -0.12;
            deployment.ThresholdUsed = 0.6;
            deployment.FacesSeen = 10_000L + i;
            deployment.PublicNoticeGiven = i % 2 == 0;
            deployment.PublicNoticeMethods = PublicNoticeMethods.Website | PublicNoticeMethods.Signage;
            deployment.ReviewedOn = new DateOnly(2024, 5, 2 + i);
            deployment.Notes = i == 0 ? null : "Line one\nline two";
            db.Deployments.Add(deployment);
        }
        var original = new Assessment { Id = ids[6], Reference = "DPIA-1", Title = "Original", Kind = AssessmentKind.Dpia };
        db.Assessments.Add(new Assessment { Id = ids[7], Reference = "DPIA-2", Title = "Revision", Kind = AssessmentKind.Dpia, SupersedesId = original.Id });
        db.Assessments.Add(original);
    }

    private static Deployment NewDeployment(Guid systemId, string reference, string location) => new()
    {
        Reference = reference, SystemId = systemId, Kind = FacialRecognitionKind.Live, Objective = PolicingObjective.WantedOffenders,
        Purpose = "Locate people wanted for serious offences", LocationName = location,
        PlannedStart = new DateTime(2024, 5, 1, 9, 0, 0, DateTimeKind.Utc), PlannedEnd = new DateTime(2024, 5, 1, 15, 30, 0, DateTimeKind.Utc),
    };

    private async Task<Guid> SaveOneAsync(string name)
    {
        await using var db = _database.NewContext(Bea);
        var organisation = new Organisation { Name = name, Kind = OrganisationKind.Museum };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    private async Task<Guid> SaveSystemAsync()
    {
        await using var db = _database.NewContext(Bea);
        var system = new FacialRecognitionSystem { Name = "NeoFace", Product = "NeoFace Watch", Kind = FacialRecognitionKind.Live, Status = SystemStatus.InService };
        db.Systems.Add(system);
        await db.SaveChangesAsync();
        return system.Id;
    }

    private async Task<List<string>> FoundAsync(string term)
    {
        await using var db = _database.NewContext();
        return await _search.Containing<Deployment>(db, term)!.Select(d => d.Reference).OrderBy(r => r).ToListAsync();
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Every row of a table as stored, value by value with its storage class, in <paramref name="orderBy"/>
    /// order, leaving out <paramref name="except"/>.</summary>
    private static List<string> Rows(TestDatabase database, string table, string orderBy, params string[] except)
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"{orderBy}\"";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                .Where(i => !except.Contains(reader.GetName(i)))
                .Select(i => reader.IsDBNull(i) ? "NULL" : $"{reader.GetValue(i).GetType().Name}:{Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}")));
        }
        return rows;
    }

    public void Dispose() => _database.Dispose();
}
