using System.Linq.Expressions;
using LfrGovernance.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>A stored record's natural reference, and what decides whether a row may change it.</summary>
internal sealed record StoredKey(Guid Id, string Key, bool Retired, bool DoNotConfirmOrDeny);

/// <summary>The register's records of one type that the rows of a sheet refer to by natural reference: found with
/// two queries for the whole sheet (the references of every record, then the records the file names, tracked), so
/// that a large file costs no query per row. Matching is case-insensitive and includes retired records and records
/// hidden from the user, as the create forms' "reference taken" checks do; a row that names such a record is
/// rejected, as those forms would refuse it. A natural reference may appear only once in a sheet.</summary>
internal sealed class ExistingRecords<T> where T : RegisterRecord
{
    private readonly ILookup<string, StoredKey> stored;
    private readonly Dictionary<Guid, T> loaded;
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    private ExistingRecords(ILookup<string, StoredKey> stored, Dictionary<Guid, T> loaded)
    {
        this.stored = stored;
        this.loaded = loaded;
    }

    /// <summary>Loads the records whose natural references are among <paramref name="fileKeys"/>.</summary>
    /// <param name="set">The record type's set (query filters are ignored here).</param>
    /// <param name="project">The columns the natural reference is made of, read in SQL.</param>
    /// <param name="key">The natural reference made from them.</param>
    public static async Task<ExistingRecords<T>> LoadAsync<TStored>(IQueryable<T> set, Expression<Func<T, TStored>> project,
        Func<TStored, StoredKey> key, IEnumerable<string?> fileKeys, CancellationToken cancellationToken,
        Func<IQueryable<T>, IQueryable<T>>? include = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(key);
        var wanted = fileKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => ImportBatch.Normalise(k!)).ToHashSet(StringComparer.Ordinal);
        var keys = (await set.IgnoreQueryFilters().AsNoTracking().Select(project).ToListAsync(cancellationToken))
            .Select(key).Where(k => wanted.Contains(ImportBatch.Normalise(k.Key))).ToList();
        var ids = keys.Select(k => k.Id).ToList();
        var query = set.IgnoreQueryFilters().Where(r => ids.Contains(r.Id));
        var records = ids.Count == 0 ? [] : await (include?.Invoke(query) ?? query).ToDictionaryAsync(r => r.Id, cancellationToken);
        return new ExistingRecords<T>(keys.ToLookup(k => ImportBatch.Normalise(k.Key), StringComparer.Ordinal), records);
    }

    /// <summary>The stored record a row's natural reference names (null for a new one), or null after rejecting the row
    /// because the reference is repeated in the file, names more than one record, or names a record the user may not
    /// see or that is retired. <paramref name="what"/> names the reference in messages ("name", "reference").</summary>
    public bool TryMatch(SheetRow cells, int column, string key, string what, string recordName, out T? record)
    {
        ArgumentNullException.ThrowIfNull(cells);
        record = null;
        var normalised = ImportBatch.Normalise(key);
        if (seen.TryGetValue(normalised, out var earlier))
        {
            cells.Reject(column, $"Row {earlier} has the same {what}: each {recordName} can appear only once");
            return false;
        }
        seen[normalised] = cells.Row.Number;
        var matches = stored[normalised].ToList();
        if (matches.Count == 0)
        {
            return true;
        }
        if (matches.Any(m => m.DoNotConfirmOrDeny) && !cells.Batch.ClearedForDoNotConfirmOrDeny)
        {
            cells.Reject(column, $"Another {recordName} already has this {what}");
            return false;
        }
        if (matches.Count > 1)
        {
            cells.Reject(column, $"More than one {recordName} in the register has this {what}: change it in the register first");
            return false;
        }
        if (matches[0].Retired)
        {
            cells.Reject(column, $"The {recordName} with this {what} is retired: reinstate it in the register before importing it");
            return false;
        }
        record = loaded[matches[0].Id];
        return true;
    }
}
