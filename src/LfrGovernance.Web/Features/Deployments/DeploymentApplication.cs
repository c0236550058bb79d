using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>The application inside a deployment record: its applicant, and the fields the authorising officer decides
/// on, which stay as they were submitted until the application comes back for changes.</summary>
public static class DeploymentApplication
{
    /// <summary>What the written authority covers (domain section 4) and so cannot change under the authorising
    /// officer: the case, the location, the planned times and the watchlist criteria.</summary>
    public static readonly IReadOnlyList<string> DecidedFields =
    [
        nameof(Deployment.LegitimateAim), nameof(Deployment.Necessity), nameof(Deployment.Proportionality),
        nameof(Deployment.LocationName), nameof(Deployment.LocationAddress), nameof(Deployment.Latitude), nameof(Deployment.Longitude),
        nameof(Deployment.PlannedStart), nameof(Deployment.PlannedEnd), nameof(Deployment.WatchlistCriteria),
    ];

    /// <summary>True while the applicant may change the application: a draft, or an application returned for changes.</summary>
    public static bool IsOpen(DeploymentStatus status) => status is DeploymentStatus.Draft or DeploymentStatus.ReturnedForChanges;

    /// <summary>Why the decided fields cannot be changed now, in words for the edit page (null while they can).</summary>
    public static string? WhyClosed(DeploymentStatus status) => IsOpen(status)
        ? null
        : $"This deployment is {DeploymentFields.StatusName(status).ToLowerInvariant()}. Its legitimate aim, necessity, proportionality, "
            + "location, planned times and watchlist criteria are what the authorising officer decided on, so they cannot be changed now. "
            + "Only a draft or an application returned for changes can change them. Actual times, outcomes, the watchlist's destruction "
            + "and the post-deployment review can still be recorded.";

    /// <summary>Adds a message beside each decided field the form would change while the application is closed.</summary>
    public static void RefuseChangesToDecidedFields(GovernanceDbContext db, Deployment deployment, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(modelState);
        if (IsOpen(deployment.Status))
        {
            return;
        }
        var entry = db.Entry(deployment);
        entry.DetectChanges();
        foreach (var field in DecidedFields.Where(f => entry.Property(f).IsModified))
        {
            modelState.AddModelError(DeploymentForm.Key(field),
                $"{DeploymentFields.Instance.Label(field)} cannot be changed: the application is {DeploymentFields.StatusName(deployment.Status).ToLowerInvariant()}");
        }
    }

    /// <summary>Makes the signed-in user the applicant of an open application they create or change: their sign-in
    /// account, and the current person record linked to it (none when the account is not linked).</summary>
    public static async Task SetApplicantAsync(GovernanceDbContext db, Deployment deployment, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(user);
        if (!IsOpen(deployment.Status))
        {
            return;
        }
        deployment.ApplicantAccountObjectId = user.Id;
        deployment.ApplicantId = await PersonOfAsync(db, user, cancellationToken);
    }

    /// <summary>The current person record linked to the user's sign-in account, if any.</summary>
    public static Task<Guid?> PersonOfAsync(GovernanceDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return db.People.AsNoTracking().Where(p => p.AccountObjectId == user.Id && p.RetiredAt == null)
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
