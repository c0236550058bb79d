using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LfrGovernance.Core.History;

namespace LfrGovernance.Benchmarks;

/// <summary>Target 3: verifying a chain of 1,000,000 entries takes under 30 seconds.</summary>
/// <remarks>No warm-up iteration: the check in the setup is a full verification already, so caches are warm.</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class HistoryVerificationBenchmarks
{
    public const int Records = 100_000;
    public const int Versions = 10;

    private BenchmarkDatabase database = null!;

    [GlobalSetup]
    public void Setup()
    {
        database = BenchmarkDatabase.Create();
        var written = HistoryChainWriter.Write(database, Records, Versions, new DateTime(2025, 1, 6, 8, 0, 0, DateTimeKind.Utc));
        database.Checkpoint();
        var result = VerifyChain().GetAwaiter().GetResult();
        if (!result.Intact || result.Entries != written || written != (long)Records * Versions)
        {
            throw new InvalidOperationException($"The seeded chain of {written} entries does not verify: {result.Summary}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark]
    public async Task<HistoryVerification> VerifyChain()
    {
        await using var db = database.Context(TimeProvider.System);
        return await HistoryVerifier.VerifyAsync(db);
    }
}
