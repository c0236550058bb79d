using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>Finding one record for its page (as it is, or as it was at an instant), and the rule for sensitive
/// markings: a logged view, and the purpose asked first for the strictest marking. The record type's own page is
/// built by its feature.</summary>
public static class RecordPage
{
    /// <summary>What the purpose form posts.</summary>
    public sealed class PurposeInput
    {
        // Required is checked by CheckPurpose: its message names the record type, which an attribute cannot.
        [StringLength(SensitiveViews.PurposeLength, ErrorMessage = "Your reason must be 2,000 characters or fewer")]
        public string? Purpose { get; set; }
    }

    /// <summary>The page asking why the user needs to see the record.</summary>
    /// <param name="FormAction">Where the purpose is posted: the record page, or the edit form that shows the record too.</param>
    public sealed record PurposePage(RecordKind Kind, Guid Id, string Name, PurposeInput Input, string FormAction);

    /// <summary>Adds the error for a missing purpose to <paramref name="modelState"/>.</summary>
    public static void CheckPurpose(RecordKind kind, PurposeInput input, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(input.Purpose))
        {
            modelState.AddModelError("Input.Purpose", $"Enter why you need to see this {kind.Singular}");
        }
    }
}

/// <summary>Finding a record of one type for its pages; see <see cref="RecordPage"/>.</summary>
public static class RecordPage<TRecord> where TRecord : RegisterRecord
{
    /// <summary>The record found, before any view is logged.</summary>
    public sealed record Found(TRecord Record, RecordMarking Marking, DateTime? AsAtUtc)
    {
        public bool NeedsPurpose => SensitiveViews.NeedsPurpose(Marking);
    }

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>The record as it is (or was at <paramref name="asAtUtc"/>), or null if there is none. The marking
        /// that applies is the stricter of the current one and the one it had then, so an older version of a record
        /// marked sensitive since is handled as sensitive too.</summary>
        /// <param name="include">What to load with the current record (its parts), if anything.</param>
        public async Task<Found?> FindAsync(Guid id, DateTime? asAtUtc, CancellationToken cancellationToken,
            Func<IQueryable<TRecord>, IQueryable<TRecord>>? include = null)
        {
            var records = db.Set<TRecord>().AsNoTracking();
            var current = await (include is null ? records : include(records)).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (current is null)
            {
                return null;
            }
            if (asAtUtc is not { } instant)
            {
                return new Found(current, current.Marking, null);
            }
            var then = await RegisterAsOf.RecordAsync<TRecord>(db, id, instant, cancellationToken);
            return then is null ? null : new Found(then, (RecordMarking)Math.Max((int)then.Marking, (int)current.Marking), instant);
        }

        /// <summary>Logs the view if the marking asks for it.</summary>
        /// <param name="where">Where else the record's values are shown ("to change it"), or null for its own page.</param>
        public Task LogViewAsync(RecordKind<TRecord> kind, Found found, CurrentUser user, string? where, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(kind);
            ArgumentNullException.ThrowIfNull(found);
            var description = $"{kind.Caption} \u201c{kind.NameOf(found.Record)}\u201d" + (where is null ? string.Empty : $", {where}");
            return SensitiveViews.LogViewAsync(db, user, found.Marking, kind.RecordType, found.Record.Id, description, purpose, cancellationToken);
        }

        /// <summary>The record's versions up to the instant viewed, newest first, for the timeline on its page.</summary>
        public Task<IReadOnlyList<HistoryItem>> TimelineAsync(RecordKind<TRecord> kind, Found found, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(kind);
            ArgumentNullException.ThrowIfNull(found);
            return RecordHistory.TimelineAsync(db, kind.RecordType, found.Record.Id, found.AsAtUtc, kind.Fields, cancellationToken);
        }
    }
}
