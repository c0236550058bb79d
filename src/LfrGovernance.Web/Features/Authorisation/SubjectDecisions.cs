using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.History;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Authorisation;

/// <summary>The decisions on one deployment or collaboration, for its page (the shared <c>_Decisions</c> partial) and
/// for the pages that decide or record a decision.</summary>
public static class SubjectDecisions
{
    /// <summary>What the shared <c>_Decisions</c> partial shows.</summary>
    /// <param name="SubjectWords">"deployment" or "collaboration".</param>
    /// <param name="Decisions">Oldest first.</param>
    /// <param name="RecordPath">Where to record a decision made outside the register, when the user may.</param>
    public sealed record Card(string SubjectWords, IReadOnlyList<AuthorisationDecision> Decisions, string? RecordPath)
    {
        public bool IsSuperseded(AuthorisationDecision decision) => Decisions.Any(d => d.SupersedesId == decision.Id);
    }

    /// <summary>The decisions on the subject, oldest first: all of them now, or those on the record at
    /// <paramref name="asAtUtc"/> (a decision recorded from a document later does not appear before it was recorded).</summary>
    public static async Task<IReadOnlyList<AuthorisationDecision>> ForAsync(GovernanceDbContext db, DecisionSubject kind, Guid subjectId,
        DateTime? asAtUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (asAtUtc is { } instant)
        {
            return [.. (await RegisterAsOf.AllAsync<AuthorisationDecision>(db, instant, cancellationToken))
                .Where(d => d.SubjectKind == kind && d.SubjectId == subjectId)
                .OrderBy(d => d.DecidedAt)];
        }
        return await db.AuthorisationDecisions.AsNoTracking()
            .Where(d => d.SubjectKind == kind && d.SubjectId == subjectId)
            .OrderBy(d => d.DecidedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The current person record linked to the user's sign-in account, with the ranks they have held: the
    /// officer who would decide, or null when the account is linked to none.</summary>
    public static Task<Person?> OfficerAsync(GovernanceDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return db.People.AsNoTracking().Include(p => p.Ranks)
            .FirstOrDefaultAsync(p => p.AccountObjectId == user.Id && p.RetiredAt == null, cancellationToken);
    }

    /// <summary>The latest decision no other supersedes: the one in force.</summary>
    public static AuthorisationDecision? InForce(IReadOnlyList<AuthorisationDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return decisions.LastOrDefault(d => !decisions.Any(x => x.SupersedesId == d.Id));
    }
}
