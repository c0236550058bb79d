using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Web.Features.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Documents;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>One deployment's page: every field in summary cards, its system, its watchlist categories, its alert
/// rows, both false alert rates (computed from the counts), the impact assessments that cover it, its documents and
/// its history. As at a past instant, the deployment and its rows are shown as they stood then.</summary>
public static class DeploymentDetails
{
    /// <param name="Names">The people and systems the deployment names, by id.</param>
    public sealed record Page(
        Deployment Deployment,
        RecordMarking Marking,
        IReadOnlyDictionary<Guid, string> Names,
        IReadOnlyList<WatchlistCategory> Categories,
        IReadOnlyList<DeploymentAlert> Alerts,
        CoveringAssessments.Section Assessments,
        RecordDocuments.Section Documents,
        IReadOnlyList<HistoryItem> History,
        DateTime? AsAtUtc,
        Authorisation Authorisation)
    {
        public string NameOf(Guid? id) => id is { } key && Names.TryGetValue(key, out var name) ? name : "Not recorded";

        public IEnumerable<WatchlistCategory> CurrentCategories => Categories.Where(c => !c.IsRetired);

        public IEnumerable<DeploymentAlert> CurrentAlerts => Alerts.Where(a => !a.IsRetired);
    }

    /// <summary>The deployment's application and the decisions on it, oldest first.</summary>
    /// <param name="AwaitingRatification">The urgent authorisation not yet ratified or cancelled, if any.</param>
    public sealed record Authorisation(
        string? ApplicantName,
        IReadOnlyList<AuthorisationDecision> Decisions,
        AuthorisationDecision? AwaitingRatification,
        DateTime? RatificationDueBy,
        bool RatificationOverdue);

    public sealed class Handler(GovernanceDbContext db, AuthorisationSettings settings)
    {
        /// <summary>Logs the view if the marking asks, then builds the page.</summary>
        public async Task<Page> ShowAsync(Deployment deployment, RecordMarking marking, DateTime? asAtUtc, CurrentUser user, string? purpose,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(deployment);
            ArgumentNullException.ThrowIfNull(user);
            await LogViewAsync(deployment, marking, user, null, purpose, cancellationToken);
            var id = deployment.Id;
            IReadOnlyList<WatchlistCategory> categories;
            IReadOnlyList<DeploymentAlert> alerts;
            if (asAtUtc is { } instant)
            {
                categories = (await RegisterAsOf.AllAsync<WatchlistCategory>(db, instant, cancellationToken)).Where(c => c.DeploymentId == id).ToList();
                alerts = (await RegisterAsOf.AllAsync<DeploymentAlert>(db, instant, cancellationToken)).Where(a => a.DeploymentId == id).ToList();
            }
            else
            {
                categories = await db.WatchlistCategories.AsNoTracking().Where(c => c.DeploymentId == id).ToListAsync(cancellationToken);
                alerts = await db.Alerts.AsNoTracking().Where(a => a.DeploymentId == id).ToListAsync(cancellationToken);
            }
            var personIds = new[] { deployment.WatchlistReviewedById, deployment.WatchlistDestroyedById, deployment.ReviewerId, deployment.ApplicantId }
                .Where(p => p is not null).Select(p => p!.Value).ToList();
            var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.Name })
                .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
            var system = await db.Systems.AsNoTracking().Where(s => s.Id == deployment.SystemId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
            if (system is not null)
            {
                names[deployment.SystemId] = system;
            }
            var history = await RecordHistory.TimelineAsync(db, DeploymentFields.RecordType, id, asAtUtc, DeploymentFields.Instance, cancellationToken);
            return new Page(deployment, marking, names,
                [.. categories.OrderBy(c => c.IsRetired).ThenBy(c => c.Category)],
                [.. alerts.OrderBy(a => a.IsRetired).ThenBy(a => a.OccurredAt)],
                await CoveringAssessments.ForAsync(db, AssessedRecordType.Deployment, id, "deployment", asAtUtc, cancellationToken),
                await RecordDocuments.ForAsync(db, DeploymentFields.RecordType, id, asAtUtc, cancellationToken),
                history, asAtUtc, await AuthorisationAsync(deployment, names, asAtUtc, cancellationToken));
        }

        /// <summary>The decisions on the record at <paramref name="asAtUtc"/> (all of them now).</summary>
        private async Task<Authorisation> AuthorisationAsync(Deployment deployment, Dictionary<Guid, string> names, DateTime? asAtUtc,
            CancellationToken cancellationToken)
        {
            var decisions = await SubjectDecisions.ForAsync(db, DecisionSubject.Deployment, deployment.Id, asAtUtc, cancellationToken);
            var awaiting = decisions.LastOrDefault(d => AuthorisationRules.IsAwaitingRatification(d, decisions));
            var now = asAtUtc ?? db.Clock.GetUtcNow().UtcDateTime;
            return new Authorisation(
                deployment.ApplicantId is { } applicant && names.TryGetValue(applicant, out var name) ? name : null,
                decisions,
                awaiting,
                awaiting is null ? null : AuthorisationRules.RatificationDueBy(awaiting, settings),
                awaiting is not null && AuthorisationRules.IsRatificationOverdue(awaiting, decisions, now, settings));
        }

        /// <summary>Logs a view of the deployment's values (its page, or a form that shows them), if the marking asks.</summary>
        public Task LogViewAsync(Deployment deployment, RecordMarking marking, CurrentUser user, string? where, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(deployment);
            return SensitiveViews.LogViewAsync(db, user, marking, DeploymentFields.RecordType, deployment.Id,
                $"Deployment \u201c{deployment.Reference}\u201d" + (where is null ? string.Empty : $", {where}"), purpose, cancellationToken);
        }
    }
}
