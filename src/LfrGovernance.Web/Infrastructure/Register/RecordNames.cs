using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>The names people know records by (a person's name, a system's name, a deployment's reference), for
/// history and conflict messages that would otherwise show a record's id. Records the user may not see are not named.</summary>
public static class RecordNames
{
    /// <summary>The names of the records among <paramref name="ids"/>; ids of no record (or of records hidden from
    /// the user) are left out.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> FindAsync(GovernanceDbContext db, IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var names = new Dictionary<Guid, string>();
        if (ids.Count == 0)
        {
            return names;
        }
        void Add(IEnumerable<(Guid Id, string Name)> found)
        {
            foreach (var (id, name) in found)
            {
                names[id] = name;
            }
        }
        Add((await db.People.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Name)));
        Add((await db.Organisations.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Name)));
        Add((await db.Systems.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Name)));
        Add((await db.Policies.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Title, r.DocumentVersion }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, $"{r.Title} (version {r.DocumentVersion})")));
        Add((await db.Assessments.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Reference, r.DocumentVersion }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, $"{r.Reference} version {r.DocumentVersion}")));
        Add((await db.Deployments.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Reference }).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Reference)));
        Add((await db.Collaborations.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Reference }).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Reference)));
        Add((await db.Forces.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Name)));
        return names;
    }
}
