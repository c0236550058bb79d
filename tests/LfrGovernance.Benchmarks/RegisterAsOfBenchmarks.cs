using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace LfrGovernance.Benchmarks;

/// <summary>Target 2: rebuilding 10,000 records with 10 versions each as at a past instant takes under a second.</summary>
/// <remarks>The number of records is 10,000 unless the environment variable LFR_BENCHMARK_ASOF_RECORDS lists
/// others (e.g. "1000,2000"), to see how the cost grows with the size of the register.</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RegisterAsOfBenchmarks
{
    public const int Versions = 10;
    private const int BatchSize = 1_000;

    private static readonly DateTime Start = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Half way between the fifth round of changes and the sixth, so every record resolves to version 5.</summary>
    private static readonly DateTime Instant = Start.AddHours(4.5);

    private BenchmarkDatabase database = null!;

    [ParamsSource(nameof(RecordCounts))]
    public int Records { get; set; }

    public static IEnumerable<int> RecordCounts() =>
        Environment.GetEnvironmentVariable("LFR_BENCHMARK_ASOF_RECORDS") is { Length: > 0 } counts
            ? counts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture))
            : [10_000];

    /// <summary>Seeds through the real context and interceptor: one round of saves per version, an hour apart,
    /// each round in batches of 1,000 records a second apart.</summary>
    [GlobalSetup]
    public void Setup()
    {
        database = BenchmarkDatabase.Create();
        var clock = new FakeTimeProvider(Start);
        var ids = new List<Guid>(Records);
        for (var batch = 0; batch < (Records + BatchSize - 1) / BatchSize; batch++)
        {
            using var db = database.Context(clock);
            for (var number = batch * BatchSize; number < Math.Min(Records, (batch + 1) * BatchSize); number++)
            {
                var organisation = new Organisation
                {
                    Name = $"Organisation {number:D5}, version 1",
                    Kind = (OrganisationKind)(number % Enum.GetValues<OrganisationKind>().Length),
                    Contact = $"Data protection lead, dpo{number}@example.org",
                    Notes = "Partner in a live facial recognition deployment; data sharing agreement on file.",
                };
                ids.Add(organisation.Id);
                db.Organisations.Add(organisation);
            }
            db.SaveChanges();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        for (var version = 2; version <= Versions; version++)
        {
            clock.SetUtcNow(Start.AddHours(version - 1));
            foreach (var chunk in ids.Chunk(BatchSize))
            {
                using var db = database.Context(clock);
                foreach (var organisation in db.Organisations.Where(o => chunk.Contains(o.Id)).ToList())
                {
                    organisation.Name = $"{organisation.Name[..^1]}{version}";
                    if (version % 3 == 0)
                    {
                        organisation.Notes = $"Reviewed in round {version}: agreement still in force.";
                    }
                }
                db.SaveChanges();
                clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        var entries = long.Parse(database.Scalar("SELECT COUNT(*) FROM History;")!, System.Globalization.CultureInfo.InvariantCulture);
        if (entries != (long)Records * Versions)
        {
            throw new InvalidOperationException($"Expected {Records * Versions} history entries, found {entries}.");
        }
        database.Checkpoint();

        var asOf = AllAsOfMiddleInstant().GetAwaiter().GetResult();
        if (asOf.Count != Records || asOf.Any(o => o.Version != 5 || !o.Name.EndsWith("version 5", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Expected {Records} records at version 5, got {asOf.Count} with versions {string.Join(',', asOf.Select(o => o.Version).Distinct())}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark]
    public async Task<IReadOnlyList<Organisation>> AllAsOfMiddleInstant()
    {
        await using var db = database.Context(TimeProvider.System);
        return await RegisterAsOf.AllAsync<Organisation>(db, Instant);
    }
}
