using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Forces;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>Retiring a force: it leaves the default list but stays in the register and its history. A reason is
/// required, and the default force cannot be retired (new records would have no force to belong to). Like
/// editing, it is refused if someone else saved after the user opened the page.</summary>
public static class RetireForce
{
    public const string DefaultCannotRetire = "The default force cannot be retired. Make another force the default first";

    public sealed class Input
    {
        [Required(ErrorMessage = "Enter why you are retiring this force")]
        [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, string Name, bool AlreadyRetired, bool IsDefault, Input Input, string? Conflict);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Forces.AsNoTracking().Where(f => f.Id == id)
                .Select(f => new Page(f.Id, f.Name, f.RetiredAt != null, f.IsDefault, new Input { Version = f.Version }, null))
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Retires the force and returns null, or returns the page to show again; throws
        /// <see cref="KeyNotFoundException"/> for an unknown id.</summary>
        public async Task<Page?> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var force = await db.Forces.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            if (force.Version != input.Version)
            {
                return await ConflictAsync(force, input, modelState, cancellationToken);
            }
            if (force.IsDefault)
            {
                modelState.AddModelError("Input.Reason", DefaultCannotRetire);
                return new Page(id, force.Name, force.IsRetired, true, input, null);
            }
            if (!modelState.IsValid)
            {
                return new Page(id, force.Name, force.IsRetired, false, input, null);
            }
            try
            {
                force.Retire(input.Reason!, db.Clock.GetUtcNow().UtcDateTime);
            }
            catch (DomainRuleException ex)
            {
                modelState.AddModelError("Input.Reason", ex.Message);
                return new Page(id, force.Name, force.IsRetired, false, input, null);
            }
            db.ChangeReason = input.Reason;
            db.Entry(force).Property(f => f.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var latest = await db.Forces.AsNoTracking().SingleAsync(f => f.Id == id, cancellationToken);
                return await ConflictAsync(latest, input, modelState, cancellationToken);
            }
            finally
            {
                db.ChangeReason = null;
            }
            return null;
        }

        private async Task<Page> ConflictAsync(Force latest, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var since = await RecordHistory.SinceAsync(db, ForceFields.RecordType, latest.Id, input.Version, ForceFields.Instance, cancellationToken);
            foreach (var line in RecordConflicts.Summarise(since))
            {
                modelState.AddModelError(string.Empty, line.Message(null));
            }
            input.Version = latest.Version;
            var conflict = since.Count > 0
                ? $"{RecordConflicts.Names(since)} saved changes to this force at {UkTime.Format(since[^1].OccurredAtUtc)} ({UkTime.ZoneName}), after you opened this page. It has not been retired. Check their changes, then retire it again if you still need to."
                : "Someone else saved changes to this force after you opened this page. It has not been retired.";
            return new Page(latest.Id, latest.Name, latest.IsRetired, latest.IsDefault, input, conflict);
        }
    }
}
