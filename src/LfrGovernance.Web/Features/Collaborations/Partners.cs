using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>The organisations a collaboration's partner is chosen from: the current ones, and the one already
/// chosen even if retired since.</summary>
public static class Partners
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

    /// <summary>Adds an error when the chosen organisation is not one the user may see.</summary>
    public static async Task CheckAsync(GovernanceDbContext db, Guid? chosen, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(modelState);
        if (chosen is { } id && !await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            modelState.AddModelError("Input.OrganisationId", "Select an organisation from the list");
        }
    }
}
