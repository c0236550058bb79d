using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Retention;

/// <summary>Changing a retention rule, refused with who-changed-what when someone else saved it first.</summary>
public static class EditRetentionRule
{
    public sealed class Input : RetentionFields.Form
    {
        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, string CurrentName, Input Input, IReadOnlyList<Choice> Policies, string? Conflict);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved(Guid Id) : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var rule = await db.RetentionRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (rule is null)
            {
                return null;
            }
            var input = new Input { Version = rule.Version };
            input.LoadFrom(rule);
            return await PageAsync(id, RetentionFields.Kind.NameOf(rule), input, null, cancellationToken);
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var rule = await db.RetentionRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (rule is null)
            {
                return new NotFound();
            }
            if (rule.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            if (!await input.TryApplyAsync(rule, db, modelState, cancellationToken))
            {
                db.ChangeTracker.Clear();
                var current = await db.RetentionRules.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
                return new Refused(await PageAsync(id, RetentionFields.Kind.NameOf(current), input, null, cancellationToken));
            }
            db.Entry(rule).Property(r => r.Version).OriginalValue = input.Version;
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

        private async Task<Page> PageAsync(Guid id, string name, Input input, string? conflict, CancellationToken cancellationToken) =>
            new(id, name, input, await RecordChoices.PoliciesAsync(db, [input.PolicyDocumentId], cancellationToken), conflict);

        private async Task<Page> ConflictAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, RetentionFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            input.Version = conflict.LatestVersion;
            return await PageAsync(id, conflict.LatestName, input, conflict.Message, cancellationToken);
        }
    }
}
