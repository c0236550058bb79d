using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>Changing a request: its fields, where it stands and the dates that set its deadlines. Someone else's save
/// in between is explained, as on every record's form, and nothing is saved.</summary>
public static class EditFoiRequest
{
    public sealed class Input : FoiRequestForm
    {
        public int Version { get; set; }
    }

    public sealed record Page(Guid Id, string CurrentReference, Input Input, IReadOnlyList<Choice> People, string? Conflict);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var request = await db.FoiRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.RetiredAt == null, cancellationToken);
            if (request is null)
            {
                return null;
            }
            var input = new Input { Version = request.Version };
            input.Fill(request);
            return await PageAsync(id, request.Reference, input, null, cancellationToken);
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var request = await db.FoiRequests.SingleOrDefaultAsync(r => r.Id == id && r.RetiredAt == null, cancellationToken);
            if (request is null)
            {
                return new NotFound();
            }
            var reference = request.Reference;
            if (request.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            if (!modelState.IsValid || !input.ApplyTo(db, request, UkTime.Today(db.Clock), modelState))
            {
                db.ChangeTracker.Clear();
                return new Refused(await PageAsync(id, reference, input, null, cancellationToken));
            }
            if (request.Reference != reference && await db.FoiRequests.AnyAsync(r => r.Id != id && r.Reference == request.Reference, cancellationToken))
            {
                modelState.AddModelError(FoiRequestForm.Key(nameof(Input.Reference)), $"Request {request.Reference} is already in the register");
                db.ChangeTracker.Clear();
                return new Refused(await PageAsync(id, reference, input, null, cancellationToken));
            }
            db.Entry(request).Property(r => r.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            return new Saved();
        }

        private async Task<Page> ConflictAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var conflict = await EditConflict.ExplainAsync(db, FoiFields.Kind, id, input.Version, input.Entered, modelState, cancellationToken);
            input.Version = conflict.LatestVersion;
            return await PageAsync(id, conflict.LatestName, input, conflict.Message, cancellationToken);
        }

        private async Task<Page> PageAsync(Guid id, string reference, Input input, string? conflict, CancellationToken cancellationToken) =>
            new(id, reference, input, await RecordChoices.PeopleAsync(db, [input.AssigneeId], cancellationToken), conflict);
    }
}
