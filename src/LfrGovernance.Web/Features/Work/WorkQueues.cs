using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Deployments;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Work;

/// <summary>The work waiting for the signed-in user (issue: authorising deployments and collaborations): applications
/// and collaborations awaiting their decision and urgent authorisations awaiting ratification for authorising officers, and
/// post-deployment reviews due for those who keep the register and those who authorise. The header shows how many.</summary>
public static class WorkQueues
{
    /// <summary>How many rows each queue shows; the full list of reviews due is the deployments list's filter.</summary>
    public const int Shown = 50;

    /// <summary>What the user's roles give them to do.</summary>
    /// <param name="Decides">An authorising officer: decisions and ratifications.</param>
    /// <param name="Reviews">Someone who keeps the register or authorises: reviews due.</param>
    public sealed record Duties(bool Decides, bool Reviews)
    {
        public bool Any => Decides || Reviews;
    }

    /// <param name="Start">The actual start, or the planned one.</param>
    public sealed record DeploymentItem(Guid Id, string Reference, string LocationName, DateTime? Start, DateTime? End, bool DoNotConfirmOrDeny);

    /// <summary>A collaboration someone asked an authorising officer to decide on.</summary>
    public sealed record CollaborationItem(Guid Id, string Reference, string Title, DateTime AskedAt, bool DoNotConfirmOrDeny);

    /// <param name="YoursToAnswer">False when the signed-in user made the urgent authorisation: another officer of the
    /// full rank must ratify or cancel it.</param>
    public sealed record RatificationItem(Guid DecisionId, DecisionSubject Subject, Guid SubjectId, string Reference, string DecidedBy,
        Rank RankHeld, DateTime DecidedAt, DateTime DueBy, bool Overdue, bool YoursToAnswer);

    /// <summary>The queues; a queue is null when the user's roles do not give them that work.</summary>
    public sealed record Page(
        Duties Duties,
        int AwaitingDecisionCount, IReadOnlyList<DeploymentItem>? AwaitingDecision,
        int CollaborationsAwaitingCount, IReadOnlyList<CollaborationItem>? CollaborationsAwaiting,
        int AwaitingRatificationCount, IReadOnlyList<RatificationItem>? AwaitingRatification,
        int ReviewsDueCount, IReadOnlyList<DeploymentItem>? ReviewsDue)
    {
        public int Total => AwaitingDecisionCount + CollaborationsAwaitingCount + AwaitingRatificationCount + ReviewsDueCount;
    }

    public sealed class Handler(GovernanceDbContext db, AuthorisationSettings settings)
    {
        public async Task<Page> HandleAsync(CurrentUser user, Duties duties, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            ArgumentNullException.ThrowIfNull(duties);
            var now = db.Clock.GetUtcNow().UtcDateTime;
            IReadOnlyList<DeploymentItem>? awaitingDecision = null;
            IReadOnlyList<CollaborationItem>? collaborationsAwaiting = null;
            IReadOnlyList<RatificationItem>? awaitingRatification = null;
            IReadOnlyList<DeploymentItem>? reviewsDue = null;
            int decisions = 0, collaborations = 0, ratifications = 0, reviews = 0;
            if (duties.Decides)
            {
                var applications = await AwaitingDecisionQuery(user, cancellationToken);
                decisions = await applications.CountAsync(cancellationToken);
                awaitingDecision = await Items(applications.OrderBy(d => d.StartsAt).ThenBy(d => d.Id)).ToListAsync(cancellationToken);
                var asked = await CollaborationsAwaitingQuery(user, cancellationToken);
                collaborations = await asked.CountAsync(cancellationToken);
                collaborationsAwaiting = await asked.OrderBy(c => c.DecisionRequestedAt).ThenBy(c => c.Id).Take(Shown)
                    .Select(c => new CollaborationItem(c.Id, c.Reference, c.Title, c.DecisionRequestedAt!.Value, c.DoNotConfirmOrDeny))
                    .ToListAsync(cancellationToken);
                var open = await RatificationsAsync(user, now, cancellationToken);
                ratifications = open.Count;
                awaitingRatification = open.Take(Shown).ToList();
            }
            if (duties.Reviews)
            {
                var due = ReviewsDueQuery();
                reviews = await due.CountAsync(cancellationToken);
                reviewsDue = await Items(due.OrderBy(d => d.ActualEnd).ThenBy(d => d.Id)).ToListAsync(cancellationToken);
            }
            return new Page(duties, decisions, awaitingDecision, collaborations, collaborationsAwaiting, ratifications, awaitingRatification, reviews, reviewsDue);
        }

        /// <summary>How many things wait for the user, for the header.</summary>
        public async Task<int> CountAsync(CurrentUser user, Duties duties, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            ArgumentNullException.ThrowIfNull(duties);
            var count = 0;
            if (duties.Decides)
            {
                count += await (await AwaitingDecisionQuery(user, cancellationToken)).CountAsync(cancellationToken);
                count += await (await CollaborationsAwaitingQuery(user, cancellationToken)).CountAsync(cancellationToken);
                count += await OpenUrgentQuery().CountAsync(cancellationToken);
            }
            if (duties.Reviews)
            {
                count += await ReviewsDueQuery().CountAsync(cancellationToken);
            }
            return count;
        }

