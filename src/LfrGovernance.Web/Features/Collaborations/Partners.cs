using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>The check on a collaboration's partner (the organisations offered come from <c>RecordChoices</c>).</summary>
public static class Partners
{
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
