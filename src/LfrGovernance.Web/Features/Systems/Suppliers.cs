using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>The check on a system's supplier (the organisations offered come from <c>RecordChoices</c>).</summary>
public static class Suppliers
{
    /// <summary>True when no supplier is chosen or the chosen one is an organisation the user may see.</summary>
    public static async Task<bool> IsKnownAsync(GovernanceDbContext db, Guid? chosen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return chosen is not { } id || await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken);
    }
}
