using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Tests.Unit;

public sealed class DeploymentLifecycleTests
{
    private static readonly DateTime Now = new(2025, 6, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Applicant = Guid.NewGuid();

    /// <summary>The lifecycle of issue 5, written out independently of the code's table: every move not here is forbidden.</summary>
    private static readonly Dictionary<(DeploymentStatus, DeploymentTransition), DeploymentStatus> Allowed = new()
    {
        [(DeploymentStatus.Draft, DeploymentTransition.Submit)] = DeploymentStatus.SubmittedForAuthorisation,
        [(DeploymentStatus.Draft, DeploymentTransition.Cancel)] = DeploymentStatus.Cancelled,
        [(DeploymentStatus.SubmittedForAuthorisation, DeploymentTransition.Authorise)] = DeploymentStatus.Authorised,
        [(DeploymentStatus.SubmittedForAuthorisation, DeploymentTransition.Refuse)] = DeploymentStatus.Refused,
        [(DeploymentStatus.SubmittedForAuthorisation, DeploymentTransition.Return)] = DeploymentStatus.ReturnedForChanges,
        [(DeploymentStatus.SubmittedForAuthorisation, DeploymentTransition.Cancel)] = DeploymentStatus.Cancelled,
        [(DeploymentStatus.ReturnedForChanges, DeploymentTransition.Submit)] = DeploymentStatus.SubmittedForAuthorisation,
        [(DeploymentStatus.ReturnedForChanges, DeploymentTransition.Cancel)] = DeploymentStatus.Cancelled,
        [(DeploymentStatus.Authorised, DeploymentTransition.Start)] = DeploymentStatus.Live,
        [(DeploymentStatus.Authorised, DeploymentTransition.Cancel)] = DeploymentStatus.Cancelled,
        [(DeploymentStatus.Live, DeploymentTransition.Complete)] = DeploymentStatus.Completed,
        [(DeploymentStatus.Live, DeploymentTransition.Cancel)] = DeploymentStatus.Cancelled,
        [(DeploymentStatus.Completed, DeploymentTransition.Review)] = DeploymentStatus.Reviewed,
    };

    public static TheoryData<DeploymentStatus, DeploymentTransition> EveryMove()
    {
        var data = new TheoryData<DeploymentStatus, DeploymentTransition>();
        foreach (var status in Enum.GetValues<DeploymentStatus>())
        {
            foreach (var transition in Enum.GetValues<DeploymentTransition>())
            {
                data.Add(status, transition);
            }
        }
        return data;
    }

    /// <summary>A deployment with everything every move needs, at <paramref name="status"/>.</summary>
    private static Deployment At(DeploymentStatus status)
    {
        var d = new Deployment
        {
            Reference = "LFR-2025-001", Purpose = "Wanted offenders", LocationName = "Cardiff city centre",
            LegitimateAim = "Locating people wanted for serious offences", Necessity = "Patrols have not found them",
            Proportionality = "Six hours, one location, signage", ApplicantId = Applicant,
            ActualStart = Now, ActualEnd = Now.AddHours(6), ReviewedOn = new DateOnly(2025, 6, 9), ReviewerId = Guid.NewGuid(),
        };
        if (status == DeploymentStatus.Cancelled)
        {
            Assert.Empty(d.Move(DeploymentTransition.Cancel, Now, "Event called off"));
        }
        else
        {
            d.RecordHistoric(status);
        }
        return d;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void Only_the_moves_of_the_lifecycle_are_allowed(DeploymentStatus from, DeploymentTransition transition)
    {
        var expected = Allowed.TryGetValue((from, transition), out var to) ? to : (DeploymentStatus?)null;
        Assert.Equal(expected, DeploymentLifecycle.Target(from, transition));
        Assert.Equal(expected is not null, DeploymentLifecycle.AllowedFrom(from).Contains(transition));
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void A_deployment_makes_an_allowed_move_and_refuses_a_forbidden_one_unchanged(DeploymentStatus from, DeploymentTransition transition)
    {
        var d = At(from);

        var breaches = d.Move(transition, Now.AddDays(1), "A reason");

        if (Allowed.TryGetValue((from, transition), out var to))
        {
            Assert.Empty(breaches);
            Assert.Equal(to, d.Status);
        }
        else
        {
            var breach = Assert.Single(breaches);
            Assert.Equal(string.Empty, breach.Field);
            Assert.Contains("cannot be", breach.Message, StringComparison.Ordinal);
            Assert.Equal(from, d.Status);
        }
    }

    [Fact]
    public void The_table_holds_thirteen_moves_and_refused_reviewed_and_cancelled_are_final()
    {
        Assert.Equal(13, DeploymentLifecycle.Moves.Count);
        Assert.Empty(DeploymentLifecycle.AllowedFrom(DeploymentStatus.Refused));
        Assert.Empty(DeploymentLifecycle.AllowedFrom(DeploymentStatus.Reviewed));
        Assert.Empty(DeploymentLifecycle.AllowedFrom(DeploymentStatus.Cancelled));
    }

    [Fact]
    public void A_new_deployment_is_a_draft()
    {
        Assert.Equal(DeploymentStatus.Draft, new Deployment().Status);
    }

    [Fact]
    public void A_forbidden_move_says_where_the_deployment_stands()
    {
        var breach = Assert.Single(At(DeploymentStatus.Draft).Move(DeploymentTransition.Authorise, Now));
        Assert.Equal("The deployment is a draft: it cannot be authorised", breach.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_cancellation_needs_a_reason(string? reason)
    {
        var d = At(DeploymentStatus.Live);

        var breach = Assert.Single(d.Move(DeploymentTransition.Cancel, Now, reason));

        Assert.Equal(nameof(Deployment.CancellationReason), breach.Field);
        Assert.Equal(DeploymentStatus.Live, d.Status);
        Assert.Null(d.CancelledAt);
    }

    [Fact]
    public void A_cancellation_records_when_and_why()
    {
        var d = At(DeploymentStatus.Authorised);

        Assert.Empty(d.Move(DeploymentTransition.Cancel, Now, "  Intelligence no longer current  "));

        Assert.Equal(DeploymentStatus.Cancelled, d.Status);
        Assert.Equal(Now, d.CancelledAt);
        Assert.Equal("Intelligence no longer current", d.CancellationReason);
    }

    [Fact]
    public void An_application_is_submitted_only_with_its_aim_necessity_proportionality_and_applicant()
    {
        var d = new Deployment();

        var fields = d.Move(DeploymentTransition.Submit, Now).Select(b => b.Field).ToList();

        Assert.Equal([nameof(Deployment.LegitimateAim), nameof(Deployment.Necessity), nameof(Deployment.Proportionality), nameof(Deployment.ApplicantId)], fields);
        Assert.Equal(DeploymentStatus.Draft, d.Status);
    }

    [Fact]
    public void A_deployment_is_completed_only_with_its_actual_times()
    {
        var d = At(DeploymentStatus.Live);
        d.ActualEnd = null;
        d.ActualStart = null;

        var fields = d.Move(DeploymentTransition.Complete, Now).Select(b => b.Field).ToList();

        Assert.Equal([nameof(Deployment.ActualStart), nameof(Deployment.ActualEnd)], fields);
        Assert.Equal(DeploymentStatus.Live, d.Status);
    }

    [Fact]
    public void The_post_deployment_review_is_by_someone_other_than_the_applicant()
    {
        var d = At(DeploymentStatus.Completed);
        d.ReviewerId = Applicant;

        var breach = Assert.Single(d.Move(DeploymentTransition.Review, Now));

        Assert.Equal(nameof(Deployment.ReviewerId), breach.Field);
        Assert.Equal(DeploymentStatus.Completed, d.Status);
    }

    [Fact]
    public void A_review_needs_its_date_and_reviewer()
    {
        var d = At(DeploymentStatus.Completed);
        d.ReviewedOn = null;
        d.ReviewerId = null;

        Assert.Equal([nameof(Deployment.ReviewedOn), nameof(Deployment.ReviewerId)], d.Move(DeploymentTransition.Review, Now).Select(b => b.Field));
    }

    [Fact]
    public void A_saved_deployment_cannot_be_given_a_historic_status()
    {
        var d = new Deployment { Version = 1 };

        Assert.Throws<DomainRuleException>(() => d.RecordHistoric(DeploymentStatus.Completed));
        Assert.Equal(DeploymentStatus.Draft, d.Status);
    }

    [Fact]
    public void A_historic_deployment_cannot_be_entered_as_cancelled_without_its_reason()
    {
        Assert.Throws<DomainRuleException>(() => new Deployment().RecordHistoric(DeploymentStatus.Cancelled));
    }
}
