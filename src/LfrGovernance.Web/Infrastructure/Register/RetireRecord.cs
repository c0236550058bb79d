using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>Retiring a record of any type: it leaves the default list but stays in the register with its history.
/// A reason is required, and the record type's own rule may forbid it. Like editing, it is refused if someone else
/// saved after the user opened the page, and the user is told who changed what.</summary>
public static class RetireRecord
{
    public const int ReasonLength = 2000;

    /// <summary>The field errors about the reason are shown beside.</summary>
    public const string ReasonKey = "Input.Reason";

    public sealed class Input
    {
        // Required is checked by the handler: its message names the record type, which an attribute cannot.
        [StringLength(ReasonLength, ErrorMessage = "The reason must be 2,000 characters or fewer")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    /// <param name="Refusal">Why the record type's rule forbids retiring it (else null).</param>
    /// <param name="Conflict">Who saved in between, when they did (else null).</param>
    public sealed record Page(RecordKind Kind, Guid Id, string Name, bool AlreadyRetired, string? Refusal, Input Input, string? Conflict);
}

/// <summary>The handler of <see cref="RetireRecord"/> for one record type.</summary>
public static class RetireRecord<TRecord> where TRecord : RegisterRecord
{
    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<RetireRecord.Page?> LoadAsync(RecordKind<TRecord> kind, Guid id, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(kind);
            var record = await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            return record is null ? null : PageFor(kind, record, new RetireRecord.Input { Version = record.Version }, null);
        }

        /// <summary>Retires the record and returns null, or returns the page to show again; throws
        /// <see cref="KeyNotFoundException"/> for an unknown id.</summary>
        public async Task<RetireRecord.Page?> HandleAsync(RecordKind<TRecord> kind, Guid id, RetireRecord.Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(kind);
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var record = await db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            if (record.Version != input.Version)
            {
                return await ConflictAsync(kind, record, input, modelState, cancellationToken);
            }
            if (kind.RetireRule?.Invoke(record) is { } refusal)
            {
                modelState.AddModelError(RetireRecord.ReasonKey, refusal);
                return PageFor(kind, record, input, null);
            }
            if (string.IsNullOrWhiteSpace(input.Reason))
            {
                modelState.AddModelError(RetireRecord.ReasonKey, $"Enter why you are retiring this {kind.Singular}");
            }
            if (!modelState.IsValid)
            {
                return PageFor(kind, record, input, null);
            }
            try
            {
                record.Retire(input.Reason!, db.Clock.GetUtcNow().UtcDateTime);
            }
            catch (DomainRuleException ex)
            {
                modelState.AddModelError(RetireRecord.ReasonKey, ex.Message);
                return PageFor(kind, record, input, null);
            }
            db.ChangeReason = input.Reason;
            db.Entry(record).Property(r => r.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved between our read and our write: the same as finding a newer version above.
                db.ChangeTracker.Clear();
                var latest = await db.Set<TRecord>().AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
                return await ConflictAsync(kind, latest, input, modelState, cancellationToken);
            }
            finally
            {
                // The reason belongs to this save only.
                db.ChangeReason = null;
            }
            return null;
        }

        private async Task<RetireRecord.Page> ConflictAsync(RecordKind<TRecord> kind, TRecord latest, RetireRecord.Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var since = await RecordHistory.SinceAsync(db, kind.RecordType, latest.Id, input.Version, kind.Fields, cancellationToken);
            foreach (var line in RecordConflicts.Summarise(since))
            {
                modelState.AddModelError(string.Empty, line.Message(null));
            }
            // The form is now based on the latest version: retiring again is a deliberate choice.
            input.Version = latest.Version;
            var notRetired = $"{kind.They} {kind.Has} not been retired.";
            var conflict = since.Count > 0
                ? $"{RecordConflicts.Names(since)} saved changes to this {kind.Singular} at {UkTime.Format(since[^1].OccurredAtUtc)} ({UkTime.ZoneName}), after you opened this page. {notRetired} Check their changes, then retire {kind.Them} again if you still need to."
                : $"Someone else saved changes to this {kind.Singular} after you opened this page. {notRetired}";
            return PageFor(kind, latest, input, conflict);
        }

        private static RetireRecord.Page PageFor(RecordKind<TRecord> kind, TRecord record, RetireRecord.Input input, string? conflict) =>
            new(kind, record.Id, kind.NameOf(record), record.IsRetired, kind.RetireRule?.Invoke(record), input, conflict);
    }
}
