using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;

namespace LfrGovernance.Tests.Integration.Transparency;

/// <summary>Who reaches the transparency pages: everyone who reads the register (FOI and IG teams both publish).</summary>
public sealed class TransparencyAccessTests(GovernanceAppFactory app) : IClassFixture<GovernanceAppFactory>
{
    private static readonly string[] Pages =
        ["/transparency", "/transparency/deployments", "/transparency/systems", "/transparency/annual", "/transparency/annual?year=2025&basis=financial"];

    public static TheoryData<string> EveryRole => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Every_role_that_reads_the_register_reaches_the_transparency_pages(string role)
    {
        using var client = app.CreateClientFor(role);

        foreach (var page in Pages)
        {
            var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} on {page}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_signed_in_user_with_no_role_is_refused_and_an_anonymous_one_is_sent_to_sign_in()
    {
        using var roleless = app.CreateClientFor();
        using var anonymous = app.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await roleless.GetAsync(new Uri("/transparency", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await roleless.GetAsync(new Uri("/transparency/deployments/export/csv", UriKind.Relative))).StatusCode);
        var redirected = await anonymous.GetAsync(new Uri("/transparency/annual", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
    }

    [Fact]
    public async Task The_navigation_has_a_transparency_entry()
    {
        using var client = app.CreateClientFor(Roles.FoiOfficer);

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("href=\"/transparency\"", home, StringComparison.Ordinal);
    }
}