        /// <summary>Applications submitted for authorisation, except the user's own (nobody decides their own).</summary>
        private async Task<IQueryable<Deployment>> AwaitingDecisionQuery(CurrentUser user, CancellationToken cancellationToken)
        {
            var person = await DeploymentApplication.PersonOfAsync(db, user, cancellationToken);
            return db.Deployments.AsNoTracking().Where(d => d.RetiredAt == null && d.Status == DeploymentStatus.SubmittedForAuthorisation
                && (d.ApplicantAccountObjectId == null || d.ApplicantAccountObjectId != user.Id)
                && (person == null || d.ApplicantId == null || d.ApplicantId != person));
        }

        /// <summary>Collaborations someone asked an authorising officer to decide on, except the user's own requests.</summary>
        private async Task<IQueryable<Collaboration>> CollaborationsAwaitingQuery(CurrentUser user, CancellationToken cancellationToken)
        {
            var person = await DeploymentApplication.PersonOfAsync(db, user, cancellationToken);
            return db.Collaborations.AsNoTracking().Where(c => c.RetiredAt == null && c.DecisionRequestedAt != null
                && (c.ApplicantAccountObjectId == null || c.ApplicantAccountObjectId != user.Id)
                && (person == null || c.ApplicantId == null || c.ApplicantId != person));
        }

        /// <summary>Deployments that have ended with no post-deployment review yet, as the home page and the list's
        /// "needing a review" filter count them (a deployment cancelled while live has ended too). Read from an index:
        /// the header counts them on every page.</summary>
        private IQueryable<Deployment> ReviewsDueQuery() =>
            db.Deployments.AsNoTracking().Where(d => d.RetiredAt == null && d.ActualEnd != null && d.ReviewedOn == null);

        /// <summary>Urgent authorisations no later decision has answered (<see cref="AuthorisationRules.IsAwaitingRatification"/>,
        /// in SQL), on a deployment or collaboration the user may see: what the header counts and the page lists.</summary>
        private IQueryable<AuthorisationDecision> OpenUrgentQuery() =>
            db.AuthorisationDecisions.AsNoTracking()
                .Where(d => d.RetiredAt == null && d.Outcome == DecisionOutcome.UrgentlyAuthorised
                    && !db.AuthorisationDecisions.Any(later => later.SupersedesId == d.Id)
                    && (db.Deployments.Any(x => x.Id == d.SubjectId) || db.Collaborations.Any(c => c.Id == d.SubjectId)));

        /// <summary>The open urgent authorisations, the overdue first, then by when they are due.</summary>
        private async Task<IReadOnlyList<RatificationItem>> RatificationsAsync(CurrentUser user, DateTime now, CancellationToken cancellationToken)
        {
            var open = await OpenUrgentQuery().ToListAsync(cancellationToken);
            if (open.Count == 0)
            {
                return [];
            }
            var subjects = open.Select(d => d.SubjectId).ToList();
            var references = await db.Deployments.AsNoTracking().Where(d => subjects.Contains(d.Id)).Select(d => new { d.Id, d.Reference })
                .Concat(db.Collaborations.AsNoTracking().Where(c => subjects.Contains(c.Id)).Select(c => new { c.Id, c.Reference }))
                .ToDictionaryAsync(x => x.Id, x => x.Reference, cancellationToken);
            // A subject hidden between the two queries (flagged "do not confirm or deny" just then) is left out.
            return open
                .Where(d => references.ContainsKey(d.SubjectId))
                .Select(d =>
                {
                    var dueBy = AuthorisationRules.RatificationDueBy(d, settings);
                    return new RatificationItem(d.Id, d.SubjectKind, d.SubjectId, references[d.SubjectId], d.DeciderName, d.RankHeld, d.DecidedAt,
                        dueBy, now > dueBy, d.DeciderAccountObjectId != user.Id);
                })
                .OrderByDescending(r => r.Overdue).ThenBy(r => r.DueBy)
                .ToList();
        }

        private static IQueryable<DeploymentItem> Items(IQueryable<Deployment> deployments) =>
            deployments.Take(Shown).Select(d => new DeploymentItem(d.Id, d.Reference, d.LocationName, d.StartsAt, d.ActualEnd ?? d.PlannedEnd, d.DoNotConfirmOrDeny));
    }
}

/// <summary>One queue of deployments on the work page.</summary>
/// <param name="WhenHeading">"Starts" or "Ended": which instant the third column shows.</param>
public sealed record WorkDeploymentsSection(IReadOnlyList<WorkQueues.DeploymentItem> Items, int Count, string TestId, string Caption, string Empty,
    string WhenHeading);
