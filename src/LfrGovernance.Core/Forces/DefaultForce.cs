using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Core.Forces;

/// <summary>The force a copy of the register is run by.</summary>
public static class DefaultForce
{
    /// <summary>Creates the default force if the register has none yet (through the context, so its creation is in
    /// the history). Returns its id.</summary>
    public static async Task<Guid> EnsureAsync(GovernanceDbContext db, string name, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.Forces.Where(f => f.IsDefault).Select(f => (Guid?)f.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }
        var force = new Force { Name = name, Code = code, IsDefault = true };
        db.Forces.Add(force);
        db.ChangeReason = "The register's default force, created when the register was first started.";
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeReason = null;
        return force.Id;
    }
}
