using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Deployments;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Authorisation;

/// <summary>An authorising officer's decision on a deployment's application (issue 5): the application and the
/// readiness checklist as they stand now, and the decision (authorise, refuse, return for changes, or authorise
/// urgently), or, while an urgent authorisation awaits it, ratification or cancellation. The rules are
/// <see cref="AuthorisationRules.DecideOnDeployment"/>; the decision and the move it makes are saved together.</summary>
public static class DecideOnDeployment
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Select your decision")]
        public DecisionOutcome? Outcome { get; set; }

        [Required(ErrorMessage = "Enter the reasons for the decision")]
        [StringLength(AuthorisationDecision.TextLength, ErrorMessage = "The reasons must be 4,000 characters or fewer")]
        public string? Rationale { get; set; }

        [StringLength(AuthorisationDecision.TextLength, ErrorMessage = "The conditions must be 4,000 characters or fewer")]
        public string? Conditions { get; set; }

        [StringLength(AuthorisationDecision.TextLength, ErrorMessage = "The reason of urgency must be 4,000 characters or fewer")]
        public string? UrgencyReason { get; set; }

        /// <summary>The deployment's version the officer saw.</summary>
        public int Version { get; set; }
    }

    /// <param name="Offered">The decisions the form offers (none when nothing awaits a decision).</param>
    /// <param name="RankToday">The officer's rank today, from the person record linked to their account.</param>
    /// <param name="Urgent">The urgent authorisation awaiting ratification, if any, and when it is due.</param>
    public sealed record Page(
        Deployment Deployment,
        string? ApplicantName,
        ReadinessReport Readiness,
        IReadOnlyList<DecisionOutcome> Offered,
        Rank? RankToday,
        AuthorisationDecision? Urgent,
        DateTime? UrgentDueBy,
        Input Input);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Decided : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db, AuthorisationSettings settings)
    {
        /// <param name="purpose">Why the officer needs to see it, when its marking asks.</param>
        public async Task<Page?> LoadAsync(Guid id, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            var deployment = await db.Deployments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.RetiredAt == null, cancellationToken);
            if (deployment is null)
            {
                return null;
            }
            // The page shows the deployment's values: a view of a sensitive one is logged as its own page's is.
            await SensitiveViews.LogViewAsync(db, user, deployment.Marking, DeploymentFields.RecordType, deployment.Id,
                $"Deployment \u201c{deployment.Reference}\u201d, to decide on it", purpose, cancellationToken);
            var state = await StateAsync(deployment, user, cancellationToken);
            return PageOf(deployment, state, new Input { Version = deployment.Version });
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, CurrentUser user, bool isAuthorisingOfficer, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(user);
            ArgumentNullException.ThrowIfNull(modelState);
            var deployment = await db.Deployments.SingleOrDefaultAsync(d => d.Id == id && d.RetiredAt == null, cancellationToken);
            if (deployment is null)
            {
                return new NotFound();
            }
            var state = await StateAsync(deployment, user, cancellationToken);
            if (deployment.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "The application changed after you opened this page: read it again below before deciding");
                input.Version = deployment.Version;
                return new Refused(PageOf(deployment, state, input));
            }
            var offered = Offered(deployment, state);
            if (input.Outcome is { } chosen && !offered.Contains(chosen))
            {
                modelState.AddModelError(Key(nameof(Input.Outcome)), offered.Count == 0
                    ? $"Nothing awaits a decision: the deployment is {DeploymentFields.StatusName(deployment.Status).ToLowerInvariant()}"
                    : "Select one of the decisions offered");
            }
            if (input.Outcome == DecisionOutcome.UrgentlyAuthorised && state.RankToday is { } held && held.IsAtLeast(settings.MinimumRank))
            {
                modelState.AddModelError(Key(nameof(Input.Outcome)),
                    $"You hold the rank of {Ranks.DisplayName(held)}, which may authorise in full: the urgent path is for officers below {Ranks.DisplayName(settings.MinimumRank)}");
            }
            if (!modelState.IsValid)
            {
                return new Refused(PageOf(deployment, state, input));
            }
            var officer = new DecidingOfficer(isAuthorisingOfficer, user.Id, user.DisplayName, state.Officer);
            var request = new DecisionRequest(input.Outcome!.Value, input.Rationale, input.Conditions, input.UrgencyReason);
            var result = AuthorisationRules.DecideOnDeployment(deployment, request, officer, state.Readiness, state.InForce, state.NowUtc, state.Today, settings);
            if (result.Decision is not { } decision)
            {
                foreach (var breach in result.Breaches)
                {
                    modelState.AddModelError(breach.Field is nameof(Input.Rationale) or nameof(Input.UrgencyReason) or nameof(Input.Outcome)
                        ? Key(breach.Field) : string.Empty, breach.Message);
                }
                return new Refused(PageOf(deployment, state, input));
            }
            db.AuthorisationDecisions.Add(decision);
            db.Entry(deployment).Property(d => d.Version).OriginalValue = input.Version;
            try
            {
                // The decision and the deployment's move: one save, one change set in the history.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var latest = await db.Deployments.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
                modelState.AddModelError(string.Empty, "The application changed after you opened this page: read it again below before deciding");
                input.Version = latest.Version;
                return new Refused(PageOf(latest, await StateAsync(latest, user, cancellationToken), input));
            }
            return new Decided();
        }

        private sealed record State(Person? Officer, Rank? RankToday, string? ApplicantName, ReadinessReport Readiness,
            AuthorisationDecision? InForce, AuthorisationDecision? Urgent, DateTime NowUtc, DateOnly Today);

        private async Task<State> StateAsync(Deployment deployment, CurrentUser user, CancellationToken cancellationToken)
        {
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var today = UkTime.DayOf(now);
            var officer = await SubjectDecisions.OfficerAsync(db, user, cancellationToken);
            var applicant = deployment.ApplicantId is { } applicantId
                ? await db.People.AsNoTracking().Where(p => p.Id == applicantId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
            var categories = await db.WatchlistCategories.AsNoTracking().Where(c => c.DeploymentId == deployment.Id).ToListAsync(cancellationToken);
            var coverage = await db.AssessmentCoverage.AsNoTracking()
                .Where(c => (c.SubjectType == AssessedRecordType.Deployment && c.SubjectId == deployment.Id)
                    || (c.SubjectType == AssessedRecordType.System && c.SubjectId == deployment.SystemId))
                .ToListAsync(cancellationToken);
            var assessmentIds = coverage.Select(c => c.AssessmentId).Distinct().ToList();
            var assessments = await db.Assessments.AsNoTracking().Where(a => assessmentIds.Contains(a.Id)).ToListAsync(cancellationToken);
            var evaluations = await db.AccuracyEvaluations.AsNoTracking().Where(e => e.SystemId == deployment.SystemId).ToListAsync(cancellationToken);
            var readiness = ReadinessChecklist.Evaluate(deployment, categories, assessments, coverage, evaluations, settings, today);
            var decisions = await SubjectDecisions.ForAsync(db, DecisionSubject.Deployment, deployment.Id, null, cancellationToken);
            var inForce = SubjectDecisions.InForce(decisions);
            var urgent = inForce is not null && AuthorisationRules.IsAwaitingRatification(inForce, decisions) ? inForce : null;
            return new State(officer, officer?.RankOn(today), applicant, readiness, inForce, urgent, now, today);
        }

        /// <summary>What may be decided now: on a submitted application, authorise, refuse or return it (and authorise
        /// urgently, for an officer of the urgent rank below the full rank); on an urgent authorisation, ratify or cancel.</summary>
        private List<DecisionOutcome> Offered(Deployment deployment, State state)
        {
            if (state.Urgent is not null && deployment.Status is DeploymentStatus.Authorised or DeploymentStatus.Live)
            {
                return [DecisionOutcome.Ratified, DecisionOutcome.UrgentAuthorisationCancelled];
            }
            if (deployment.Status != DeploymentStatus.SubmittedForAuthorisation)
            {
                return [];
            }
            var offered = new List<DecisionOutcome> { DecisionOutcome.Authorised, DecisionOutcome.Refused, DecisionOutcome.ReturnedForChanges };
            if (state.RankToday is { } held && held.IsAtLeast(settings.UrgentRank) && !held.IsAtLeast(settings.MinimumRank))
            {
                offered.Insert(0, DecisionOutcome.UrgentlyAuthorised);
            }
            return offered;
        }

        private Page PageOf(Deployment deployment, State state, Input input) =>
            new(deployment, state.ApplicantName, state.Readiness, Offered(deployment, state), state.RankToday, state.Urgent,
                state.Urgent is { } urgent ? AuthorisationRules.RatificationDueBy(urgent, settings) : null, input);
    }

    public static string Key(string field) => "Input." + field;
}
