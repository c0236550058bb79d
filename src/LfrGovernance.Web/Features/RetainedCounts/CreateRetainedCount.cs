using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.RetainedCounts;

/// <summary>Recording how many images of a category were held on a date.</summary>
public static class CreateRetainedCount
{
    public sealed class Input : RetainedCountFields.Form;

    public sealed record Page(Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Guid?> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            var count = new RetainedImageCount();
            if (!input.TryApply(count, db, modelState))
            {
                return null;
            }
            db.RetainedImageCounts.Add(count);
            await db.SaveChangesAsync(cancellationToken);
            return count.Id;
        }
    }
}
