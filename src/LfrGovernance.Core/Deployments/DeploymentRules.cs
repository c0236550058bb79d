using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Deployments;

/// <summary>The consistency rules of a deployment's dates, watchlist and figures (domain section 3). Each breach
/// names the field to show it beside.</summary>
public static class DeploymentRules
{
    public static IReadOnlyList<RuleBreach> Check(Deployment deployment, IReadOnlyCollection<WatchlistCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(categories);
        var breaches = new List<RuleBreach>();
        var d = deployment;

        if (d.PlannedStart is { } plannedStart && d.PlannedEnd is { } plannedEnd && plannedEnd <= plannedStart)
        {
            breaches.Add(new(nameof(Deployment.PlannedEnd), "The planned end must be after the planned start"));
        }
        if (d.ActualStart is { } actualStart && d.ActualEnd is { } actualEnd && actualEnd <= actualStart)
        {
            breaches.Add(new(nameof(Deployment.ActualEnd), "The actual end must be after the actual start"));
        }
        if (d.ActualEnd is not null && d.ActualStart is null)
        {
            breaches.Add(new(nameof(Deployment.ActualStart), "Enter the actual start as well as the actual end"));
        }
        if (d.ThresholdUsed is { } threshold && threshold is < 0 or > 1)
        {
            breaches.Add(new(nameof(Deployment.ThresholdUsed), "The threshold used must be between 0 and 1"));
        }
        if (d.Latitude is { } latitude && latitude is < -90 or > 90)
        {
            breaches.Add(new(nameof(Deployment.Latitude), "Latitude must be between -90 and 90"));
        }
        if (d.Longitude is { } longitude && longitude is < -180 or > 180)
        {
            breaches.Add(new(nameof(Deployment.Longitude), "Longitude must be between -180 and 180"));
        }
        if (d.Latitude is null != d.Longitude is null)
        {
            breaches.Add(new(d.Latitude is null ? nameof(Deployment.Latitude) : nameof(Deployment.Longitude), "Enter both latitude and longitude, or neither"));
        }

        CheckNotNegative(breaches, d);
        CheckWatchlist(breaches, d, categories);
        CheckPublicNotice(breaches, d);
        CheckOutcomes(breaches, d);

        if (d.WatchlistDestroyedAt is { } destroyed && d.ActualEnd is { } ended && destroyed < ended)
        {
            breaches.Add(new(nameof(Deployment.WatchlistDestroyedAt), "The watchlist cannot be destroyed before the deployment ended"));
        }
        if (d.ReviewedOn is not null && d.ActualEnd is null)
        {
            breaches.Add(new(nameof(Deployment.ReviewedOn), "A post-deployment review needs the deployment's actual end"));
        }
        CheckSignOffs(breaches, d);
        return breaches;
    }

    /// <summary>The rules of one watchlist category: a justification for "other", a size of at least 0.</summary>
    public static IReadOnlyList<RuleBreach> CheckCategory(WatchlistCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var breaches = new List<RuleBreach>();
        if (category.Size < 0)
        {
            breaches.Add(new(nameof(WatchlistCategory.Size), "The number of people cannot be negative"));
        }
        if (category.Category == WatchlistCategoryKind.Other && string.IsNullOrWhiteSpace(category.Justification))
        {
            breaches.Add(new(nameof(WatchlistCategory.Justification), "Enter why people in this other category are on the watchlist"));
        }
        return breaches;
    }

