using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>Changing the requester's contact details (kept apart from the request, for the FOI team only).</summary>
public static class EditRequester
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter the requester's name")]
        [StringLength(FoiRequester.TextLength, ErrorMessage = "The name must be 300 characters or fewer")]
        public string? Name { get; set; }

        [StringLength(FoiRequester.TextLength, ErrorMessage = "The email address must be 300 characters or fewer")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        public string? Email { get; set; }

        [StringLength(FoiRequester.TextLength * 2, ErrorMessage = "The address must be 600 characters or fewer")]
        public string? PostalAddress { get; set; }

        [StringLength(50, ErrorMessage = "The phone number must be 50 characters or fewer")]
        public string? Phone { get; set; }

        [StringLength(FoiRequester.TextLength, ErrorMessage = "The organisation must be 300 characters or fewer")]
        public string? Organisation { get; set; }

        public int Version { get; set; }
    }

    public sealed record Page(FoiRequest Request, Input Input);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid requestId, CancellationToken cancellationToken)
        {
            var request = await db.FoiRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.RetiredAt == null, cancellationToken);
            if (request is null)
            {
                return null;
            }
            var requester = await db.FoiRequesters.AsNoTracking().FirstOrDefaultAsync(r => r.RequestId == requestId && r.RetiredAt == null, cancellationToken);
            return new Page(request, requester is null ? new Input() : new Input
            {
                Name = requester.Name, Email = requester.Email, PostalAddress = requester.PostalAddress, Phone = requester.Phone,
                Organisation = requester.Organisation, Version = requester.Version,
            });
        }

        public async Task<Outcome> HandleAsync(Guid requestId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var request = await db.FoiRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.RetiredAt == null, cancellationToken);
            if (request is null)
            {
                return new NotFound();
            }
            var requester = await db.FoiRequesters.FirstOrDefaultAsync(r => r.RequestId == requestId && r.RetiredAt == null, cancellationToken);
            if (requester is not null && requester.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else changed the contact details after you opened them: go back to the request and try again");
            }
            if (!modelState.IsValid)
            {
                return new Refused(new Page(request, input));
            }
            if (requester is null)
            {
                requester = new FoiRequester { RequestId = requestId };
                db.FoiRequesters.Add(requester);
            }
            else
            {
                db.Entry(requester).Property(r => r.Version).OriginalValue = input.Version;
            }
            requester.Name = input.Name!.Trim();
            requester.Email = ExemptionWording.Blank(input.Email);
            requester.PostalAddress = ExemptionWording.Blank(input.PostalAddress);
            requester.Phone = ExemptionWording.Blank(input.Phone);
            requester.Organisation = ExemptionWording.Blank(input.Organisation);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed the contact details after you opened them: go back to the request and try again");
                return new Refused(new Page(request, input));
            }
            return new Saved();
        }
    }
}
