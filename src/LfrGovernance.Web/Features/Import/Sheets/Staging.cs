using LfrGovernance.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>How a valid row reaches the batch's context. A row is read into a copy (of the existing record, or a
/// new record), so that a row found invalid half-way changes nothing; a valid one is then added, or its values set
/// on the existing record, which EF marks modified only where they differ: an unchanged row saves nothing and
/// writes no history.</summary>
internal static class Staging
{
    /// <summary>A detached copy of <paramref name="existing"/>'s values to read a row into, or a new record.</summary>
    public static T Draft<T>(ImportBatch batch, T? existing) where T : RegisterRecord, new()
    {
        ArgumentNullException.ThrowIfNull(batch);
        return existing is null ? new T() : (T)batch.Db.Entry(existing).CurrentValues.ToObject();
    }

    /// <summary>Adds <paramref name="draft"/> as a new record, or copies it onto <paramref name="existing"/>; counts the
    /// outcome and remembers the record under <paramref name="key"/> for later sheets. Returns the staged record.</summary>
    public static T Stage<T>(IImportSheet sheet, ImportBatch batch, string key, T? existing, T draft) where T : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(draft);
        if (existing is null)
        {
            batch.Db.Add(draft);
            batch.Count(sheet, ImportRowOutcome.Created);
            batch.Remember(key, draft);
            return draft;
        }
        var entry = batch.Db.Entry(existing);
        entry.CurrentValues.SetValues(draft);
        batch.Count(sheet, entry.State == EntityState.Modified ? ImportRowOutcome.Updated : ImportRowOutcome.Unchanged);
        batch.Remember(key, existing);
        return existing;
    }

    /// <summary>Counts a tracked record a row changed in place as Updated, or Unchanged when its values are as stored.</summary>
    public static void CountChange(IImportSheet sheet, ImportBatch batch, RegisterRecord record)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var entry = batch.Db.Entry(record);
        entry.DetectChanges();
        batch.Count(sheet, entry.State == EntityState.Modified ? ImportRowOutcome.Updated : ImportRowOutcome.Unchanged);
    }

    /// <summary>Puts back the stored values of a tracked record a rejected row had begun to change: the row changes nothing.</summary>
    public static void Discard(ImportBatch batch, RegisterRecord record)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var entry = batch.Db.Entry(record);
        entry.CurrentValues.SetValues(entry.OriginalValues);
        entry.State = EntityState.Unchanged;
    }
}
