using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.PolicyDocuments;

/// <summary>Adding a policy document to the register (version 1 in its history).</summary>
public static class CreatePolicy
{
    public sealed class Input : PolicyFields.Form;

    public sealed record Page(Input Input, IReadOnlyList<Choice> Owners);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> PageAsync(Input input, CancellationToken cancellationToken) =>
            new(input, await RecordChoices.PeopleAsync(db, [input.OwnerId], cancellationToken));

        /// <summary>Saves the policy and returns its id, or returns null with the problems in <paramref name="modelState"/>.</summary>
        public async Task<Guid?> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            var policy = new PolicyDocument();
            if (!await input.TryApplyAsync(policy, db, modelState, cancellationToken))
            {
                return null;
            }
            db.Policies.Add(policy);
            await db.SaveChangesAsync(cancellationToken);
            return policy.Id;
        }
    }
}
