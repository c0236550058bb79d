using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Retention;

/// <summary>Adding a retention rule for a category of data.</summary>
public static class CreateRetentionRule
{
    public sealed class Input : RetentionFields.Form;

    public sealed record Page(Input Input, IReadOnlyList<Choice> Policies);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> PageAsync(Input input, CancellationToken cancellationToken) =>
            new(input, await RecordChoices.PoliciesAsync(db, [input.PolicyDocumentId], cancellationToken));

        public async Task<Guid?> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            var rule = new RetentionRule();
            if (!await input.TryApplyAsync(rule, db, modelState, cancellationToken))
            {
                return null;
            }
            db.RetentionRules.Add(rule);
            await db.SaveChangesAsync(cancellationToken);
            return rule.Id;
        }
    }
}
