using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>Changing a deployment. The rules run over the deployment as it would be, with its current watchlist
/// categories and alert rows. The form carries the version the user loaded: if someone else saved in between,
/// nothing is saved, the user is told who changed what, and the form is rebased on the latest version. Once the
/// application is submitted, the fields the authorising officer decides on are refused
/// (<see cref="DeploymentApplication"/>); while it is open, the user who changes it becomes its applicant.</summary>
public static class EditDeployment
{
    public sealed class Input : DeploymentForm
    {
        /// <summary>The version the user's form was based on.</summary>
        public int Version { get; set; }
    }

    /// <param name="Conflict">Who saved in between, and when (else null).</param>
    /// <param name="Closed">Why the application's decided fields cannot be changed (null while they can).</param>
    public sealed record Page(Guid Id, string CurrentReference, Input Input, DeploymentFields.Choices Choices, string? Conflict, string? Closed);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved(Guid Id) : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var deployment = await db.Deployments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (deployment is null)
            {
                return null;
            }
            var input = new Input { Version = deployment.Version };
            input.LoadFrom(deployment);
            return new Page(id, deployment.Reference, input, await ChoicesAsync(input, cancellationToken), null,
                DeploymentApplication.WhyClosed(deployment.Status));
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, CurrentUser user, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var deployment = await db.Deployments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (deployment is null)
            {
                return new NotFound();
            }
            var reference = deployment.Reference;
            if (deployment.Version != input.Version)
            {
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            input.ApplyTo(deployment, modelState, mayFlag: db.ShowsDoNotConfirmOrDenyRecords);
            DeploymentApplication.RefuseChangesToDecidedFields(db, deployment, modelState);
            await input.CheckReferencesAsync(db, deployment, modelState, cancellationToken);
            await DeploymentApplication.SetApplicantAsync(db, deployment, user, cancellationToken);
            var categories = await db.WatchlistCategories.AsNoTracking().Where(c => c.DeploymentId == id && c.RetiredAt == null).ToListAsync(cancellationToken);
            DeploymentForm.AddBreaches(DeploymentRules.Check(deployment, categories), modelState);
            var alertRows = await db.Alerts.CountAsync(a => a.DeploymentId == id && a.RetiredAt == null, cancellationToken);
            if (DeploymentRules.CheckAlertRows(deployment, alertRows) is { } breach)
            {
                DeploymentForm.AddBreaches([breach], modelState);
            }
            if (!modelState.IsValid)
            {
                return new Refused(new Page(id, reference, input, await ChoicesAsync(input, cancellationToken), null,
                    DeploymentApplication.WhyClosed(deployment.Status)));
            }
            db.Entry(deployment).Property(d => d.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new Refused(await ConflictAsync(id, input, modelState, cancellationToken));
            }
            return new Saved(id);
        }

        private Task<DeploymentFields.Choices> ChoicesAsync(Input input, CancellationToken cancellationToken) =>
            DeploymentFields.Choices.LoadAsync(db, cancellationToken, input.SystemId, input.WatchlistReviewedById, input.WatchlistDestroyedById, input.ReviewerId);

        private async Task<Page> ConflictAsync(Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            var latest = await db.Deployments.AsNoTracking().Where(d => d.Id == id)
                .Select(d => new { d.Reference, d.Version, d.Status }).SingleAsync(cancellationToken);
            var since = await RecordHistory.SinceAsync(db, DeploymentFields.RecordType, id, input.Version, DeploymentFields.Instance, cancellationToken);
            var conflicts = RecordConflicts.Summarise(since);
            foreach (var line in conflicts)
            {
                var entered = input.Entered(line.Field);
                modelState.AddModelError(entered is null ? string.Empty : DeploymentForm.Key(line.Field), line.Message(entered));
            }
            if (conflicts.Count == 0)
            {
                modelState.AddModelError(string.Empty, "Someone else saved this deployment after you opened this page");
            }
            input.Version = latest.Version;
            var conflict = since.Count > 0
                ? $"{RecordConflicts.Names(since)} saved changes to this deployment at {UkTime.Format(since[^1].OccurredAtUtc)} ({UkTime.ZoneName}), after you opened it."
                : "Someone else saved changes to this deployment after you opened it.";
            return new Page(id, latest.Reference, input, await ChoicesAsync(input, cancellationToken), conflict,
                DeploymentApplication.WhyClosed(latest.Status));
        }
    }
}
