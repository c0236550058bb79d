using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Foi.Catalogue;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>Answering a question from the register: the officer maps it to a catalogue question (or answers it
/// freely), and the draft is generated for the request's scope, from the register as it is or as it stood at the end
/// of a chosen day. The draft, its figures and its fingerprint are kept with the question; the answer's wording starts
/// from the draft when it is empty.</summary>
public static class GenerateAnswer
{
    /// <summary>The start of the period when a request does not limit it.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public sealed class Input
    {
        /// <summary>The catalogue question, or empty to answer freely.</summary>
        public string? CatalogueKey { get; set; }

        /// <summary>The day the register is read as it stood at its end, or empty for the register now.</summary>
        public DateInput AsAt { get; set; } = new();

        public int Version { get; set; }
    }

    /// <summary>The draft as it stands against the register now (for the question's page).</summary>
    /// <param name="Changed">True when generating again gives a different fingerprint: the register has changed since.</param>
    /// <param name="DoNotConfirmOrDenyInScope">Records flagged "do not confirm or deny" in scope, for a cleared officer (0 otherwise).</param>
    public sealed record DraftState(IFoiQuestion Question, StoredAnswer? Stored, bool Changed, int DoNotConfirmOrDenyInScope);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Generated : Outcome;

    public sealed record Refused : Outcome;

    /// <summary>The scope of a request's answers: its period (from 1 January 2000 and up to the day received when not
    /// limited), the force the request was made to, its kinds.</summary>
    public static FoiScope ScopeOf(FoiRequest request, DateTime? asAtUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kinds = Enum.GetValues<FacialRecognitionKind>().Where(k => request.ScopeKinds.HasFlag(FoiFields.FlagOf(k))).ToHashSet();
        return new FoiScope(request.ScopeFrom ?? Earliest, request.ScopeTo ?? request.ReceivedOn,
            request.ForceId == Guid.Empty ? null : request.ForceId, kinds, asAtUtc);
    }

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Outcome> HandleAsync(Guid requestId, Guid questionId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var request = await db.FoiRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.RetiredAt == null, cancellationToken);
            var question = await db.FoiQuestions.SingleOrDefaultAsync(q => q.Id == questionId && q.RequestId == requestId && q.RetiredAt == null,
                cancellationToken);
            if (request is null || question is null)
            {
                return new NotFound();
            }
            if (question.Version != input.Version)
            {
                modelState.AddModelError("Generate.CatalogueKey", "Someone else saved this question after you opened it: check it below, then generate again");
                return new Refused();
            }
            if (string.IsNullOrWhiteSpace(input.CatalogueKey))
            {
                question.CatalogueKey = null;
                await db.SaveChangesAsync(cancellationToken);
                return new Generated();
            }
            if (FoiCatalogue.Find(input.CatalogueKey) is not { } catalogued)
            {
                modelState.AddModelError("Generate.CatalogueKey", "Select a question of the catalogue, or answer freely");
                return new Refused();
            }
            var day = input.AsAt.ReadDay(modelState, "Generate.AsAt", "the date the register is read as at");
            var now = db.Clock.GetUtcNow().UtcDateTime;
            DateTime? asAtUtc = day is { } chosen ? UkTime.FromLocal(chosen.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null;
            if (asAtUtc > now)
            {
                modelState.AddModelError("Generate.AsAt", "The date the register is read as at must be in the past: leave it empty for the register as it is now");
            }
            if (!modelState.IsValid)
            {
                return new Refused();
            }
            var register = asAtUtc is { } instant ? await FoiRegister.AsAtAsync(db, instant, cancellationToken) : FoiRegister.Current(db);
            var answer = await catalogued.GenerateAsync(register, ScopeOf(request, asAtUtc), cancellationToken);
            question.CatalogueKey = catalogued.Key;
            question.GeneratedDraft = answer.Draft;
            question.GeneratedAt = answer.GeneratedAtUtc;
            question.GeneratedAsAt = answer.AsAtUtc;
            question.GeneratedFingerprint = answer.Fingerprint;
            question.GeneratedFigures = StoredAnswer.Serialise(answer);
            if (!question.IsFinal && string.IsNullOrWhiteSpace(question.Answer))
            {
                question.Answer = answer.Draft;
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Generated();
        }

        /// <summary>The question's draft against the register now: generated again (as at the same instant, when it
        /// was) and compared by fingerprint; null when the question is answered freely or not generated yet.</summary>
        public async Task<DraftState?> StateAsync(FoiRequest request, FoiQuestion question, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(question);
            if (question.CatalogueKey is null || FoiCatalogue.Find(question.CatalogueKey) is not { } catalogued)
            {
                return null;
            }
            var stored = StoredAnswer.Read(question.GeneratedFigures);
            if (question.GeneratedFingerprint is null)
            {
                return new DraftState(catalogued, stored, false, 0);
            }
            var register = question.GeneratedAsAt is { } instant ? await FoiRegister.AsAtAsync(db, instant, cancellationToken) : FoiRegister.Current(db);
            var again = await catalogued.GenerateAsync(register, ScopeOf(request, question.GeneratedAsAt), cancellationToken);
            return new DraftState(catalogued, stored, again.Fingerprint != question.GeneratedFingerprint, again.DoNotConfirmOrDenyInScope);
        }
    }
}
