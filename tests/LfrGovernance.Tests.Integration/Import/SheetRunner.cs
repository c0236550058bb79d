using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>What staging rows gave: the problems found and the outcome of each valid row, counted.</summary>
public sealed record StageResult(IReadOnlyList<ImportProblem> Problems, int Created, int Updated, int Unchanged)
{
    public ImportProblem SingleProblem => Assert.Single(Problems);
}

/// <summary>Runs import sheets against a running application's database, as the import pages will: rows staged in one
/// context, then saved in one change set if none was rejected; and a sheet's export read back.</summary>
public static class SheetRunner
{
    public static readonly HistoryActor Importer = new("ivy.importer", "Ivy Importer", ["GovernanceEditor"]);

    /// <summary>The first data row: row 1 is the header, row 2 the notes.</summary>
    public const int FirstRow = 3;

    /// <summary>Stages the rows of <typeparamref name="TSheet"/>, then (if <paramref name="save"/> and no row was
    /// rejected) saves them in one change set.</summary>
    public static Task<StageResult> StageAsync<TSheet>(ClockedAppFactory app, IEnumerable<IReadOnlyList<string?>> rows, bool cleared = true, bool save = true)
        where TSheet : IImportSheet =>
        StageAsync(app, [(typeof(TSheet), rows)], cleared, save);

    /// <summary>Stages several sheets of one file, in their order, into one batch; the counts are of the last sheet.</summary>
    public static async Task<StageResult> StageAsync(ClockedAppFactory app, IReadOnlyList<(Type Sheet, IEnumerable<IReadOnlyList<string?>> Rows)> sheets,
        bool cleared = true, bool save = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(sheets);
        using var scope = app.Services.CreateScope();
        await using var db = Context(scope, app, cleared);
        var batch = new ImportBatch(db);
        IImportSheet? last = null;
        foreach (var (type, rows) in sheets)
        {
            last = (IImportSheet)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            var numbered = rows.Select((cells, i) => new ImportRow(FirstRow + i, cells)).ToList();
            await last.StageAsync(batch, numbered, CancellationToken.None);
        }
        if (save && batch.Problems.Count == 0)
        {
            db.ChangeReason = "Imported from register.xlsx";
            await db.SaveChangesAsync();
        }
        var name = last!.Name;
        return new StageResult(batch.Problems, batch.Outcome(name, ImportRowOutcome.Created), batch.Outcome(name, ImportRowOutcome.Updated),
            batch.Outcome(name, ImportRowOutcome.Unchanged));
    }

    /// <summary>How many SQL commands staging <paramref name="rows"/> on <typeparamref name="TSheet"/> runs (nothing is saved).</summary>
    public static async Task<int> CountQueriesAsync<TSheet>(ClockedAppFactory app, IEnumerable<IReadOnlyList<string?>> rows) where TSheet : IImportSheet
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<GovernanceDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<GovernanceDbContext>>())
            .AddInterceptors(counter).Options;
        await using var db = new GovernanceDbContext(options, new FixedAuthor(), app.Clock);
        var sheet = ActivatorUtilities.CreateInstance<TSheet>(scope.ServiceProvider);
        var batch = new ImportBatch(db);
        await sheet.StageAsync(batch, [.. rows.Select((cells, i) => new ImportRow(FirstRow + i, cells))], CancellationToken.None);
        Assert.Empty(batch.Problems);
        return counter.Commands;
    }

    /// <summary>The rows <typeparamref name="TSheet"/> exports for a user cleared (or not) for "do not confirm or deny" records.</summary>
    public static async Task<List<IReadOnlyList<string?>>> ExportAsync<TSheet>(ClockedAppFactory app, bool cleared = true) where TSheet : IImportSheet
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        await using var db = Context(scope, app, cleared);
        var sheet = ActivatorUtilities.CreateInstance<TSheet>(scope.ServiceProvider);
        var rows = new List<IReadOnlyList<string?>>();
        await foreach (var row in sheet.ExportRowsAsync(db, CancellationToken.None))
        {
            Assert.Equal(sheet.Columns.Count, row.Count);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Exports <typeparamref name="TSheet"/> from <paramref name="from"/>, imports the rows into
    /// <paramref name="to"/> (with the earlier sheets' rows first, for the records they refer to) and returns the rows
    /// exported before and after.</summary>
    public static async Task<(List<IReadOnlyList<string?>> Before, List<IReadOnlyList<string?>> After)> RoundTripAsync<TSheet>(
        ClockedAppFactory from, ClockedAppFactory to, params Type[] earlierSheets) where TSheet : IImportSheet
    {
        var before = await ExportAsync<TSheet>(from);
        var sheets = new List<(Type, IEnumerable<IReadOnlyList<string?>>)>();
        foreach (var earlier in earlierSheets)
        {
            sheets.Add((earlier, await ExportAsync(from, earlier)));
        }
        sheets.Add((typeof(TSheet), before));
        var result = await StageAsync(to, sheets);
        Assert.Empty(result.Problems);
        Assert.Equal(before.Count, result.Created);
        return (before, await ExportAsync<TSheet>(to));
    }

    /// <summary>Saves records straight into the register (as someone other than the importer), in one save.</summary>
    public static async Task SeedAsync(ClockedAppFactory app, params Core.Records.RegisterRecord[] records)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<GovernanceDbContext>>();
        await using var db = new GovernanceDbContext(options, new SeedAuthor(), app.Clock);
        db.AddRange(records);
        await db.SaveChangesAsync();
    }

    /// <summary>The history entries of records of <paramref name="recordType"/> written by the importer.</summary>
    public static Task<List<HistoryEntry>> HistoryAsync(ClockedAppFactory app, string recordType) =>
        app.QueryAsync(db => db.History.AsNoTracking().Where(h => h.RecordType == recordType && h.UserId == Importer.UserId)
            .OrderBy(h => h.Sequence).ToListAsync());

    /// <summary>The fields one history entry changed.</summary>
    public static IReadOnlyList<string> ChangedFields(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return [.. RecordSnapshot.DeserializeChanges(entry.Changes).Select(c => c.Field).Order(StringComparer.Ordinal)];
    }

    private static async Task<List<IReadOnlyList<string?>>> ExportAsync(ClockedAppFactory app, Type sheetType)
    {
        using var scope = app.Services.CreateScope();
        await using var db = Context(scope, app, cleared: true);
        var sheet = (IImportSheet)ActivatorUtilities.CreateInstance(scope.ServiceProvider, sheetType);
        var rows = new List<IReadOnlyList<string?>>();
        await foreach (var row in sheet.ExportRowsAsync(db, CancellationToken.None))
        {
            rows.Add(row);
        }
        return rows;
    }

    private static GovernanceDbContext Context(IServiceScope scope, ClockedAppFactory app, bool cleared)
    {
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<GovernanceDbContext>>();
        return new GovernanceDbContext(options, new FixedAuthor(), app.Clock) { ShowsDoNotConfirmOrDenyRecords = cleared };
    }

    private sealed class CommandCounter : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public int Commands { get; private set; }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class SeedAuthor : IChangeAuthor
    {
        public HistoryActor Current => new("sam.seed", "Sam Seed", ["GovernanceEditor"]);
    }

    private sealed class FixedAuthor : IChangeAuthor
    {
        public HistoryActor Current => Importer;
    }
}
