using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>Logging a request: its reference (the next in the force's format is proposed), when it came, who asked
/// (the category on the request, the contact details kept apart), the law, the scope, who answers it, and its numbered
/// questions, read from the request's text. The request, its requester and its questions are saved together.</summary>
public static class CreateFoiRequest
{
    public sealed class Input : FoiRequestForm
    {
        [Required(ErrorMessage = "Enter the requester's name")]
        [StringLength(FoiRequester.TextLength, ErrorMessage = "The name must be 300 characters or fewer")]
        public string? RequesterName { get; set; }

        [StringLength(FoiRequester.TextLength, ErrorMessage = "The email address must be 300 characters or fewer")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        public string? RequesterEmail { get; set; }

        [StringLength(FoiRequester.TextLength * 2, ErrorMessage = "The address must be 600 characters or fewer")]
        public string? RequesterAddress { get; set; }

        [StringLength(50, ErrorMessage = "The phone number must be 50 characters or fewer")]
        public string? RequesterPhone { get; set; }

        [StringLength(FoiRequester.TextLength, ErrorMessage = "The organisation must be 300 characters or fewer")]
        public string? RequesterOrganisation { get; set; }

        [Required(ErrorMessage = "Enter the request's questions, one per line, each starting with its number")]
        [StringLength(FoiQuestion.TextLength * 10, ErrorMessage = "The questions must be 40,000 characters or fewer")]
        public string? Questions { get; set; }
    }

    public sealed record Page(Input Input, IReadOnlyList<Choice> People);

    public sealed class Handler(GovernanceDbContext db, FoiSettings settings)
    {
        public async Task<Page> NewAsync(CancellationToken cancellationToken)
        {
            var today = UkTime.Today(db.Clock);
            var input = new Input
            {
                Reference = await NextReferenceAsync(today, cancellationToken),
                ReceivedOn = DateInput.From(today),
                Legislation = FoiLegislation.Foia,
            };
            return await PageAsync(input, cancellationToken);
        }

        public async Task<Page> PageAsync(Input input, CancellationToken cancellationToken) =>
            new(input, await RecordChoices.PeopleAsync(db, [input.AssigneeId], cancellationToken));

        /// <summary>Saves the request, or returns null with every problem beside its field.</summary>
        public async Task<Guid?> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var request = new FoiRequest();
            var questions = FoiQuestionText.Parse(input.Questions);
            if (!string.IsNullOrWhiteSpace(input.Questions))
            {
                foreach (var problem in questions.Problems)
                {
                    modelState.AddModelError(FoiRequestForm.Key(nameof(Input.Questions)), problem);
                }
            }
            if (questions.Questions.FirstOrDefault(q => q.Text.Length > FoiQuestion.TextLength) is { } tooLong)
            {
                modelState.AddModelError(FoiRequestForm.Key(nameof(Input.Questions)), $"Question {tooLong.Number} must be 4,000 characters or fewer");
            }
            if (!input.ApplyTo(db, request, UkTime.Today(db.Clock), modelState))
            {
                return null;
            }
            if (await db.FoiRequests.AnyAsync(r => r.Reference == request.Reference, cancellationToken))
            {
                modelState.AddModelError(FoiRequestForm.Key(nameof(Input.Reference)), $"Request {request.Reference} is already in the register");
                return null;
            }
            db.FoiRequests.Add(request);
            db.FoiRequesters.Add(new FoiRequester
            {
                RequestId = request.Id, Name = input.RequesterName!.Trim(), Email = Blank(input.RequesterEmail),
                PostalAddress = Blank(input.RequesterAddress), Phone = Blank(input.RequesterPhone), Organisation = Blank(input.RequesterOrganisation),
            });
            db.FoiQuestions.AddRange(questions.Questions.Select((q, i) => new FoiQuestion
            {
                RequestId = request.Id, Number = q.Number, Position = i + 1, Text = q.Text,
            }));
            await db.SaveChangesAsync(cancellationToken);
            return request.Id;
        }

        /// <summary>The next reference in the force's format for requests received in <paramref name="today"/>'s year.</summary>
        private async Task<string> NextReferenceAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var start = new DateOnly(today.Year, 1, 1);
            var count = await db.FoiRequests.CountAsync(r => r.ReceivedOn >= start && r.ReceivedOn <= today, cancellationToken);
            for (var next = count + 1; ; next++)
            {
                var reference = settings.Reference(today.Year, next);
                if (!await db.FoiRequests.AnyAsync(r => r.Reference == reference, cancellationToken))
                {
                    return reference;
                }
            }
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
