using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>The records of one type that a row may name in a cell (a system, a person), found by name (or a
/// person's collar or warrant number): first among the records an earlier sheet of the same file brings in, then
/// in the register, current records before retired ones. Loaded once per sheet, never per row.</summary>
public sealed class NamedRecords<T> where T : RegisterRecord
{
    private readonly Dictionary<string, List<Named>> byName;
    private readonly Dictionary<Guid, string> names;
    private readonly string what;

    private sealed record Named(Guid Id, string Name, bool Retired);

    internal NamedRecords(IReadOnlyList<(Guid Id, string Name, string? Number, bool Retired)> records, string what)
    {
        this.what = what;
        byName = new(StringComparer.Ordinal);
        names = [];
        foreach (var (id, name, number, retired) in records)
        {
            Add(ImportBatch.Normalise(name), new Named(id, name, retired));
            if (!string.IsNullOrWhiteSpace(number))
            {
                Add(ImportBatch.Normalise(number), new Named(id, name, retired));
            }
            names[id] = name;
        }
    }

    private void Add(string key, Named named)
    {
        if (!byName.TryGetValue(key, out var list))
        {
            byName[key] = list = [];
        }
        list.Add(named);
    }

    /// <summary>The name an export writes for <paramref name="id"/>.</summary>
    public string? NameOf(Guid? id) => id is { } key && names.TryGetValue(key, out var name) ? name : null;

    /// <summary>Finds the record <paramref name="text"/> names; returns the problem (without the column's name) when
    /// there is none or more than one.</summary>
    public string? TryFind(ImportBatch batch, string text, out Guid id)
    {
        ArgumentNullException.ThrowIfNull(batch);
        id = Guid.Empty;
        if (batch.Find<T>(text) is { } staged)
        {
            id = staged.Id;
            return null;
        }
        if (!byName.TryGetValue(ImportBatch.Normalise(text), out var found))
        {
            return $"names no {what} in the register or in this file: \u201c{text.Trim()}\u201d";
        }
        var current = found.Where(f => !f.Retired).Select(f => f.Id).Distinct().ToList();
        var candidates = current.Count > 0 ? current : [.. found.Select(f => f.Id).Distinct()];
        if (candidates.Count > 1)
        {
            return $"names {candidates.Count} records called \u201c{text.Trim()}\u201d: give a name only one {what} has"
                + (typeof(T) == typeof(Person) ? ", or the collar or warrant number" : string.Empty);
        }
        id = candidates[0];
        return null;
    }
}

/// <summary>Loads the records rows may name.</summary>
public static class NamedRecords
{
    /// <summary>The systems the user may see.</summary>
    public static async Task<NamedRecords<FacialRecognitionSystem>> SystemsAsync(GovernanceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var systems = await db.Systems.AsNoTracking().Select(s => new { s.Id, s.Name, s.RetiredAt }).ToListAsync(cancellationToken);
        return new NamedRecords<FacialRecognitionSystem>([.. systems.Select(s => (s.Id, s.Name, (string?)null, s.RetiredAt != null))], "system");
    }

    /// <summary>The people the user may see, by name or collar or warrant number.</summary>
    public static async Task<NamedRecords<Person>> PeopleAsync(GovernanceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.Name, p.CollarOrWarrantNumber, p.RetiredAt }).ToListAsync(cancellationToken);
        return new NamedRecords<Person>([.. people.Select(p => (p.Id, p.Name, p.CollarOrWarrantNumber, p.RetiredAt != null))], "person");
    }
}