    /// <summary>The rules of one recorded alert against its deployment: its time within the deployment's actual
    /// period (when that is recorded), and no more alert rows than the deployment's total alerts.</summary>
    /// <param name="currentAlertRows">How many current alert rows the deployment would have with this one.</param>
    public static IReadOnlyList<RuleBreach> CheckAlert(Deployment deployment, DeploymentAlert alert, int currentAlertRows)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(alert);
        var breaches = new List<RuleBreach>();
        if (deployment.ActualStart is { } start && alert.OccurredAt < start)
        {
            breaches.Add(new(nameof(DeploymentAlert.OccurredAt), "The alert cannot be before the deployment's actual start"));
        }
        if (deployment.ActualEnd is { } end && alert.OccurredAt > end)
        {
            breaches.Add(new(nameof(DeploymentAlert.OccurredAt), "The alert cannot be after the deployment's actual end"));
        }
        if (deployment.TotalAlerts is { } total && currentAlertRows > total)
        {
            breaches.Add(new(string.Empty,
                $"The deployment records {total:N0} alerts in total: record the outcomes first if there were more, so that the alerts listed ({currentAlertRows:N0}) are not more than the total"));
        }
        if (alert.ImageRetainedUntil is { } until && until < alert.OccurredAt)
        {
            breaches.Add(new(nameof(DeploymentAlert.ImageRetainedUntil), "The image cannot be kept until a time before the alert"));
        }
        return breaches;
    }

    /// <summary>The count of alert rows against a changed total: a deployment's total alerts cannot fall below the
    /// alerts recorded one by one.</summary>
    public static RuleBreach? CheckAlertRows(Deployment deployment, int currentAlertRows)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        if (currentAlertRows > 0 && (deployment.TotalAlerts is null || deployment.TotalAlerts < currentAlertRows))
        {
            return new(nameof(Deployment.TotalAlerts),
                $"{currentAlertRows:N0} alerts are recorded one by one for this deployment: the total alerts cannot be fewer");
        }
        return null;
    }

    private static void CheckSignOffs(List<RuleBreach> breaches, Deployment d)
    {
        if (d.WatchlistReviewedAt is null != d.WatchlistReviewedById is null)
        {
            breaches.Add(d.WatchlistReviewedById is null
                ? new(nameof(Deployment.WatchlistReviewedById), "Select who reviewed the watchlist")
                : new(nameof(Deployment.WatchlistReviewedAt), "Enter when the watchlist was reviewed"));
        }
        if (d.WatchlistDestroyedAt is null != d.WatchlistDestroyedById is null)
        {
            breaches.Add(d.WatchlistDestroyedById is null
                ? new(nameof(Deployment.WatchlistDestroyedById), "Select who destroyed the watchlist")
                : new(nameof(Deployment.WatchlistDestroyedAt), "Enter when the watchlist was destroyed"));
        }
        if (d.WatchlistReviewedAt is { } reviewed && d.ActualStart is { } started && reviewed > started)
        {
            breaches.Add(new(nameof(Deployment.WatchlistReviewedAt), "The watchlist must be reviewed before the deployment started"));
        }
        if (d.WatchlistBuiltAt is { } built && d.WatchlistReviewedAt is { } checkedAt && checkedAt < built)
        {
            breaches.Add(new(nameof(Deployment.WatchlistReviewedAt), "The watchlist cannot be reviewed before it was built"));
        }
        if (d.ReviewedOn is not null && d.ReviewerId is null)
        {
            breaches.Add(new(nameof(Deployment.ReviewerId), "Select who carried out the post-deployment review"));
        }
    }

    private static void CheckNotNegative(List<RuleBreach> breaches, Deployment d)
    {
        void Check(long? value, string field, string label)
        {
            if (value < 0)
            {
                breaches.Add(new(field, $"{label} cannot be negative"));
            }
        }
        Check(d.WatchlistSize, nameof(Deployment.WatchlistSize), "Watchlist size");
        Check(d.CameraCount, nameof(Deployment.CameraCount), "The number of cameras");
        Check(d.FacesSeen, nameof(Deployment.FacesSeen), "Faces seen");
        Check(d.TotalAlerts, nameof(Deployment.TotalAlerts), "Total alerts");
        Check(d.TrueAlertsConfirmed, nameof(Deployment.TrueAlertsConfirmed), "Confirmed true alerts");
        Check(d.TrueAlertsUnconfirmed, nameof(Deployment.TrueAlertsUnconfirmed), "Unconfirmed true alerts");
        Check(d.FalseAlertsConfirmed, nameof(Deployment.FalseAlertsConfirmed), "Confirmed false alerts");
        Check(d.FalseAlertsUnconfirmed, nameof(Deployment.FalseAlertsUnconfirmed), "Unconfirmed false alerts");
        Check(d.Engagements, nameof(Deployment.Engagements), "Engagements");
        Check(d.Arrests, nameof(Deployment.Arrests), "Arrests");
        Check(d.OtherAction, nameof(Deployment.OtherAction), "Other action");
        Check(d.NoAction, nameof(Deployment.NoAction), "No action");
    }

    private static void CheckWatchlist(List<RuleBreach> breaches, Deployment d, IReadOnlyCollection<WatchlistCategory> categories)
    {
        var current = categories.Where(c => !c.IsRetired).ToList();
        if (current.Count == 0)
        {
            return;
        }
        var composed = current.Sum(c => (long)c.Size);
        if (d.WatchlistSize is { } size && composed != size)
        {
            breaches.Add(new(nameof(Deployment.WatchlistSize),
                $"The watchlist size ({size:N0}) must equal the sum of its categories ({composed:N0})"));
        }
    }

    private static void CheckPublicNotice(List<RuleBreach> breaches, Deployment d)
    {
        if (d.PublicNoticeGiven == true && d.PublicNoticeMethods == PublicNoticeMethods.None)
        {
            breaches.Add(new(nameof(Deployment.PublicNoticeMethods), "Select how the public was told"));
        }
        if (d.PublicNoticeGiven == false && string.IsNullOrWhiteSpace(d.PublicNoticeNotGivenReason))
        {
            breaches.Add(new(nameof(Deployment.PublicNoticeNotGivenReason), "Enter why no public notice was given"));
        }
    }

    private static void CheckOutcomes(List<RuleBreach> breaches, Deployment d)
    {
        var adjudicated = new[] { d.TrueAlertsConfirmed, d.TrueAlertsUnconfirmed, d.FalseAlertsConfirmed, d.FalseAlertsUnconfirmed };
        var anyAdjudicated = adjudicated.Any(v => v is not null);
        if (anyAdjudicated && d.TotalAlerts is null)
        {
            breaches.Add(new(nameof(Deployment.TotalAlerts), "Enter the total number of alerts"));
            return;
        }
        if (d.TotalAlerts is not { } total)
        {
            return;
        }
        if (anyAdjudicated)
        {
            var sum = adjudicated.Sum(v => v ?? 0);
            if (sum != total)
            {
                breaches.Add(new(nameof(Deployment.TotalAlerts),
                    $"True and false alerts (confirmed and unconfirmed) add up to {sum:N0}, but the total alerts is {total:N0}: every alert is either true or false"));
            }
        }
        if (d.Engagements > total)
        {
            breaches.Add(new(nameof(Deployment.Engagements), $"Engagements ({d.Engagements:N0}) cannot exceed the total alerts ({total:N0})"));
        }
        var actions = (d.Arrests ?? 0) + (d.OtherAction ?? 0) + (d.NoAction ?? 0);
        if (actions > total)
        {
            breaches.Add(new(nameof(Deployment.Arrests),
                $"Arrests, other action and no action add up to {actions:N0}, more than the total alerts ({total:N0})"));
        }
        if (d.FacesSeen is { } faces && total > faces)
        {
            breaches.Add(new(nameof(Deployment.TotalAlerts), $"Total alerts ({total:N0}) cannot exceed faces seen ({faces:N0})"));
        }
    }
}
