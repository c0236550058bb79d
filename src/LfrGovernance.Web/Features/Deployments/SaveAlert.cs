using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>Recording one alert of a deployment, or changing one: its time must fall within the deployment's actual
/// period when that is recorded, and the alerts listed one by one cannot outnumber the deployment's total alerts.</summary>
public static class SaveAlert
{
    public sealed class Input
    {
        public DateInput OccurredAt { get; set; } = new();

        public WatchlistCategoryKind? Category { get; set; }

        [Required(ErrorMessage = "Select how the alert was judged")]
        public AlertAdjudication? Adjudication { get; set; }

        public bool Confirmed { get; set; }

        [Required(ErrorMessage = "Select what followed the alert")]
        public AlertAction? Action { get; set; }

        public DateInput ImageRetainedUntil { get; set; } = new();

        [StringLength(Deployment.MediumTextLength, ErrorMessage = "Notes must be 2,000 characters or fewer")]
        public string? Notes { get; set; }

        public int Version { get; set; }
    }

    /// <param name="AlertId">The alert changed, or null for a new one.</param>
    public sealed record Page(Guid DeploymentId, string Reference, Guid? AlertId, Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> NewAsync(Guid deploymentId, CancellationToken cancellationToken) =>
            await db.Deployments.AsNoTracking().Where(d => d.Id == deploymentId && d.RetiredAt == null)
                .Select(d => new Page(d.Id, d.Reference, null, new Input())).SingleOrDefaultAsync(cancellationToken);

        public async Task<Page?> LoadAsync(Guid deploymentId, Guid alertId, CancellationToken cancellationToken)
        {
            var reference = await db.Deployments.AsNoTracking().Where(d => d.Id == deploymentId && d.RetiredAt == null)
                .Select(d => d.Reference).SingleOrDefaultAsync(cancellationToken);
            var alert = await db.Alerts.AsNoTracking()
                .SingleOrDefaultAsync(a => a.Id == alertId && a.DeploymentId == deploymentId && a.RetiredAt == null, cancellationToken);
            return reference is null || alert is null ? null : new Page(deploymentId, reference, alertId, new Input
            {
                OccurredAt = DateInput.From(alert.OccurredAt), Category = alert.Category, Adjudication = alert.Adjudication,
                Confirmed = alert.Confirmed, Action = alert.Action, ImageRetainedUntil = DateInput.From(alert.ImageRetainedUntil),
                Notes = alert.Notes, Version = alert.Version,
            });
        }

        /// <summary>Saves and returns null, or returns the page to show again; throws <see cref="KeyNotFoundException"/>
        /// when the deployment or the alert is not there.</summary>
        public async Task<Page?> HandleAsync(Guid deploymentId, Guid? alertId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var deployment = await db.Deployments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deploymentId && d.RetiredAt == null, cancellationToken)
                ?? throw new KeyNotFoundException();
            DeploymentAlert alert;
            if (alertId is { } id)
            {
                alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == id && a.DeploymentId == deploymentId && a.RetiredAt == null, cancellationToken)
                    ?? throw new KeyNotFoundException();
                if (alert.Version != input.Version)
                {
                    modelState.AddModelError(string.Empty, "Someone else changed this alert after you opened this page: check it and save again");
                    input.Version = alert.Version;
                    return new Page(deploymentId, deployment.Reference, alertId, input);
                }
            }
            else
            {
                alert = new DeploymentAlert { DeploymentId = deploymentId, ForceId = deployment.ForceId };
            }
            alert.OccurredAt = input.OccurredAt.ReadInstant(modelState, "Input.OccurredAt", "the time of the alert", required: true) ?? default;
            alert.Category = input.Category;
            alert.Adjudication = input.Adjudication ?? default;
            alert.Confirmed = input.Confirmed;
            alert.Action = input.Action ?? default;
            alert.ImageRetainedUntil = input.ImageRetainedUntil.ReadInstant(modelState, "Input.ImageRetainedUntil", "until when the image is kept");
            alert.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
            if (modelState.IsValid)
            {
                var others = await db.Alerts.CountAsync(a => a.DeploymentId == deploymentId && a.RetiredAt == null && a.Id != alert.Id, cancellationToken);
                foreach (var breach in DeploymentRules.CheckAlert(deployment, alert, others + 1))
                {
                    modelState.AddModelError(breach.Field.Length == 0 ? string.Empty : "Input." + breach.Field, breach.Message);
                }
            }
            if (!modelState.IsValid)
            {
                return new Page(deploymentId, deployment.Reference, alertId, input);
            }
            if (alertId is null)
            {
                db.Alerts.Add(alert);
            }
            else
            {
                db.Entry(alert).Property(a => a.Version).OriginalValue = input.Version;
            }
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
    }
}
