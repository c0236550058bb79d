using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.PolicyDocuments;

/// <summary>Changing a policy document. The form carries the version the user loaded: if someone else saved in
/// between, nothing is saved, the user is told who changed what and when, and the form is rebased on the latest
/// version, so that saving again overwrites deliberately.</summary>
public static class EditPolicy
{
    public sealed class Input : PolicyFields.Form
    {
        /// <summary>The version the user's form was based on.</summary>
        public int Version { get; set; }
    }

    /// <param name="Conflict">Who saved in between, when they did (else null).</param>
    public sealed record Page(Guid Id, string CurrentTitle, Input Input, IReadOnlyList<Choice> Owners, string? Conflict);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved(Guid Id) : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (policy is null)
            {
                return null;
            }
            var input = new Input { Version = policy.Version };
            input.LoadFrom(policy);
            return await PageAsync(id, policy.Title, input, null, cancellationToken);
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var policy = await db.Policies.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (policy is null)
            {
                return new NotFound();
            }
            if (policy.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            if (!modelState.IsValid | !await input.TryApplyAsync(policy, db, modelState, cancellationToken))
            {
                return new Refused(await PageAsync(id, policy.Title, input, null, cancellationToken));
            }
            db.Entry(policy).Property(p => p.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            return new Saved(id);
        }

        private async Task<Page> PageAsync(Guid id, string title, Input input, string? conflict, CancellationToken cancellationToken) =>
            new(id, title, input, await RecordChoices.PeopleAsync(db, [input.OwnerId], cancellationToken), conflict);

        private async Task<Page> ConflictAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, PolicyFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            // The form is now based on the latest version: saving again replaces it, knowingly.
            input.Version = conflict.LatestVersion;
            return await PageAsync(id, conflict.LatestName, input, conflict.Message, cancellationToken);
        }
    }
}
