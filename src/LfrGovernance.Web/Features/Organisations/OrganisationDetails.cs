using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>One organisation's page: every field, its marking and status, and its history. A sensitive marking
/// logs the view; the strictest marking asks the user's purpose first.</summary>
public static class OrganisationDetails
{
    /// <summary>What the purpose form posts.</summary>
    public sealed class PurposeInput
    {
        [Required(ErrorMessage = "Enter why you need to see this organisation")]
        [StringLength(SensitiveViews.PurposeLength, ErrorMessage = "Your reason must be 2,000 characters or fewer")]
        public string? Purpose { get; set; }
    }

    public sealed record Page(Organisation Organisation, RecordMarking Marking, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    /// <summary>The page asking why the user needs to see the record.</summary>
    /// <param name="FormAction">Where the purpose is posted: the record page, or the edit form that shows the record too.</param>
    public sealed record PurposePage(Guid Id, string Name, PurposeInput Input, string FormAction);

    /// <summary>The record found, before any view is logged.</summary>
    public sealed record Found(Organisation Organisation, RecordMarking Marking, DateTime? AsAtUtc)
    {
        public bool NeedsPurpose => SensitiveViews.NeedsPurpose(Marking);
    }

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>The organisation as it is (or was at <paramref name="asAtUtc"/>), or null if there is none.
        /// The marking that applies is the stricter of the current one and the one it had then, so an older
        /// version of a record marked sensitive since is handled as sensitive too.</summary>
        public async Task<Found?> FindAsync(Guid id, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var current = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (current is null)
            {
                return null;
            }
            if (asAtUtc is not { } instant)
            {
                return new Found(current, current.Marking, null);
            }
            var then = await RegisterAsOf.RecordAsync<Organisation>(db, id, instant, cancellationToken);
            return then is null ? null : new Found(then, (RecordMarking)Math.Max((int)then.Marking, (int)current.Marking), instant);
        }

        /// <summary>Logs a view of the record's values on another page (the edit form), if the marking asks.</summary>
        public Task LogViewAsync(Found found, CurrentUser user, string purpose, string? statedPurpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            return SensitiveViews.LogViewAsync(db, user, found.Marking, OrganisationFields.RecordType, found.Organisation.Id,
                $"Organisation \u201c{found.Organisation.Name}\u201d, {purpose}", statedPurpose, cancellationToken);
        }

        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            var organisation = found.Organisation;
            await SensitiveViews.LogViewAsync(db, user, found.Marking, OrganisationFields.RecordType, organisation.Id,
                $"Organisation \u201c{organisation.Name}\u201d", purpose, cancellationToken);
            var history = await RecordHistory.TimelineAsync(db, OrganisationFields.RecordType, organisation.Id, found.AsAtUtc,
                OrganisationFields.Instance, cancellationToken);
            return new Page(organisation, found.Marking, history, found.AsAtUtc);
        }
    }
}
