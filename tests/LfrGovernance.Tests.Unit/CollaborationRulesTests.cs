using LfrGovernance.Core.Collaborations;

namespace LfrGovernance.Tests.Unit;

public sealed class CollaborationRulesTests
{
    private static Collaboration ShoppingCentreTrial() => new()
    {
        Reference = "COL-2018-01",
        Title = "Shopping centre trial",
        Manner = CollaborationManner.ImageSharing | CollaborationManner.Advice,
        Status = CollaborationStatus.Active,
        StartedOn = new DateOnly(2018, 5, 1),
        Alerts = 10,
        AlertsActedOn = 4,
        TruePositives = 6,
        FalsePositives = 4,
    };

    private static ImageSharing Sharing(DateOnly on) => new()
    {
        SharedOn = on,
        Direction = ImageSharingDirection.ForceToPartner,
        ImageCount = 7,
        SourceDataset = "Custody images",
        Purposes = "Finding wanted offenders and a missing person",
        LegalBasis = "DPA 2018 s.35",
    };

    private static IEnumerable<string> Fields(Collaboration c) => CollaborationRules.Check(c).Select(b => b.Field);

    [Fact]
    public void A_complete_collaboration_breaks_no_rule() => Assert.Empty(CollaborationRules.Check(ShoppingCentreTrial()));

    [Fact]
    public void At_least_one_manner_is_needed()
    {
        var c = ShoppingCentreTrial();
        c.Manner = CollaborationManner.None;

        Assert.Equal([nameof(Collaboration.Manner)], Fields(c));
    }

    [Fact]
    public void An_end_before_the_start_is_refused_but_the_same_day_is_not()
    {
        var backwards = ShoppingCentreTrial();
        backwards.EndedOn = new DateOnly(2018, 4, 30);
        var sameDay = ShoppingCentreTrial();
        sameDay.EndedOn = sameDay.StartedOn;

        Assert.Equal([nameof(Collaboration.EndedOn)], Fields(backwards));
        Assert.Empty(Fields(sameDay));
    }

    [Fact]
    public void A_ceased_collaboration_needs_an_end_date()
    {
        var c = ShoppingCentreTrial();
        c.Status = CollaborationStatus.Ceased;

        Assert.Equal([nameof(Collaboration.EndedOn)], Fields(c));
        c.EndedOn = new DateOnly(2018, 9, 30);
        Assert.Empty(Fields(c));
    }

    [Fact]
    public void Negative_figures_and_cost_are_refused()
    {
        var c = ShoppingCentreTrial();
        c.CostPence = -1;
        c.AlertsActedOn = -1;
        c.TruePositives = -1;
        c.FalsePositives = -1;

        Assert.Equal(
            [nameof(Collaboration.CostPence), nameof(Collaboration.AlertsActedOn), nameof(Collaboration.TruePositives), nameof(Collaboration.FalsePositives)],
            Fields(c));
    }

    [Fact]
    public void Negative_alerts_are_refused()
    {
        var c = ShoppingCentreTrial();
        c.Alerts = -1;
        c.AlertsActedOn = null;
        c.TruePositives = null;
        c.FalsePositives = null;

        Assert.Equal([nameof(Collaboration.Alerts)], Fields(c));
    }

    [Fact]
    public void More_alerts_acted_on_than_alerts_is_refused()
    {
        var c = ShoppingCentreTrial();
        c.AlertsActedOn = 11;

        Assert.Equal([nameof(Collaboration.AlertsActedOn)], Fields(c));
    }

    [Fact]
    public void True_and_false_positives_cannot_add_up_to_more_than_the_alerts_but_may_be_fewer()
    {
        var tooMany = ShoppingCentreTrial();
        tooMany.FalsePositives = 5;
        var fewer = ShoppingCentreTrial();
        fewer.FalsePositives = 1;

        Assert.Equal([nameof(Collaboration.TruePositives)], Fields(tooMany));
        Assert.Empty(Fields(fewer));
    }

    [Fact]
    public void A_breakdown_of_alerts_needs_the_number_of_alerts()
    {
        var c = ShoppingCentreTrial();
        c.Alerts = null;

        Assert.Equal([nameof(Collaboration.Alerts)], Fields(c));
    }

    [Fact]
    public void A_complete_sharing_within_the_period_breaks_no_rule() =>
        Assert.Empty(CollaborationRules.Check(Sharing(new DateOnly(2018, 5, 1)), ShoppingCentreTrial()));

    [Fact]
    public void A_sharing_needs_at_least_one_image_a_dataset_purposes_and_a_legal_basis()
    {
        var sharing = Sharing(new DateOnly(2018, 6, 1));
        sharing.ImageCount = 0;
        sharing.SourceDataset = "";
        sharing.Purposes = " ";
        sharing.LegalBasis = "";

        Assert.Equal(
            [nameof(ImageSharing.ImageCount), nameof(ImageSharing.SourceDataset), nameof(ImageSharing.Purposes), nameof(ImageSharing.LegalBasis)],
            CollaborationRules.Check(sharing, ShoppingCentreTrial()).Select(b => b.Field));
    }

    [Fact]
    public void A_sharing_outside_the_collaborations_period_is_refused()
    {
        var collaboration = ShoppingCentreTrial();
        collaboration.EndedOn = new DateOnly(2018, 9, 30);

        var before = Assert.Single(CollaborationRules.Check(Sharing(new DateOnly(2018, 4, 30)), collaboration));
        var after = Assert.Single(CollaborationRules.Check(Sharing(new DateOnly(2018, 10, 1)), collaboration));

        Assert.Equal(nameof(ImageSharing.SharedOn), before.Field);
        Assert.Contains("1 May 2018", before.Message, StringComparison.Ordinal);
        Assert.Contains("30 September 2018", after.Message, StringComparison.Ordinal);
        Assert.Empty(CollaborationRules.Check(Sharing(new DateOnly(2018, 9, 30)), collaboration));
    }

    [Fact]
    public void Any_date_is_accepted_when_the_collaboration_has_no_period()
    {
        var collaboration = ShoppingCentreTrial();
        collaboration.StartedOn = null;

        Assert.Empty(CollaborationRules.Check(Sharing(new DateOnly(2001, 1, 1)), collaboration));
    }

    [Fact]
    public void Current_sharings_without_the_image_sharing_manner_are_flagged()
    {
        var collaboration = ShoppingCentreTrial();
        collaboration.Manner = CollaborationManner.Advice;
        var retired = Sharing(new DateOnly(2018, 6, 1));
        retired.Retire("Recorded in error", new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.True(CollaborationRules.SharingsLackManner(collaboration, [Sharing(new DateOnly(2018, 6, 1))]));
        Assert.False(CollaborationRules.SharingsLackManner(collaboration, [retired]));
        Assert.False(CollaborationRules.SharingsLackManner(ShoppingCentreTrial(), [Sharing(new DateOnly(2018, 6, 1))]));
    }

    [Fact]
    public void The_total_images_shared_counts_current_sharings_only()
    {
        var retired = Sharing(new DateOnly(2018, 6, 1));
        retired.ImageCount = 100;
        retired.Retire("Recorded in error", new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var second = Sharing(new DateOnly(2018, 7, 1));
        second.ImageCount = 3;

        Assert.Equal(10, CollaborationRules.TotalImagesShared([Sharing(new DateOnly(2018, 6, 1)), second, retired]));
    }
}
