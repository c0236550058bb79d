using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Core.History;

/// <summary>The register as it stood at an instant, rebuilt from the history.</summary>
public static class RegisterAsOf
{
    /// <summary>The record as it stood at <paramref name="instantUtc"/>: null if it did not exist yet; retired if it
    /// had been retired by then.</summary>
    public static async Task<T?> RecordAsync<T>(GovernanceDbContext db, Guid id, DateTime instantUtc, CancellationToken cancellationToken = default)
        where T : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(db);
        var type = typeof(T).Name;
        var snapshot = await db.History.AsNoTracking()
            .Where(e => e.RecordType == type && e.RecordId == id && e.OccurredAt <= instantUtc)
            .OrderByDescending(e => e.Version)
            .Select(e => e.Snapshot)
            .FirstOrDefaultAsync(cancellationToken);
        if (snapshot is null)
        {
            return null;
        }
        var record = Restore<T>(db, snapshot);
        if (!db.ShowsDoNotConfirmOrDenyRecords
            && (record.DoNotConfirmOrDeny || await db.Set<T>().IgnoreQueryFilters().AnyAsync(r => r.Id == id && r.DoNotConfirmOrDeny, cancellationToken)))
        {
            return null;
        }
        return record;
    }

    /// <summary>Every record of type <typeparamref name="T"/> that existed at <paramref name="instantUtc"/>, as it stood
    /// then (retired ones included, marked retired).</summary>
    public static async Task<IReadOnlyList<T>> AllAsync<T>(GovernanceDbContext db, DateTime instantUtc, CancellationToken cancellationToken = default)
        where T : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(db);
        var type = typeof(T).Name;
        // The latest version of each record by then is its entry with the highest sequence: versions of a record
        // are appended in order. (Grouping by sequence keeps this one pass over the index; a correlated
        // "max version" subquery made SQLite re-read the history for every entry.)
        var latest = db.History
            .Where(e => e.RecordType == type && e.OccurredAt <= instantUtc)
            .GroupBy(e => e.RecordId)
            .Select(g => g.Max(e => e.Sequence));
        var snapshots = await db.History.AsNoTracking()
            .Where(e => latest.Contains(e.Sequence))
            .Select(e => e.Snapshot)
            .ToListAsync(cancellationToken);
        var records = snapshots.Select(snapshot => Restore<T>(db, snapshot));
        if (!db.ShowsDoNotConfirmOrDenyRecords)
        {
            // Hidden if flagged then or flagged since: a flag set later still protects the record's past.
            var flaggedNow = (await db.Set<T>().IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.DoNotConfirmOrDeny).Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
            records = records.Where(r => !r.DoNotConfirmOrDeny && !flaggedNow.Contains(r.Id));
        }
        return records.ToList();
    }

    private static T Restore<T>(GovernanceDbContext db, string snapshot) where T : RegisterRecord =>
        (T)RecordSnapshot.Restore(db.Model.FindEntityType(typeof(T))!, snapshot);
}
