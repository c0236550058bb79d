using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.People;

/// <summary>Retiring a person (they have left, or were entered in error): they leave the default list but stay in
/// the register, with their ranks and history. A reason is required. Refused if someone else saved after the user
/// opened the page.</summary>
public static class RetirePerson
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter why you are retiring this person")]
        [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, string Name, bool AlreadyRetired, Input Input, string? Conflict);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.People.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new Page(p.Id, p.Name, p.RetiredAt != null, new Input { Version = p.Version }, null))
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Retires the person and returns null, or returns the page to show again; throws
        /// <see cref="KeyNotFoundException"/> for an unknown id.</summary>
        public async Task<Page?> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            if (person.Version != input.Version)
            {
                return await ConflictAsync(person, input, modelState, cancellationToken);
            }
            if (!modelState.IsValid)
            {
                return new Page(id, person.Name, person.IsRetired, input, null);
            }
            try
            {
                person.Retire(input.Reason!, db.Clock.GetUtcNow().UtcDateTime);
            }
            catch (DomainRuleException ex)
            {
                modelState.AddModelError("Input.Reason", ex.Message);
                return new Page(id, person.Name, person.IsRetired, input, null);
            }
            db.ChangeReason = input.Reason;
            db.Entry(person).Property(p => p.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var latest = await db.People.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
                return await ConflictAsync(latest, input, modelState, cancellationToken);
            }
            return null;
        }

        private async Task<Page> ConflictAsync(Person latest, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var since = await RecordHistory.SinceAsync(db, PersonFields.RecordType, latest.Id, input.Version, PersonFields.Instance, cancellationToken);
            foreach (var line in RecordConflicts.Summarise(since))
            {
                modelState.AddModelError(string.Empty, line.Message(null));
            }
            input.Version = latest.Version;
            var conflict = since.Count > 0
                ? $"{RecordConflicts.Names(since)} saved changes to this person at {UkTime.Format(since[^1].OccurredAtUtc)} ({UkTime.ZoneName}), after you opened this page. They have not been retired. Check their changes, then retire this person again if you still need to."
                : "Someone else saved changes to this person after you opened this page. They have not been retired.";
            return new Page(latest.Id, latest.Name, latest.IsRetired, input, conflict);
        }
    }
}
