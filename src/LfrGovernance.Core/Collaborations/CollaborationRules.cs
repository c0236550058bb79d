using System.Globalization;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Collaborations;

/// <summary>The consistency rules of a collaboration and of the images shared within it (domain section 7). Each
/// breach names the field to show it beside.</summary>
public static class CollaborationRules
{
    public static IReadOnlyList<RuleBreach> Check(Collaboration collaboration)
    {
        ArgumentNullException.ThrowIfNull(collaboration);
        var c = collaboration;
        var breaches = new List<RuleBreach>();
        if (c.Manner == CollaborationManner.None)
        {
            breaches.Add(new(nameof(Collaboration.Manner), "Select at least one way the force and the organisation worked together"));
        }
        if (c.StartedOn is { } start && c.EndedOn is { } end && end < start)
        {
            breaches.Add(new(nameof(Collaboration.EndedOn), "The end must be the same as or after the start"));
        }
        if (c.Status == CollaborationStatus.Ceased && c.EndedOn is null)
        {
            breaches.Add(new(nameof(Collaboration.EndedOn), "Enter when the collaboration ended: it has ceased"));
        }
        if (c.CostPence < 0)
        {
            breaches.Add(new(nameof(Collaboration.CostPence), "The cost cannot be negative"));
        }
        CheckFigures(breaches, c);
        return breaches;
    }

    private static void CheckFigures(List<RuleBreach> breaches, Collaboration c)
    {
        void NotNegative(int? value, string field, string label)
        {
            if (value < 0)
            {
                breaches.Add(new(field, $"{label} cannot be negative"));
            }
        }
        NotNegative(c.Alerts, nameof(Collaboration.Alerts), "Alerts");
        NotNegative(c.AlertsActedOn, nameof(Collaboration.AlertsActedOn), "Alerts acted on");
        NotNegative(c.TruePositives, nameof(Collaboration.TruePositives), "True positives");
        NotNegative(c.FalsePositives, nameof(Collaboration.FalsePositives), "False positives");
        var anyBreakdown = c.AlertsActedOn is not null || c.TruePositives is not null || c.FalsePositives is not null;
        if (c.Alerts is not { } alerts)
        {
            if (anyBreakdown)
            {
                breaches.Add(new(nameof(Collaboration.Alerts), "Enter the number of alerts"));
            }
            return;
        }
        if (alerts < 0)
        {
            return;
        }
        if (c.AlertsActedOn > alerts)
        {
            breaches.Add(new(nameof(Collaboration.AlertsActedOn), $"Alerts acted on ({c.AlertsActedOn:N0}) cannot be more than the alerts ({alerts:N0})"));
        }
        var adjudicated = (long)(c.TruePositives ?? 0) + (c.FalsePositives ?? 0);
        if (adjudicated > alerts)
        {
            breaches.Add(new(nameof(Collaboration.TruePositives),
                $"True and false positives add up to {adjudicated:N0}, more than the alerts ({alerts:N0})"));
        }
    }

    /// <summary>The rules of one sharing of images, within the collaboration it belongs to.</summary>
    public static IReadOnlyList<RuleBreach> Check(ImageSharing sharing, Collaboration collaboration)
    {
        ArgumentNullException.ThrowIfNull(sharing);
        ArgumentNullException.ThrowIfNull(collaboration);
        var breaches = new List<RuleBreach>();
        if (sharing.ImageCount < 1)
        {
            breaches.Add(new(nameof(ImageSharing.ImageCount), "The number of images must be 1 or more"));
        }
        if (string.IsNullOrWhiteSpace(sharing.SourceDataset))
        {
            breaches.Add(new(nameof(ImageSharing.SourceDataset), "Enter the dataset the images came from"));
        }
        if (string.IsNullOrWhiteSpace(sharing.Purposes))
        {
            breaches.Add(new(nameof(ImageSharing.Purposes), "Enter what the images were shared for"));
        }
        if (string.IsNullOrWhiteSpace(sharing.LegalBasis))
        {
            breaches.Add(new(nameof(ImageSharing.LegalBasis), "Enter the legal basis for sharing the images"));
        }
        if (collaboration.StartedOn is { } start && sharing.SharedOn < start)
        {
            breaches.Add(new(nameof(ImageSharing.SharedOn), $"The date shared cannot be before the collaboration started ({UkDate(start)})"));
        }
        if (collaboration.EndedOn is { } end && sharing.SharedOn > end)
        {
            breaches.Add(new(nameof(ImageSharing.SharedOn), $"The date shared cannot be after the collaboration ended ({UkDate(end)})"));
        }
        return breaches;
    }

    /// <summary>True when images are recorded as shared but the collaboration's manner does not include image sharing.</summary>
    public static bool SharingsLackManner(Collaboration collaboration, IEnumerable<ImageSharing> sharings)
    {
        ArgumentNullException.ThrowIfNull(collaboration);
        ArgumentNullException.ThrowIfNull(sharings);
        return !collaboration.Manner.HasFlag(CollaborationManner.ImageSharing) && sharings.Any(s => !s.IsRetired);
    }

    /// <summary>The images shared in the current sharings.</summary>
    public static long TotalImagesShared(IEnumerable<ImageSharing> sharings)
    {
        ArgumentNullException.ThrowIfNull(sharings);
        return sharings.Where(s => !s.IsRetired).Sum(s => (long)s.ImageCount);
    }

    private static string UkDate(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
