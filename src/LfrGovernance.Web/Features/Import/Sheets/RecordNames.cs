using System.Linq.Expressions;
using LfrGovernance.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>A record another record names, as a sheet refers to it: its id, its name (the natural reference), whether
/// it is retired, and another name it may be given by (a person's collar or warrant number).</summary>
internal sealed record NamedRecord(Guid Id, string Name, bool Retired, string? Alias = null);

/// <summary>The records of one type a sheet's rows may refer to by name (an organisation, a person, a system...): first
/// among those an earlier sheet of the same file brings in, then among the register's records the user may see (read
/// once for the whole sheet). As the forms offer them: current records, or the one the record already names even if
/// retired since.</summary>
internal sealed class RecordNames<T> where T : RegisterRecord
{
    private readonly ILookup<string, NamedRecord> byName;
    private readonly Dictionary<Guid, string> names;
    private readonly string recordName;
    private readonly string sheetName;
    private readonly bool hasAliases;

    private RecordNames(IReadOnlyList<NamedRecord> records, string recordName, string sheetName)
    {
        byName = records.SelectMany(r => (IEnumerable<(string Key, NamedRecord Record)>)(string.IsNullOrWhiteSpace(r.Alias)
                ? [(r.Name, r)]
                : [(r.Name, r), (r.Alias, r)]))
            .ToLookup(k => ImportBatch.Normalise(k.Key), k => k.Record, StringComparer.Ordinal);
        hasAliases = records.Any(r => !string.IsNullOrWhiteSpace(r.Alias));
        names = records.ToDictionary(r => r.Id, r => r.Name);
        this.recordName = recordName;
        this.sheetName = sheetName;
    }

    /// <param name="visible">The set through the context's filters, so that records hidden from the user are not found.</param>
    /// <param name="recordName">"organisation"</param>
    /// <param name="sheetName">The sheet that brings such records in, "Organisations".</param>
    public static async Task<RecordNames<T>> LoadAsync(IQueryable<T> visible, Expression<Func<T, NamedRecord>> project, string recordName, string sheetName,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visible);
        return new(await visible.AsNoTracking().Select(project).ToListAsync(cancellationToken), recordName, sheetName);
    }

    /// <summary>The name of a record the user may see, for exports (null when it is not one).</summary>
    public string? NameOf(Guid? id) => id is { } known && names.TryGetValue(known, out var name) ? name : null;

    /// <summary>The id of the record named in <paramref name="column"/> (null for an empty cell, unless the record names one
    /// hidden from the user), or null after reporting the problem. <paramref name="current"/> is the id the record names now, which an edit may keep
    /// even if retired.</summary>
    public Guid? Find(SheetRow cells, int column, Guid? current, out bool found)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Find(cells, column, cells.Text(column), current, out found);
    }

    /// <summary>The same, for a name made from more than one cell (problems are reported against <paramref name="column"/>).</summary>
    public Guid? Find(SheetRow cells, int column, string? name, Guid? current, out bool found)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var problem = TryFind(cells.Batch, cells.Header(column), name, current, out var id);
        found = problem is null;
        if (problem is not null)
        {
            cells.Reject(column, problem);
        }
        return id;
    }

    /// <summary>Finds the record <paramref name="name"/> gives in the column <paramref name="header"/>: returns the
    /// problem to report (and a null id), or null with the id (null for an empty cell, unless the record names one
    /// hidden from the user). <paramref name="current"/> is the id the record names now.</summary>
    public string? TryFind(ImportBatch batch, string header, string? name, Guid? current, out Guid? id)
    {
        ArgumentNullException.ThrowIfNull(batch);
        id = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            // A record hidden from the user is written blank in their export: their blank cell keeps it, as it keeps
            // the "do not confirm or deny" flag they cannot see.
            id = current is { } kept && !names.ContainsKey(kept) && !batch.ClearedForDoNotConfirmOrDeny ? kept : null;
            return null;
        }
        name = name.Trim();
        if (batch.Find<T>(name) is { } staged)
        {
            id = staged.Id;
            return null;
        }
        var matches = byName[ImportBatch.Normalise(name)].Distinct().ToList();
        var live = matches.Where(m => !m.Retired || m.Id == current).ToList();
        switch (live.Count)
        {
            case 1:
                id = live[0].Id;
                return null;
            case > 1:
                return $"More than one {recordName} in the register is called \u201c{name}\u201d: "
                    + (hasAliases ? "give the collar or warrant number instead" : "give one of them another name first");
            default:
                return matches.Count > 0
                    ? $"The {recordName} \u201c{name}\u201d is retired: choose a current one or reinstate it"
                    : $"{header} must name {Article(recordName)} {recordName} in the register or on the {sheetName} sheet: there is none called \u201c{name}\u201d";
        }
    }

    private static string Article(string noun) => "aeiou".Contains(char.ToLowerInvariant(noun[0]), StringComparison.Ordinal) ? "an" : "a";
}
