using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>Adding a question to a request, or changing a question's number or wording (a typo, a question the
/// requester added by clarification). Its answer, draft and exemptions stay with it.</summary>
public static partial class SaveQuestion
{
    [GeneratedRegex(@"^\d{1,3}[a-z]?$")]
    private static partial Regex NumberPattern();

    public sealed class Input
    {
        [Required(ErrorMessage = "Enter the question's number, for example 3 or 1a")]
        public string? Number { get; set; }

        [Required(ErrorMessage = "Enter the question")]
        [StringLength(FoiQuestion.TextLength, ErrorMessage = "The question must be 4,000 characters or fewer")]
        public string? Text { get; set; }

        public int Version { get; set; }
    }

    /// <param name="QuestionId">The question changed, or null for a new one.</param>
    public sealed record Page(FoiRequest Request, Guid? QuestionId, Input Input);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid requestId, Guid? questionId, CancellationToken cancellationToken)
        {
            var request = await db.FoiRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.RetiredAt == null, cancellationToken);
            if (request is null)
            {
                return null;
            }
            if (questionId is not { } id)
            {
                return new Page(request, null, new Input());
            }
            var question = await db.FoiQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id && q.RequestId == requestId && q.RetiredAt == null,
                cancellationToken);
            return question is null ? null : new Page(request, id, new Input { Number = question.Number, Text = question.Text, Version = question.Version });
        }

        public async Task<Outcome> HandleAsync(Guid requestId, Guid? questionId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var request = await db.FoiRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.RetiredAt == null, cancellationToken);
            var question = questionId is { } id
                ? await db.FoiQuestions.SingleOrDefaultAsync(q => q.Id == id && q.RequestId == requestId && q.RetiredAt == null, cancellationToken)
                : new FoiQuestion { RequestId = requestId };
            if (request is null || question is null)
            {
                return new NotFound();
            }
            var number = input.Number?.Trim().ToLowerInvariant();
            if (number is not null && !NumberPattern().IsMatch(number))
            {
                modelState.AddModelError("Input.Number", "The number must be digits, with a letter for a sub-question, for example 3 or 1a");
            }
            else if (number is not null && await db.FoiQuestions.AnyAsync(q => q.RequestId == requestId && q.RetiredAt == null && q.Number == number
                && q.Id != question.Id, cancellationToken))
            {
                modelState.AddModelError("Input.Number", $"The request already has a question {number}");
            }
            if (questionId is not null && question.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else changed this question after you opened it: go back to the request and try again");
            }
            if (!modelState.IsValid)
            {
                db.ChangeTracker.Clear();
                return new Refused(new Page(request, questionId, input));
            }
            question.Number = number!;
            question.Text = input.Text!.Trim();
            if (questionId is null)
            {
                question.Position = 1 + (await db.FoiQuestions.Where(q => q.RequestId == requestId).MaxAsync(q => (int?)q.Position, cancellationToken) ?? 0);
                db.FoiQuestions.Add(question);
            }
            else
            {
                db.Entry(question).Property(q => q.Version).OriginalValue = input.Version;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed this question after you opened it: go back to the request and try again");
                return new Refused(new Page(request, questionId, input));
            }
            return new Saved();
        }

        /// <summary>The question's request, for the retire and reinstate pages' way back.</summary>
        public Task<Guid?> RequestOfAsync(Guid questionId, CancellationToken cancellationToken) =>
            db.FoiQuestions.AsNoTracking().Where(q => q.Id == questionId).Select(q => (Guid?)q.RequestId).FirstOrDefaultAsync(cancellationToken);
    }
}
