using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LfrGovernance.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Benchmarks;

/// <summary>Target 1: a save with history costs at most twice a plain save of the same change.</summary>
/// <remarks>Each operation is one unit of work as a web request does it: a new context, the change, one save.
/// The record is attached rather than loaded, so that the measurement is the save and not the query. Both sides
/// write the same row (the plain side bumps <c>Version</c> itself, as the interceptor does).</remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 30)]
public class HistorySaveBenchmarks
{
    private BenchmarkDatabase database = null!;
    private DbContextOptions<PlainOrganisationContext> plainOptions = null!;
    private Organisation savedWithHistory = null!;
    private Organisation savedWithoutHistory = null!;
    private int counter;

    [GlobalSetup]
    public void Setup()
    {
        database = BenchmarkDatabase.Create();
        plainOptions = PlainOrganisationContext.OptionsFor(database.ConnectionString);
        savedWithHistory = NewOrganisation();
        savedWithoutHistory = NewOrganisation();
        using (var db = database.Context(TimeProvider.System))
        {
            db.Organisations.AddRange(savedWithHistory, savedWithoutHistory);
            db.SaveChanges();
            db.ChangeTracker.Clear();
        }

        // Check that each side does what it claims: one history entry per save with history, none without.
        var before = HistoryCount();
        UpdateWithHistory().GetAwaiter().GetResult();
        CreateWithHistory().GetAwaiter().GetResult();
        ExpectHistoryCount(before + 2);
        UpdateWithoutHistory().GetAwaiter().GetResult();
        CreateWithoutHistory().GetAwaiter().GetResult();
        ExpectHistoryCount(before + 2);
        database.Checkpoint();
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("Update one record")]
    public async Task UpdateWithoutHistory()
    {
        await using var db = new PlainOrganisationContext(plainOptions);
        db.Organisations.Attach(savedWithoutHistory);
        savedWithoutHistory.Name = NextName();
        savedWithoutHistory.Version++;
        await db.SaveChangesAsync();
    }

    [Benchmark, BenchmarkCategory("Update one record")]
    public async Task UpdateWithHistory()
    {
        await using var db = database.Context(TimeProvider.System);
        db.Organisations.Attach(savedWithHistory);
        savedWithHistory.Name = NextName();
        await db.SaveChangesAsync();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Create one record")]
    public async Task CreateWithoutHistory()
    {
        await using var db = new PlainOrganisationContext(plainOptions);
        var organisation = NewOrganisation();
        organisation.Version = 1;
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
    }

    [Benchmark, BenchmarkCategory("Create one record")]
    public async Task CreateWithHistory()
    {
        await using var db = database.Context(TimeProvider.System);
        db.Organisations.Add(NewOrganisation());
        await db.SaveChangesAsync();
    }

    private Organisation NewOrganisation() => new()
    {
        Name = NextName(),
        Kind = OrganisationKind.Retailer,
        Contact = "Head of security, security@example.org, 01632 960000",
        Notes = "Hosts a watchlist deployment at its flagship store; data sharing agreement signed.",
        ForceId = BenchmarkDatabase.ForceId, // both sides name the force, so neither pays for looking up the default
    };

    private string NextName() => $"Partner organisation {++counter:D8}";

    private long HistoryCount() => long.Parse(database.Scalar("SELECT COUNT(*) FROM History;")!, System.Globalization.CultureInfo.InvariantCulture);

    private void ExpectHistoryCount(long expected)
    {
        var actual = HistoryCount();
        if (actual != expected)
        {
            throw new InvalidOperationException($"Expected {expected} history entries, found {actual}.");
        }
    }
}
