using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Forms;

/// <summary>The records a form lets the user choose from: the current ones by name, and those the record already
/// names (<c>keep</c>) even if retired since, so that an edit does not lose them. Records the user may not see are left
/// out by the context's query filters.</summary>
public static class RecordChoices
{
    /// <summary>The people to choose from.</summary>
    public static async Task<IReadOnlyList<Choice>> PeopleAsync(GovernanceDbContext db, IEnumerable<Guid?> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kept = Kept(keep);
        return await db.People.AsNoTracking().Where(p => p.RetiredAt == null || kept.Contains(p.Id))
            .OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The organisations to choose from.</summary>
    public static async Task<IReadOnlyList<Choice>> OrganisationsAsync(GovernanceDbContext db, IEnumerable<Guid?> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kept = Kept(keep);
        return await db.Organisations.AsNoTracking().Where(o => o.RetiredAt == null || kept.Contains(o.Id))
            .OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The facial recognition systems to choose from.</summary>
    public static async Task<IReadOnlyList<Choice>> SystemsAsync(GovernanceDbContext db, IEnumerable<Guid?> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kept = Kept(keep);
        return await db.Systems.AsNoTracking().Where(s => s.RetiredAt == null || kept.Contains(s.Id))
            .OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The policies to choose from, each named with its version ("Title (version 1.0)").</summary>
    public static async Task<IReadOnlyList<Choice>> PoliciesAsync(GovernanceDbContext db, IEnumerable<Guid?> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kept = Kept(keep);
        var policies = await db.Policies.AsNoTracking().Where(p => p.RetiredAt == null || kept.Contains(p.Id))
            .OrderBy(p => p.Title).Select(p => new { p.Id, p.Title, p.DocumentVersion }).ToListAsync(cancellationToken);
        return policies.Select(p => new Choice(p.Id, $"{p.Title} (version {p.DocumentVersion})")).ToList();
    }

    private static List<Guid> Kept(IEnumerable<Guid?> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        return keep.Where(k => k is not null).Select(k => k!.Value).Distinct().ToList();
    }
}
