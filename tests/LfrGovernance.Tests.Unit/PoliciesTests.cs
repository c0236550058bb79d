using System.Security.Claims;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Unit;

public sealed class PoliciesTests
{
    private static readonly DoNotConfirmOrDenyClearance Clearance = new([Roles.NcndCleared]);

    private static readonly IAuthorizationService Authorization = new ServiceCollection()
        .AddLogging()
        .AddAuthorization(options => Policies.Configure(options, Clearance))
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    private static ClaimsPrincipal UserWith(params string[] roles) => new(new ClaimsIdentity(
        roles.Select(role => new Claim(GovernanceClaimTypes.Role, role)).Append(new Claim(GovernanceClaimTypes.Name, "Someone")),
        "Test", GovernanceClaimTypes.Name, GovernanceClaimTypes.Role));

    /// <summary>The rights each role is meant to have: a change here is a change to who may do what.</summary>
    public static TheoryData<string, string[]> Expected => new()
    {
        { Roles.Viewer, [Policies.ReadRegister] },
        { Roles.GovernanceEditor, [Policies.ReadRegister, Policies.EditRegister, Policies.WorkQueues, Policies.CancelDeployments] },
        { Roles.AuthorisingOfficer, [Policies.ReadRegister, Policies.Authorise, Policies.WorkQueues, Policies.CancelDeployments] },
        { Roles.DataProtectionOfficer, [Policies.ReadRegister, Policies.AdviseOnDpia] },
        { Roles.FoiOfficer, [Policies.ReadRegister, Policies.AnswerFoi] },
        { Roles.Auditor, [Policies.ReadRegister, Policies.Audit] },
        { Roles.Administrator, [Policies.ReadRegister, Policies.Audit, Policies.Administer] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Each_role_satisfies_exactly_its_policies(string role, string[] expected)
    {
        var granted = new List<string>();
        foreach (var policy in Policies.RolesFor.Keys)
        {
            if ((await Authorization.AuthorizeAsync(UserWith(role), policy)).Succeeded)
            {
                granted.Add(policy);
            }
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), granted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_clearance_for_records_not_confirmed_or_denied_grants_only_that_and_no_role_has_it_alone()
    {
        var granted = new List<string>();
        foreach (var policy in Policies.RolesFor.Keys.Append(Policies.SeeDoNotConfirmOrDeny))
        {
            if ((await Authorization.AuthorizeAsync(UserWith(Roles.NcndCleared), policy)).Succeeded)
            {
                granted.Add(policy);
            }
        }

        Assert.Equal([Policies.SeeDoNotConfirmOrDeny], granted);
        foreach (var role in Roles.All)
        {
            Assert.False((await Authorization.AuthorizeAsync(UserWith(role), Policies.SeeDoNotConfirmOrDeny)).Succeeded);
        }
        Assert.True(Clearance.IsCleared(UserWith(Roles.GovernanceEditor, Roles.NcndCleared)));
        Assert.False(Clearance.IsCleared(UserWith(Roles.GovernanceEditor)));
    }

    [Fact]
    public void Every_role_is_mapped_to_at_least_one_policy()
    {
        Assert.All(Roles.All, role => Assert.Contains(Policies.RolesFor.Values, roles => roles.Contains(role)));
    }

    [Fact]
    public async Task Someone_not_signed_in_satisfies_no_policy_and_not_the_fallback()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        var options = new AuthorizationOptions();
        Policies.Configure(options, Clearance);

        foreach (var policy in Policies.RolesFor.Keys)
        {
            Assert.False((await Authorization.AuthorizeAsync(anonymous, policy)).Succeeded);
        }
        Assert.False((await Authorization.AuthorizeAsync(anonymous, options.FallbackPolicy!)).Succeeded);
    }

    [Fact]
    public async Task A_role_claim_of_another_type_grants_nothing()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Administrator)], "Test", GovernanceClaimTypes.Name, GovernanceClaimTypes.Role));

        Assert.False((await Authorization.AuthorizeAsync(user, Policies.Administer)).Succeeded);
    }
}
