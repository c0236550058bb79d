using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>Bringing a retired record of any type back into the register's current list. Refused if someone else
/// changed the record after the user opened the page.</summary>
public static class ReinstateRecord
{
    public sealed class Input
    {
        public int Version { get; set; }
    }

    public sealed record Page(RecordKind Kind, Guid Id, string Name, string? RetirementReason, bool Retired, Input Input);
}

/// <summary>The handler of <see cref="ReinstateRecord"/> for one record type.</summary>
public static class ReinstateRecord<TRecord> where TRecord : RegisterRecord
{
    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<ReinstateRecord.Page?> LoadAsync(RecordKind<TRecord> kind, Guid id, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(kind);
            var record = await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            return record is null ? null : PageFor(kind, record, record.IsRetired, new ReinstateRecord.Input { Version = record.Version });
        }

        /// <summary>Reinstates the record and returns null, or returns the page to show again with the problem in
        /// <paramref name="modelState"/>; throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
        public async Task<ReinstateRecord.Page?> HandleAsync(RecordKind<TRecord> kind, Guid id, ReinstateRecord.Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(kind);
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var record = await db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            if (record.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, $"Someone else changed this {kind.Singular} after you opened this page. Check {kind.Them}, then reinstate {kind.Them} again if you still need to");
                return PageFor(kind, record, record.IsRetired, new ReinstateRecord.Input { Version = record.Version });
            }
            try
            {
                record.Reinstate();
            }
            catch (DomainRuleException ex)
            {
                modelState.AddModelError(string.Empty, ex.Message);
                return PageFor(kind, record, false, input);
            }
            db.Entry(record).Property(r => r.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, $"Someone else changed this {kind.Singular} while you were reinstating {kind.Them}. Check {kind.Them}, then try again");
                return (await LoadAsync(kind, id, cancellationToken))!;
            }
            return null;
        }

        private static ReinstateRecord.Page PageFor(RecordKind<TRecord> kind, TRecord record, bool retired, ReinstateRecord.Input input) =>
            new(kind, record.Id, kind.NameOf(record), record.RetirementReason, retired, input);
    }
}
