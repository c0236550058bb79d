using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration;

public sealed class AuthorizationTests : IClassFixture<GovernanceAppFactory>
{
    private readonly GovernanceAppFactory _app;

    public AuthorizationTests(GovernanceAppFactory app) => _app = app;

    public static TheoryData<string> EveryRole => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Each_role_reaches_the_home_page(string role)
    {
        using var client = _app.CreateClientFor(role);

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(Roles.DisplayName(role), html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Only_administrators_see_system_status_and_its_navigation_entry(string role)
    {
        using var client = _app.CreateClientFor(role);

        var status = await client.GetAsync(new Uri("/administration/status", UriKind.Relative));
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        if (role == Roles.Administrator)
        {
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
            Assert.Contains("href=\"/administration/status\"", home, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
            Assert.Contains("You do not have permission to see this page", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/administration/status\"", home, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_signed_in_user_without_a_role_is_told_so_and_refused_role_pages()
    {
        using var client = _app.CreateClientFor();

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var status = await client.GetAsync(new Uri("/administration/status", UriKind.Relative));

        Assert.Contains("data-testid=\"no-roles\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
    }

    [Fact]
    public async Task A_role_the_service_does_not_know_grants_nothing()
    {
        using var client = _app.CreateClientFor("ChiefConstable");

        var status = await client.GetAsync(new Uri("/administration/status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
    }

    [Fact]
    public async Task A_page_that_does_not_exist_answers_404_in_the_design_system()
    {
        using var client = _app.CreateClientFor(Roles.Viewer);

        var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("govuk-template", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task System_status_reports_the_database_to_administrators()
    {
        using var client = _app.CreateClientFor(Roles.Administrator);

        var html = await client.GetStringAsync(new Uri("/administration/status", UriKind.Relative));

        Assert.Contains(_app.DatabasePath, html, StringComparison.Ordinal);
        Assert.Contains("wal", html, StringComparison.Ordinal);
        Assert.Contains("Enforced", html, StringComparison.Ordinal);
        Assert.Contains("Up to date", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_health_error_sign_in_and_accessibility_endpoints_allow_anonymous_access()
    {
        _ = _app.Server; // start the host
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var anonymous = endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(endpoint => $"{string.Join('|', endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} /{endpoint.RoutePattern.RawText!.TrimStart('/')}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "* /error/{statusCode:int}",
                "* /health",
                "GET /accessibility",
                "GET /account/sign-in",
                "GET /account/signed-out",
                "POST /account/sign-in",
            ],
            anonymous);
    }

    [Fact]
    public void Every_other_endpoint_requires_a_signed_in_user()
    {
        var fallback = _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>().Value.FallbackPolicy;

        Assert.NotNull(fallback);
        Assert.Contains(fallback.Requirements, requirement => requirement is Microsoft.AspNetCore.Authorization.Infrastructure.DenyAnonymousAuthorizationRequirement);
    }
}
