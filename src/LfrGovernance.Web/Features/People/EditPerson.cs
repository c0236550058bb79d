using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.People;

/// <summary>Changing a person's details (ranks have their own use case, <see cref="ChangeRank"/>). The form carries
/// the version the user loaded: if someone else saved in between, nothing is saved, the user is told who changed
/// what and when, and the form (keeping what the user entered) is rebased on the latest version.</summary>
public static class EditPerson
{
    public sealed class Input : PersonFields.Form
    {
        /// <summary>The version the user's form was based on.</summary>
        public int Version { get; set; }
    }

    /// <param name="Conflict">Who saved in between, when they did (else null).</param>
    public sealed record Page(Guid Id, string CurrentName, Input Input, string? Conflict);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved(Guid Id) : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.People.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new Page(p.Id, p.Name, new Input
                {
                    Name = p.Name, CollarOrWarrantNumber = p.CollarOrWarrantNumber, AccountObjectId = p.AccountObjectId,
                    Marking = p.Marking, Version = p.Version,
                }, null))
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (person is null)
            {
                return new NotFound();
            }
            if (!modelState.IsValid)
            {
                return new Refused(new Page(id, person.Name, input, null));
            }
            if (person.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }

            input.ApplyTo(person);
            db.Entry(person).Property(p => p.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved between our read and our write: the same as finding a newer version above.
                db.ChangeTracker.Clear();
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            return new Saved(id);
        }

        private async Task<Page> ConflictAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, PersonFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            // The form is now based on the latest version: saving again replaces it, knowingly.
            input.Version = conflict.LatestVersion;
            return new Page(id, conflict.LatestName, input, conflict.Message);
        }
    }
}
