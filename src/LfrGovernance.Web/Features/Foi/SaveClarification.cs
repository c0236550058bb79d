using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>Recording that clarification (or a fee) was asked for, and later that it came: the clock stops from the
/// day it is asked for to the day it comes. Asking puts the request in "Clarification requested"; the answer puts it
/// back "In progress". The pause and the request's status are saved together.</summary>
public static class SaveClarification
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter what was asked for")]
        [StringLength(FoiClarification.TextLength, ErrorMessage = "What was asked for must be 2,000 characters or fewer")]
        public string? What { get; set; }

        public bool IsFee { get; set; }

        public DateInput RequestedOn { get; set; } = new();

        public DateInput AnsweredOn { get; set; } = new();

        public int Version { get; set; }
    }

    /// <param name="ClarificationId">The pause changed, or null for a new one.</param>
    public sealed record Page(Guid RequestId, string Reference, Guid? ClarificationId, Input Input);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid requestId, Guid? clarificationId, CancellationToken cancellationToken)
        {
            var request = await db.FoiRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.RetiredAt == null, cancellationToken);
            if (request is null)
            {
                return null;
            }
            if (clarificationId is not { } id)
            {
                return new Page(requestId, request.Reference, null, new Input { RequestedOn = DateInput.From(UkTime.Today(db.Clock)) });
            }
            var pause = await db.FoiClarifications.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.RequestId == requestId, cancellationToken);
            return pause is null ? null : new Page(requestId, request.Reference, id, new Input
            {
                What = pause.What, IsFee = pause.IsFee, RequestedOn = DateInput.From(pause.RequestedOn),
                AnsweredOn = pause.AnsweredOn is { } answered ? DateInput.From(answered) : DateInput.From(UkTime.Today(db.Clock)), Version = pause.Version,
            });
        }

        /// <summary>Saves the pause, or shows the page again with every problem beside its field.</summary>
        public async Task<Outcome> HandleAsync(Guid requestId, Guid? clarificationId, Input input, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var request = await db.FoiRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.RetiredAt == null, cancellationToken);
            if (request is null)
            {
                return new NotFound();
            }
            var pause = clarificationId is { } id
                ? await db.FoiClarifications.SingleOrDefaultAsync(c => c.Id == id && c.RequestId == requestId && c.RetiredAt == null, cancellationToken)
                : new FoiClarification { RequestId = requestId };
            if (pause is null)
            {
                return new NotFound();
            }
            var page = new Page(requestId, request.Reference, clarificationId, input);
            var requested = input.RequestedOn.ReadDay(modelState, "Input.RequestedOn", "the date it was asked for", required: true);
            var answered = input.AnsweredOn.ReadDay(modelState, "Input.AnsweredOn", "the date it came", required: clarificationId is not null);
            if (clarificationId is not null && pause.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else changed this pause after you opened the page: go back to the request and try again");
            }
            if (!modelState.IsValid)
            {
                return new Refused(page);
            }
            pause.What = input.What!.Trim();
            pause.IsFee = input.IsFee;
            pause.RequestedOn = requested!.Value;
            pause.AnsweredOn = answered;
            foreach (var breach in FoiRequestRules.Check(pause, request, UkTime.Today(db.Clock)))
            {
                modelState.AddModelError("Input." + breach.Field, breach.Message);
            }
            if (!modelState.IsValid)
            {
                db.ChangeTracker.Clear();
                return new Refused(page);
            }
            // Waiting stops the clock and says so; an answer starts it again.
            if (answered is null && request.Status is FoiRequestStatus.Received or FoiRequestStatus.InProgress)
            {
                request.Status = FoiRequestStatus.ClarificationRequested;
            }
            else if (answered is not null && request.Status == FoiRequestStatus.ClarificationRequested)
            {
                request.Status = FoiRequestStatus.InProgress;
            }
            if (clarificationId is null)
            {
                db.FoiClarifications.Add(pause);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Saved();
        }
    }
}
