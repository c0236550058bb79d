using System.Security.Claims;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Authentication;

namespace LfrGovernance.Tests.Unit;

public sealed class CurrentUserTests
{
    [Fact]
    public void Nobody_is_the_current_user_when_not_signed_in()
    {
        Assert.Null(CurrentUser.From(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public void A_demo_user_reads_back_as_signed_in_with_roles_in_their_usual_order()
    {
        var demo = LocalDemoUsers.Find("multi")!;

        var user = CurrentUser.From(demo.ToPrincipal("Test"))!;

        Assert.Equal(demo.ObjectId.ToString(), user.Id);
        Assert.Equal("Harper Lewis", user.DisplayName);
        Assert.Equal("multi@demo.invalid", user.Username);
        Assert.Equal([Roles.GovernanceEditor, Roles.FoiOfficer, Roles.Auditor, Roles.NcndCleared], user.Roles);
    }

    [Fact]
    public void Roles_the_service_does_not_know_come_last_and_duplicates_once()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(GovernanceClaimTypes.Role, "Zeta"),
            new Claim(GovernanceClaimTypes.Role, Roles.Administrator),
            new Claim(GovernanceClaimTypes.Role, Roles.Viewer),
            new Claim(GovernanceClaimTypes.Role, Roles.Viewer),
        ], "Test", GovernanceClaimTypes.Name, GovernanceClaimTypes.Role));

        Assert.Equal([Roles.Viewer, Roles.Administrator, "Zeta"], CurrentUser.From(principal)!.Roles);
    }

    [Fact]
    public void Demo_users_have_distinct_keys_and_ids_in_a_domain_that_cannot_be_real()
    {
        Assert.Equal(LocalDemoUsers.All.Count, LocalDemoUsers.All.Select(u => u.Key).Distinct().Count());
        Assert.Equal(LocalDemoUsers.All.Count, LocalDemoUsers.All.Select(u => u.ObjectId).Distinct().Count());
        Assert.All(LocalDemoUsers.All, u => Assert.EndsWith("@demo.invalid", u.Username, StringComparison.Ordinal));
    }
}
