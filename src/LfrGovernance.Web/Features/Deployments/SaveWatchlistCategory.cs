using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>Adding a category to a deployment's watchlist, or changing one. The deployment's rules run over its
/// categories as they would be after the change (the watchlist size must equal their sum), and nothing is saved
/// while any is broken.</summary>
public static class SaveWatchlistCategory
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Select the category")]
        public WatchlistCategoryKind? Category { get; set; }

        public string? Size { get; set; }

        [Required(ErrorMessage = "Enter where the images came from")]
        [StringLength(Deployment.AddressLength, ErrorMessage = "The source of images must be 500 characters or fewer")]
        public string? ImageSource { get; set; }

        [Required(ErrorMessage = "Enter the legal basis")]
        [StringLength(Deployment.AddressLength, ErrorMessage = "The legal basis must be 500 characters or fewer")]
        public string? LegalBasis { get; set; }

        [StringLength(Deployment.MediumTextLength, ErrorMessage = "The justification must be 2,000 characters or fewer")]
        public string? Justification { get; set; }

        /// <summary>The version of the category the form was based on (changes only).</summary>
        public int Version { get; set; }
    }

    /// <param name="CategoryId">The category changed, or null for a new one.</param>
    public sealed record Page(Guid DeploymentId, string Reference, Guid? CategoryId, Input Input, string? Conflict);

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>The form for a new category, or null if the deployment is not there.</summary>
        public async Task<Page?> NewAsync(Guid deploymentId, CancellationToken cancellationToken) =>
            await db.Deployments.AsNoTracking().Where(d => d.Id == deploymentId && d.RetiredAt == null)
                .Select(d => new Page(d.Id, d.Reference, null, new Input(), null)).SingleOrDefaultAsync(cancellationToken);

        /// <summary>The form for changing a current category, or null if there is none.</summary>
        public async Task<Page?> LoadAsync(Guid deploymentId, Guid categoryId, CancellationToken cancellationToken)
        {
            var reference = await db.Deployments.AsNoTracking().Where(d => d.Id == deploymentId && d.RetiredAt == null)
                .Select(d => d.Reference).SingleOrDefaultAsync(cancellationToken);
            var category = await db.WatchlistCategories.AsNoTracking()
                .SingleOrDefaultAsync(c => c.Id == categoryId && c.DeploymentId == deploymentId && c.RetiredAt == null, cancellationToken);
            return reference is null || category is null ? null : new Page(deploymentId, reference, categoryId, new Input
            {
                Category = category.Category, Size = NumberInput.FormatCount(category.Size), ImageSource = category.ImageSource,
                LegalBasis = category.LegalBasis, Justification = category.Justification, Version = category.Version,
            }, null);
        }

        /// <summary>Saves and returns null, or returns the page to show again; throws <see cref="KeyNotFoundException"/>
        /// when the deployment or the category is not there.</summary>
        public async Task<Page?> HandleAsync(Guid deploymentId, Guid? categoryId, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var deployment = await db.Deployments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deploymentId && d.RetiredAt == null, cancellationToken)
                ?? throw new KeyNotFoundException();
            var categories = await db.WatchlistCategories.Where(c => c.DeploymentId == deploymentId && c.RetiredAt == null).ToListAsync(cancellationToken);
            WatchlistCategory category;
            if (categoryId is { } id)
            {
                category = categories.SingleOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException();
                if (category.Version != input.Version)
                {
                    modelState.AddModelError(string.Empty, "Someone else changed this category after you opened this page: check it and save again");
                    input.Version = category.Version;
                    return new Page(deploymentId, deployment.Reference, categoryId, input,
                        "Your changes have not been saved. The category has changed since you opened this page.");
                }
            }
            else
            {
                category = new WatchlistCategory { DeploymentId = deploymentId, ForceId = deployment.ForceId };
                categories.Add(category);
            }
            category.Category = input.Category ?? default;
            category.Size = (int)(NumberInput.ReadCount(input.Size, modelState, "Input.Size", "the number of people", required: true) ?? 0);
            category.ImageSource = input.ImageSource?.Trim() ?? string.Empty;
            category.LegalBasis = input.LegalBasis?.Trim() ?? string.Empty;
            category.Justification = string.IsNullOrWhiteSpace(input.Justification) ? null : input.Justification.Trim();
            AddBreaches(DeploymentRules.CheckCategory(category), modelState);
            if (modelState.IsValid)
            {
                AddBreaches(DeploymentRules.Check(deployment, categories), modelState);
            }
            if (!modelState.IsValid)
            {
                return new Page(deploymentId, deployment.Reference, categoryId, input, null);
            }
            if (categoryId is null)
            {
                db.WatchlistCategories.Add(category);
            }
            else
            {
                db.Entry(category).Property(c => c.Version).OriginalValue = input.Version;
            }
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        /// <summary>The category's own breaches beside its fields; the deployment's above the form.</summary>
        private static void AddBreaches(IEnumerable<Core.Records.RuleBreach> breaches, ModelStateDictionary modelState)
        {
            foreach (var breach in breaches)
            {
                var own = breach.Field is nameof(WatchlistCategory.Size) or nameof(WatchlistCategory.Justification);
                var message = breach.Field == nameof(Deployment.WatchlistSize)
                    ? breach.Message + ". Change the deployment's watchlist size first, or leave it blank until every category is recorded"
                    : breach.Message;
                modelState.AddModelError(own ? "Input." + breach.Field : string.Empty, message);
            }
        }
    }
}
