using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>Retiring a watchlist category or an alert row of a deployment, with a reason kept in its history. A
/// category is retired only if the deployment's rules still hold without it (its watchlist size).</summary>
public static class RetireDeploymentRow
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter why you are retiring this row")]
        [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    /// <param name="What">"watchlist category" or "alert".</param>
    /// <param name="Path">Where the form posts.</param>
    /// <param name="Description">The row in words, for the heading.</param>
    public sealed record Page(Guid DeploymentId, string Reference, string What, string Path, string Description, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadCategoryAsync(Guid deploymentId, Guid id, CancellationToken cancellationToken)
        {
            var reference = await ReferenceAsync(deploymentId, cancellationToken);
            var category = await db.WatchlistCategories.AsNoTracking()
                .SingleOrDefaultAsync(c => c.Id == id && c.DeploymentId == deploymentId && c.RetiredAt == null, cancellationToken);
            return reference is null || category is null ? null : CategoryPage(deploymentId, reference, category, new Input { Version = category.Version });
        }

        public async Task<Page?> LoadAlertAsync(Guid deploymentId, Guid id, CancellationToken cancellationToken)
        {
            var reference = await ReferenceAsync(deploymentId, cancellationToken);
            var alert = await db.Alerts.AsNoTracking()
                .SingleOrDefaultAsync(a => a.Id == id && a.DeploymentId == deploymentId && a.RetiredAt == null, cancellationToken);
            return reference is null || alert is null ? null : AlertPage(deploymentId, reference, alert, new Input { Version = alert.Version });
        }

        /// <summary>Retires the category and returns null, or returns the page to show again.</summary>
        public async Task<Page?> RetireCategoryAsync(Guid deploymentId, Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var deployment = await db.Deployments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deploymentId && d.RetiredAt == null, cancellationToken)
                ?? throw new KeyNotFoundException();
            var categories = await db.WatchlistCategories.Where(c => c.DeploymentId == deploymentId && c.RetiredAt == null).ToListAsync(cancellationToken);
            var category = categories.SingleOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException();
            CheckVersion(category.Version, input, modelState);
            if (modelState.IsValid)
            {
                category.Retire(input.Reason!, db.Clock.GetUtcNow().UtcDateTime);
                foreach (var breach in DeploymentRules.Check(deployment, categories))
                {
                    modelState.AddModelError(string.Empty, breach.Field == nameof(Deployment.WatchlistSize)
                        ? breach.Message + ". Change the deployment's watchlist size first"
                        : breach.Message);
                }
            }
            if (!modelState.IsValid)
            {
                db.ChangeTracker.Clear();
                return CategoryPage(deploymentId, deployment.Reference, category, input);
            }
            return await SaveAsync(category, input, cancellationToken);
        }

        /// <summary>Retires the alert row and returns null, or returns the page to show again.</summary>
        public async Task<Page?> RetireAlertAsync(Guid deploymentId, Guid id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var reference = await ReferenceAsync(deploymentId, cancellationToken) ?? throw new KeyNotFoundException();
            var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == id && a.DeploymentId == deploymentId && a.RetiredAt == null, cancellationToken)
                ?? throw new KeyNotFoundException();
            CheckVersion(alert.Version, input, modelState);
            if (!modelState.IsValid)
            {
                return AlertPage(deploymentId, reference, alert, input);
            }
            alert.Retire(input.Reason!, db.Clock.GetUtcNow().UtcDateTime);
            return await SaveAsync(alert, input, cancellationToken);
        }

        private static void CheckVersion(int version, Input input, ModelStateDictionary modelState)
        {
            if (version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else changed this row after you opened this page: check it and retire it again if you still need to");
                input.Version = version;
            }
        }

        private async Task<Page?> SaveAsync<TRow>(TRow row, Input input, CancellationToken cancellationToken) where TRow : Core.Forces.ForceRecord
        {
            db.ChangeReason = input.Reason;
            db.Entry(row).Property(r => r.Version).OriginalValue = input.Version;
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        private Task<string?> ReferenceAsync(Guid deploymentId, CancellationToken cancellationToken) =>
            db.Deployments.AsNoTracking().Where(d => d.Id == deploymentId && d.RetiredAt == null).Select(d => d.Reference).SingleOrDefaultAsync(cancellationToken);

        private static Page CategoryPage(Guid deploymentId, string reference, WatchlistCategory category, Input input) =>
            new(deploymentId, reference, "watchlist category", $"/deployments/{deploymentId}/watchlist/{category.Id}/retire",
                $"{WatchlistCategoryFields.KindName(category.Category)} ({category.Size:N0} people)", input);

        private static Page AlertPage(Guid deploymentId, string reference, DeploymentAlert alert, Input input) =>
            new(deploymentId, reference, "alert", $"/deployments/{deploymentId}/alerts/{alert.Id}/retire",
                $"Alert at {Infrastructure.Register.UkTime.Format(alert.OccurredAt)}", input);
    }
}
