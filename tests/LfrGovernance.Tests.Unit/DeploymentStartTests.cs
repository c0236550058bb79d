using LfrGovernance.Core.Deployments;

namespace LfrGovernance.Tests.Unit;

public sealed class DeploymentStartTests
{
    private static readonly DateTime Planned = new(2025, 5, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Actual = new(2025, 5, 1, 9, 20, 0, DateTimeKind.Utc);

    [Fact]
    public void A_deployment_starts_at_its_planned_start_until_it_has_an_actual_one_whichever_is_set_first()
    {
        var plannedFirst = new Deployment { PlannedStart = Planned };
        Assert.Equal(Planned, plannedFirst.StartsAt);
        plannedFirst.ActualStart = Actual;
        Assert.Equal(Actual, plannedFirst.StartsAt);

        var actualFirst = new Deployment { ActualStart = Actual, PlannedStart = Planned };
        Assert.Equal(Actual, actualFirst.StartsAt);
        actualFirst.ActualStart = null;
        Assert.Equal(Planned, actualFirst.StartsAt);
        Assert.Null(new Deployment().StartsAt);
    }
}
