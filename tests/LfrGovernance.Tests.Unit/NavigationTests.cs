using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Authentication;
using LfrGovernance.Web.Infrastructure.Web;

namespace LfrGovernance.Tests.Unit;

public sealed class NavigationTests
{
    [Theory]
    [InlineData("/", "/", true)]
    [InlineData("/", "/account", false)]
    [InlineData("/account", "/account", true)]
    [InlineData("/account", "/account/sign-in", true)]
    [InlineData("/account", "/accounts", false)]
    [InlineData("/administration/status", "/Administration/Status", true)]
    public void An_entry_is_current_for_its_own_pages_only(string entryPath, string requestPath, bool current)
    {
        Assert.Equal(current, Navigation.IsCurrent(new NavigationItem("Entry", entryPath, null), requestPath));
    }

    [Fact]
    public void Every_navigation_policy_is_a_real_policy()
    {
        Assert.All(Navigation.Items.Where(i => i.Policy is not null), item => Assert.Contains(item.Policy!, Policies.RolesFor.Keys));
    }

    [Fact]
    public void The_content_security_policy_allows_a_post_to_Entra_only_in_Entra_mode()
    {
        var entra = new AuthenticationSettings(AuthenticationMode.Entra, false, new Uri("https://login.microsoftonline.com/"), TimeSpan.FromHours(1));
        var local = new AuthenticationSettings(AuthenticationMode.Local, false, null, TimeSpan.FromHours(1));

        Assert.Contains("form-action 'self' https://login.microsoftonline.com;", SecurityHeaders.ContentSecurityPolicy(entra), StringComparison.Ordinal);
        Assert.Contains("form-action 'self';", SecurityHeaders.ContentSecurityPolicy(local), StringComparison.Ordinal);
    }
}
