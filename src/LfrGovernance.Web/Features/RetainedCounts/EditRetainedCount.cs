using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.RetainedCounts;

/// <summary>Changing a retained-image count, refused with who-changed-what when someone else saved it first.</summary>
public static class EditRetainedCount
{
    public sealed class Input : RetainedCountFields.Form
    {
        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, string CurrentName, Input Input, string? Conflict);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved(Guid Id) : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var count = await db.RetainedImageCounts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (count is null)
            {
                return null;
            }
            var input = new Input { Version = count.Version };
            input.LoadFrom(count);
            return new Page(id, RetainedCountFields.Kind.NameOf(count), input, null);
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var count = await db.RetainedImageCounts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (count is null)
            {
                return new NotFound();
            }
            if (count.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            var name = RetainedCountFields.Kind.NameOf(count);
            if (!input.TryApply(count, db, modelState))
            {
                db.ChangeTracker.Clear();
                return new Refused(new Page(id, name, input, null));
            }
            db.Entry(count).Property(c => c.Version).OriginalValue = input.Version;
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

        private async Task<Page> ConflictAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, RetainedCountFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            input.Version = conflict.LatestVersion;
            return new Page(id, conflict.LatestName, input, conflict.Message);
        }
    }
}
