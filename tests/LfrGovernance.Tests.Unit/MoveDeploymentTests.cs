using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Deployments;

namespace LfrGovernance.Tests.Unit;

public sealed class MoveDeploymentTests
{
    private static readonly CurrentUser Applicant = new("oid-applicant", "Bea Hughes", "bea", []);
    private static readonly CurrentUser OtherEditor = new("oid-other", "Dan Ellis", "dan", []);

    private static Deployment In(DeploymentStatus status)
    {
        var deployment = new Deployment { Reference = "LFR-1", Purpose = "Wanted offenders", LocationName = "Cardiff", ApplicantAccountObjectId = Applicant.Id };
        deployment.RecordHistoric(status);
        return deployment;
    }

    [Theory]
    [InlineData(DeploymentStatus.Draft, true, false, true)]
    [InlineData(DeploymentStatus.SubmittedForAuthorisation, true, false, true)]
    [InlineData(DeploymentStatus.SubmittedForAuthorisation, false, true, false)]
    [InlineData(DeploymentStatus.Authorised, true, false, false)]
    [InlineData(DeploymentStatus.Authorised, false, true, true)]
    [InlineData(DeploymentStatus.Live, false, true, true)]
    [InlineData(DeploymentStatus.Live, true, true, true)]
    public void Before_authorisation_the_register_keepers_cancel_and_after_it_an_authorising_officer_does(DeploymentStatus status, bool keeps,
        bool authorises, bool may)
    {
        var why = MoveDeployment.WhyNotCancel(In(status), new MoveDeployment.Mover(OtherEditor, keeps, authorises));

        Assert.Equal(may, why is null);
    }

    [Fact]
    public void The_applicant_may_withdraw_an_authorised_deployment_but_another_editor_may_not()
    {
        var authorised = In(DeploymentStatus.Authorised);

        var byApplicant = MoveDeployment.WhyNotCancel(authorised, new MoveDeployment.Mover(Applicant, true, false));
        var byOther = MoveDeployment.WhyNotCancel(authorised, new MoveDeployment.Mover(OtherEditor, true, false));

        Assert.Null(byApplicant);
        Assert.Equal("The deployment is authorised: only an authorising officer or its applicant can cancel it", byOther);
    }

    [Fact]
    public void An_authorising_officer_is_offered_only_the_cancellation_and_a_register_keeper_every_move_the_lifecycle_allows()
    {
        var live = In(DeploymentStatus.Live);

        var officer = MoveDeployment.OfferedTo(live, new MoveDeployment.Mover(OtherEditor, false, true));
        var keeper = MoveDeployment.OfferedTo(live, new MoveDeployment.Mover(OtherEditor, true, false));
        var applicant = MoveDeployment.OfferedTo(live, new MoveDeployment.Mover(Applicant, true, false));

        Assert.Equal([DeploymentTransition.Cancel], officer);
        Assert.Equal([DeploymentTransition.Complete], keeper);
        Assert.Equal([DeploymentTransition.Complete, DeploymentTransition.Cancel], applicant);
    }
}
