using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>One question of a request: its wording as the officer answers it, whether the answer is final, and its
/// exemptions with the refusal notice they make (s.17). A final answer needs words or an exemption.</summary>
public static class AnswerQuestion
{
    public sealed class Input
    {
        [StringLength(FoiQuestion.AnswerLength, ErrorMessage = "The answer must be 20,000 characters or fewer")]
        public string? Answer { get; set; }

        public bool IsFinal { get; set; }

        public int Version { get; set; }
    }

    /// <param name="Draft">The draft generated from the register, as it stands against the register now.</param>
    public sealed record Page(FoiRequest Request, FoiQuestion Question, IReadOnlyList<FoiExemption> Exemptions, IReadOnlyList<ExemptionTemplate> Templates,
        string RefusalNotice, Input Input, GenerateAnswer.DraftState? Draft, GenerateAnswer.Input Generate, IReadOnlyList<EarlierAnswers.Earlier> Earlier);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db, GenerateAnswer.Handler drafts, EarlierAnswers.Handler earlier)
    {
        /// <summary>The page again after a refused generation, keeping what the officer chose.</summary>
        public async Task<Page?> LoadAsync(Guid requestId, Guid questionId, GenerateAnswer.Input generate, CancellationToken cancellationToken)
        {
            var question = await db.FoiQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId && q.RequestId == requestId, cancellationToken);
            return question is null ? null : await PageAsync(question, new Input { Answer = question.Answer, IsFinal = question.IsFinal, Version = question.Version },
                cancellationToken, generate);
        }

        public async Task<Page?> LoadAsync(Guid requestId, Guid questionId, CancellationToken cancellationToken)
        {
            var question = await db.FoiQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId && q.RequestId == requestId, cancellationToken);
            return question is null ? null : await PageAsync(question, new Input { Answer = question.Answer, IsFinal = question.IsFinal, Version = question.Version },
                cancellationToken);
        }

        public async Task<Outcome> HandleAsync(Guid requestId, Guid questionId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var question = await db.FoiQuestions.SingleOrDefaultAsync(q => q.Id == questionId && q.RequestId == requestId && q.RetiredAt == null,
                cancellationToken);
            if (question is null || !await db.FoiRequests.AnyAsync(r => r.Id == requestId && r.RetiredAt == null, cancellationToken))
            {
                return new NotFound();
            }
            if (question.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else saved this question after you opened it: their answer is shown below; save again to replace it");
                input.Version = question.Version;
                input.Answer ??= question.Answer;
            }
            var exempted = await db.FoiExemptions.AnyAsync(e => e.QuestionId == questionId && e.RetiredAt == null, cancellationToken);
            if (input.IsFinal && string.IsNullOrWhiteSpace(input.Answer) && !exempted)
            {
                modelState.AddModelError("Input.Answer", "Enter the answer before marking it final, or apply an exemption");
            }
            if (!modelState.IsValid)
            {
                db.ChangeTracker.Clear();
                return new Refused(await PageAsync(await db.FoiQuestions.AsNoTracking().SingleAsync(q => q.Id == questionId, cancellationToken), input,
                    cancellationToken));
            }
            question.Answer = string.IsNullOrWhiteSpace(input.Answer) ? null : input.Answer.Trim();
            question.IsFinal = input.IsFinal;
            db.Entry(question).Property(q => q.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else saved this question after you opened it: check it below, then save again");
                var latest = await db.FoiQuestions.AsNoTracking().SingleAsync(q => q.Id == questionId, cancellationToken);
                input.Version = latest.Version;
                return new Refused(await PageAsync(latest, input, cancellationToken));
            }
            return new Saved();
        }

        private async Task<Page> PageAsync(FoiQuestion question, Input input, CancellationToken cancellationToken, GenerateAnswer.Input? generate = null)
        {
            var request = await db.FoiRequests.AsNoTracking().SingleAsync(r => r.Id == question.RequestId, cancellationToken);
            var exemptions = await db.FoiExemptions.AsNoTracking().Where(e => e.QuestionId == question.Id).OrderBy(e => e.Section).ToListAsync(cancellationToken);
            var templates = await db.ExemptionTemplates.AsNoTracking().Where(t => t.RetiredAt == null).OrderBy(t => t.Section).ThenBy(t => t.Title)
                .ToListAsync(cancellationToken);
            return new Page(request, question, exemptions, templates, FoiExemptionRules.RefusalNotice(exemptions), input,
                await drafts.StateAsync(request, question, cancellationToken),
                generate ?? new GenerateAnswer.Input { CatalogueKey = question.CatalogueKey, Version = question.Version },
                await earlier.ForAsync(request, question, cancellationToken));
        }
    }
}
