using LfrGovernance.Core.Documents;
using LfrGovernance.Core.Policies;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>A policy document in scope, and whether the register holds a copy of it.</summary>
internal sealed record PolicyInScope(PolicyDocument Policy, IReadOnlyList<RecordDocument> Copies)
{
    public SourceRecord Source => new(nameof(PolicyDocument), Policy.Id, $"{Policy.Title} version {Policy.DocumentVersion}") { Version = Policy.Version };

    public IEnumerable<SourceRecord> CopySources =>
        Copies.Select(d => new SourceRecord(nameof(RecordDocument), d.Id, d.Title) { Version = d.Version });

    /// <summary>"retention policy "Retention of images" version 2.0, created on 3 May 2018, approved on 1 June 2018 (a copy
    /// is held)".</summary>
    public string Describe() =>
        $"{FoiNames.Of(Policy.Kind)} {FoiWording.Quote(Policy.Title)} version {Policy.DocumentVersion}, created on {FoiWording.Day(Policy.CreatedOn)}, "
        + (Policy.ApprovedOn is { } approved ? $"approved on {FoiWording.Day(approved)}" : "approval not recorded")
        + (Policy.NextReviewOn is { } review ? $", next review due on {FoiWording.Day(review)}" : string.Empty)
        + (Copies.Count > 0 ? " (a copy is held)" : " (no copy is held in the register)");
}

/// <summary>The policy documents of the request's force that existed during the period: created on or before its last
/// day and not retired. Policies name no system, so they are in scope whatever the kinds asked about. A policy replaced
/// by a later version stays in scope: it was the policy for part of the period, and its dates say when.</summary>
internal sealed class PolicyScope
{
    private PolicyScope(IReadOnlyList<PolicyInScope> rows, IReadOnlyList<PolicyDocument> withheld)
    {
        Rows = rows;
        Withheld = withheld;
    }

    /// <summary>The policies in scope not withheld, by kind, title and version.</summary>
    public IReadOnlyList<PolicyInScope> Rows { get; }

    /// <summary>The policies in scope flagged "do not confirm or deny" (none for a reader not cleared).</summary>
    public IReadOnlyList<PolicyDocument> Withheld { get; }

    public static Task<PolicyScope> LoadAsync(AnswerBuilder answer, CancellationToken cancellationToken) =>
        answer.Register.SharedAsync("policies", answer.Scope, async () =>
        {
            var to = answer.Scope.To;
            var policies = await FoiRegister.ListAsync(InScope.OfForce(await answer.Register.RecordsAsync<PolicyDocument>(cancellationToken), answer.Scope)
                .Where(p => p.RetiredAt == null && p.CreatedOn <= to), cancellationToken);
            var told = policies.Where(p => !p.DoNotConfirmOrDeny).ToList();
            var ids = told.Select(p => p.Id).ToList();
            const string subject = nameof(PolicyDocument);
            var copies = (await FoiRegister.ListAsync((await answer.Register.RecordsAsync<RecordDocument>(cancellationToken))
                    .Where(d => d.RetiredAt == null && !d.DoNotConfirmOrDeny && d.SubjectType == subject && ids.Contains(d.SubjectId)), cancellationToken))
                .ToLookup(d => d.SubjectId);
            var rows = told.OrderBy(p => p.Kind).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.CreatedOn)
                .Select(p => new PolicyInScope(p, [.. copies[p.Id].OrderBy(d => d.Title, StringComparer.Ordinal)]))
                .ToList();
            return new PolicyScope(rows, [.. policies.Where(p => p.DoNotConfirmOrDeny)]);
        });
}
