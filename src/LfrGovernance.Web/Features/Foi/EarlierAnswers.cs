using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Foi.Catalogue;
using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>Consistency (issue: FOI casework): the earlier final answers to the same catalogue question, each beside
/// what the register says now for the same period (up to the day that answer was sent), with contradictions flagged:
/// an earlier "no information held" where the register now holds records dated before that answer, or an answer
/// built from records that have changed since.</summary>
public static class EarlierAnswers
{
    /// <summary>How many earlier answers are compared, the latest first.</summary>
    public const int Compared = 5;

    /// <param name="SaidNothingHeld">The earlier answer said no information was held.</param>
    /// <param name="NowDraft">What the register says now for the earlier request's period, up to the day it was answered.</param>
    /// <param name="Contradicted">The earlier answer said nothing was held, and the register now holds records for that period.</param>
    /// <param name="Changed">The records the earlier draft was built from have changed since (or others have been added).</param>
    public sealed record Earlier(Guid RequestId, string Reference, DateOnly RespondedOn, string Number, string? Answer, bool SaidNothingHeld,
        string NowDraft, bool Contradicted, bool Changed);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<IReadOnlyList<Earlier>> ForAsync(FoiRequest request, FoiQuestion question, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(question);
            if (question.CatalogueKey is not { } key || FoiCatalogue.Find(key) is not { } catalogued)
            {
                return [];
            }
            var earlier = await db.FoiQuestions.AsNoTracking()
                .Where(q => q.CatalogueKey == key && q.RequestId != request.Id && q.IsFinal && q.RetiredAt == null)
                .Join(db.FoiRequests.AsNoTracking().Where(r => r.RetiredAt == null && r.RespondedOn != null), q => q.RequestId, r => r.Id, (q, r) => new { q, r })
                .OrderByDescending(x => x.r.RespondedOn).ThenBy(x => x.r.Reference)
                .Take(Compared)
                .ToListAsync(cancellationToken);
            var register = FoiRegister.Current(db);
            var compared = new List<Earlier>();
            foreach (var pair in earlier)
            {
                var scope = GenerateAnswer.ScopeOf(pair.r, null);
                var answeredOn = pair.r.RespondedOn!.Value;
                var then = scope with { To = scope.To < answeredOn ? scope.To : answeredOn };
                if (then.To < then.From)
                {
                    continue;
                }
                var now = await catalogued.GenerateAsync(register, then, cancellationToken);
                var saidNothing = StoredAnswer.Read(pair.q.GeneratedFigures)?.NothingHeld == true
                    || (pair.q.Answer?.TrimStart().StartsWith("No information is held", StringComparison.OrdinalIgnoreCase) ?? false);
                var changed = pair.q.GeneratedFingerprint is { } fingerprint && pair.q.GeneratedAsAt is null && then == scope
                    && fingerprint != now.Fingerprint;
                compared.Add(new Earlier(pair.r.Id, pair.r.Reference, answeredOn, pair.q.Number, pair.q.Answer, saidNothing, now.Draft,
                    saidNothing && !now.NothingHeld, changed));
            }
            return compared;
        }
    }
}
