using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>Applying an exemption to a question, from a template or written afresh, or changing it: the section, neither
/// confirm nor deny where the section allows it, the harm statement and, for a qualified exemption, the public interest
/// test. An answer marked final stays final: the refusal notice follows the exemptions.</summary>
public static class SaveExemption
{
    public sealed class Input : ExemptionWording
    {
        public Guid? TemplateId { get; set; }
    }

    /// <param name="ExemptionId">The exemption changed, or null for a new one.</param>
    public sealed record Page(FoiRequest Request, FoiQuestion Question, Guid? ExemptionId, Input Input);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid requestId, Guid questionId, Guid? exemptionId, Guid? templateId, CancellationToken cancellationToken)
        {
            if (await ParentsAsync(requestId, questionId, cancellationToken) is not var (request, question))
            {
                return null;
            }
            var input = new Input();
            if (exemptionId is { } id)
            {
                var exemption = await db.FoiExemptions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.QuestionId == questionId, cancellationToken);
                if (exemption is null)
                {
                    return null;
                }
                input.Fill(exemption.Section, exemption.NeitherConfirmNorDeny, exemption.HarmStatement, exemption.FactorsFavouringDisclosure,
                    exemption.FactorsAgainstDisclosure, exemption.Balance);
                input.TemplateId = exemption.TemplateId;
                input.Version = exemption.Version;
            }
            else if (templateId is { } chosen
                && await db.ExemptionTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == chosen && t.RetiredAt == null, cancellationToken) is { } template)
            {
                input.Fill(template.Section, template.NeitherConfirmNorDeny, template.HarmStatement, template.FactorsFavouringDisclosure,
                    template.FactorsAgainstDisclosure, template.Balance);
                input.TemplateId = template.Id;
            }
            return new Page(request, question, exemptionId, input);
        }

        public async Task<Outcome> HandleAsync(Guid requestId, Guid questionId, Guid? exemptionId, Input input, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            if (await ParentsAsync(requestId, questionId, cancellationToken) is not var (request, question))
            {
                return new NotFound();
            }
            var exemption = exemptionId is { } id
                ? await db.FoiExemptions.SingleOrDefaultAsync(e => e.Id == id && e.QuestionId == questionId && e.RetiredAt == null, cancellationToken)
                : new FoiExemption { QuestionId = questionId };
            if (exemption is null)
            {
                return new NotFound();
            }
            if (exemptionId is not null && exemption.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else changed this exemption after you opened it: go back to the question and try again");
            }
            if (!input.Check(modelState))
            {
                db.ChangeTracker.Clear();
                return new Refused(new Page(request, question, exemptionId, input));
            }
            exemption.Section = input.Section!;
            exemption.NeitherConfirmNorDeny = input.NeitherConfirmNorDeny;
            exemption.HarmStatement = ExemptionWording.Blank(input.HarmStatement);
            exemption.FactorsFavouringDisclosure = ExemptionWording.Blank(input.FactorsFavouringDisclosure);
            exemption.FactorsAgainstDisclosure = ExemptionWording.Blank(input.FactorsAgainstDisclosure);
            exemption.Balance = ExemptionWording.Blank(input.Balance);
            exemption.TemplateId = input.TemplateId is { } template && await db.ExemptionTemplates.AnyAsync(t => t.Id == template, cancellationToken)
                ? template : null;
            if (exemptionId is null)
            {
                db.FoiExemptions.Add(exemption);
            }
            else
            {
                db.Entry(exemption).Property(e => e.Version).OriginalValue = input.Version;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed this exemption after you opened it: go back to the question and try again");
                return new Refused(new Page(request, question, exemptionId, input));
            }
            return new Saved();
        }

        /// <summary>The exemption's question, for the retire and reinstate pages' way back.</summary>
        public Task<Guid?> RequestOfAsync(Guid exemptionId, CancellationToken cancellationToken) =>
            db.FoiExemptions.AsNoTracking().Where(e => e.Id == exemptionId)
                .Join(db.FoiQuestions.AsNoTracking(), e => e.QuestionId, q => q.Id, (e, q) => (Guid?)q.RequestId)
                .FirstOrDefaultAsync(cancellationToken);

        private async Task<(FoiRequest, FoiQuestion)?> ParentsAsync(Guid requestId, Guid questionId, CancellationToken cancellationToken)
        {
            var request = await db.FoiRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.RetiredAt == null, cancellationToken);
            var question = await db.FoiQuestions.AsNoTracking()
                .SingleOrDefaultAsync(q => q.Id == questionId && q.RequestId == requestId && q.RetiredAt == null, cancellationToken);
            return request is null || question is null ? null : (request, question);
        }
    }
}
