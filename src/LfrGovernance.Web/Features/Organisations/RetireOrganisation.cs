using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>Retiring an organisation: it leaves the default list but stays in the register and its history.
/// A reason is required. Like editing, it is refused if someone else saved after the user opened the page.</summary>
public static class RetireOrganisation
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter why you are retiring this organisation")]
        [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, string Name, bool AlreadyRetired, Input Input, string? Conflict);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Organisations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new Page(o.Id, o.Name, o.RetiredAt != null, new Input { Version = o.Version }, null))
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Retires the organisation and returns null, or returns the page to show again; throws
        /// <see cref="KeyNotFoundException"/> for an unknown id.</summary>
        public async Task<Page?> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException();
            if (organisation.Version != input.Version)
            {
                return await ConflictAsync(organisation, input, modelState, cancellationToken);
            }
            if (!modelState.IsValid)
            {
                return new Page(id, organisation.Name, organisation.IsRetired, input, null);
            }
            try
            {
                organisation.Retire(input.Reason!, db.Clock.GetUtcNow().UtcDateTime);
            }
            catch (DomainRuleException ex)
            {
                modelState.AddModelError("Input.Reason", ex.Message);
                return new Page(id, organisation.Name, organisation.IsRetired, input, null);
            }
            db.ChangeReason = input.Reason;
            db.Entry(organisation).Property(o => o.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var latest = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id, cancellationToken);
                return await ConflictAsync(latest, input, modelState, cancellationToken);
            }
            return null;
        }

        private async Task<Page> ConflictAsync(Organisation latest, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var since = await RecordHistory.SinceAsync(db, OrganisationFields.RecordType, latest.Id, input.Version, OrganisationFields.Instance, cancellationToken);
            foreach (var line in RecordConflicts.Summarise(since))
            {
                modelState.AddModelError(string.Empty, line.Message(null));
            }
            input.Version = latest.Version;
            var conflict = since.Count > 0
                ? $"{RecordConflicts.Names(since)} saved changes to this organisation at {UkTime.Format(since[^1].OccurredAtUtc)} ({UkTime.ZoneName}), after you opened this page. It has not been retired. Check their changes, then retire it again if you still need to."
                : "Someone else saved changes to this organisation after you opened this page. It has not been retired.";
            return new Page(latest.Id, latest.Name, latest.IsRetired, input, conflict);
        }
    }
}
