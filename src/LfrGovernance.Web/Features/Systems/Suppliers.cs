using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>The organisations a system's supplier is chosen from: the current ones, and the one already chosen
/// even if it has been retired since, so that editing does not lose it.</summary>
public static class Suppliers
{
    public sealed record Choice(Guid Id, string Name);

    public static async Task<IReadOnlyList<Choice>> ListAsync(GovernanceDbContext db, Guid? chosen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Organisations.AsNoTracking()
            .Where(o => o.RetiredAt == null || o.Id == chosen)
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>True when no supplier is chosen or the chosen one is an organisation the user may see.</summary>
    public static async Task<bool> IsKnownAsync(GovernanceDbContext db, Guid? chosen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return chosen is not { } id || await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken);
    }
}
