using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>Changing an organisation. The form carries the version the user loaded: if someone else saved in
/// between, nothing is saved, the user is told who changed what and when, and the form (keeping what the user
/// entered) is rebased on the latest version, so that saving again overwrites deliberately.</summary>
public static class EditOrganisation
{
    public sealed class Input : OrganisationFields.Form
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
            await db.Organisations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new Page(o.Id, o.Name, new Input
                {
                    Name = o.Name, Kind = o.Kind, Contact = o.Contact, Notes = o.Notes, Marking = o.Marking, Version = o.Version,
                }, null))
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (organisation is null)
            {
                return new NotFound();
            }
            if (!modelState.IsValid)
            {
                return new Refused(new Page(id, organisation.Name, input, null));
            }
            if (organisation.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }

            input.ApplyTo(organisation);
            db.Entry(organisation).Property(o => o.Version).OriginalValue = input.Version;
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
            var latest = await db.Organisations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new { o.Name, o.Version }).SingleAsync(cancellationToken);
            var since = await RecordHistory.SinceAsync(db, OrganisationFields.RecordType, id, input.Version, OrganisationFields.Instance, cancellationToken);
            var conflicts = RecordConflicts.Summarise(since);
            foreach (var line in conflicts)
            {
                var key = input.Entered(line.Field) is null ? ConflictKey : $"Input.{line.Field}";
                modelState.AddModelError(key, line.Message(input.Entered(line.Field)));
            }
            if (conflicts.Count == 0)
            {
                modelState.AddModelError(ConflictKey, "Someone else saved this organisation after you opened this page");
            }
            // The form is now based on the latest version: saving again replaces it, knowingly.
            input.Version = latest.Version;
            var last = since.Count > 0 ? since[^1].OccurredAtUtc : (DateTime?)null;
            var who = RecordConflicts.Names(since);
            var conflict = last is { } at
                ? $"{who} saved changes to this organisation at {UkTime.Format(at)} ({UkTime.ZoneName}), after you opened it."
                : "Someone else saved changes to this organisation after you opened it.";
            return new Page(id, latest.Name, input, conflict);
        }
    }

    /// <summary>The error key for conflicts on fields the form does not hold: the error summary links them to the
    /// first field.</summary>
    public const string ConflictKey = "";
}
