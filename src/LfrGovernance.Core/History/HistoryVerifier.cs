using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Core.History;

/// <summary>The outcome of walking the history chain.</summary>
/// <param name="Intact">True when every entry is as written and none is missing or out of place.</param>
/// <param name="Entries">How many entries were read.</param>
/// <param name="FirstBadSequence">The first entry found altered, removed or reordered (for a removal, the
/// position where the missing entry should be), or null when intact.</param>
/// <param name="Problem">What is wrong there, in words, or null when intact.</param>
public sealed record HistoryVerification(bool Intact, long Entries, long? FirstBadSequence, string? Problem)
{
    /// <summary>The one-line report shown on the page and printed by the command line.</summary>
    public string Summary => Intact
        ? $"History intact, {Entries} entries."
        : $"History NOT intact: entry {FirstBadSequence}: {Problem}";
}

/// <summary>Walks the history chain from the first entry and recomputes every hash.</summary>
public static class HistoryVerifier
{
    public static async Task<HistoryVerification> VerifyAsync(GovernanceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var expectedSequence = 1L;
        var previousHash = HistoryHash.Genesis;
        long read = 0;
        await foreach (var entry in db.History.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            read++;
            if (entry.Sequence != expectedSequence)
            {
                return entry.Sequence > expectedSequence
                    ? Broken(read, expectedSequence, $"missing: the chain jumps from entry {expectedSequence - 1} to entry {entry.Sequence}, so an entry was removed.")
                    : Broken(read, entry.Sequence, "out of place: the sequence runs backwards.");
            }
            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return Broken(read, entry.Sequence, "does not follow the entry before it: an entry was removed, replaced or moved.");
            }
            if (!string.Equals(HistoryHash.Compute(entry), entry.Hash, StringComparison.Ordinal))
            {
                return Broken(read, entry.Sequence, $"altered: its content no longer matches its hash ({entry.RecordType} {entry.RecordId}, version {entry.Version}).");
            }
            previousHash = entry.Hash;
            expectedSequence++;
        }

        var head = await db.Set<HistoryChainHead>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var lastSequence = expectedSequence - 1;
        if ((head?.LastSequence ?? 0) != lastSequence || !string.Equals(head?.LastHash ?? HistoryHash.Genesis, previousHash, StringComparison.Ordinal))
        {
            return Broken(read, lastSequence + 1, $"missing: the chain should end at entry {head?.LastSequence ?? 0} but ends at entry {lastSequence}, so entries were removed from the end or the end was rewritten.");
        }
        return new HistoryVerification(true, read, null, null);
    }

    private static HistoryVerification Broken(long read, long sequence, string problem) => new(false, read, sequence, problem);
}
