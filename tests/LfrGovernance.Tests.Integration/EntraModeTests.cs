using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace LfrGovernance.Tests.Integration;

/// <summary>Production sign-in through Entra ID, with the tenant's metadata given locally (no network here).</summary>
public sealed class EntraModeTests : IDisposable
{
    private const string TenantId = "11111111-2222-3333-4444-555555555555";
    private const string ClientId = "66666666-7777-8888-9999-000000000000";
    private static readonly string Authority = $"https://login.microsoftonline.com/{TenantId}/v2.0";

    private readonly GovernanceAppFactory _app;

    public EntraModeTests()
    {
        _app = new GovernanceAppFactory { ConfigureServices = UseLocalMetadata };
        _app.Settings.Clear();
        _app.Settings["Authentication:Mode"] = "Entra";
        _app.Settings["AzureAd:TenantId"] = TenantId;
        _app.Settings["AzureAd:ClientId"] = ClientId;
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_tenant_to_sign_in()
    {
        using var client = _app.CreateAnonymousClient();

        var response = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/authorize", location.GetLeftPart(UriPartial.Path));
        Assert.Contains($"client_id={ClientId}", location.Query, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=https%3A%2F%2Flfrgovernance.test%2Fsignin-oidc", location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_hands_over_to_Entra_and_local_sign_in_does_not_exist()
    {
        using var client = _app.CreateAnonymousClient();

        var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = await client.GetAsync(new Uri("/accessibility", UriKind.Relative));
        var html = await token.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("https://login.microsoftonline.com/", page.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-warning", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_may_redirect_to_Entra_under_the_content_security_policy()
    {
        using var client = _app.CreateAnonymousClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("form-action 'self' https://login.microsoftonline.com;", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_here_and_at_Entra()
    {
        using var client = _app.CreateClientFor(LfrGovernance.Web.Authorization.Roles.Viewer);

        var response = await AntiforgeryForm.PostAsync(client, "/", "/account/sign-out", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/logout", response.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("LfrGovernance.Session=;", StringComparison.Ordinal));
    }

    private static void UseLocalMetadata(IServiceCollection services) =>
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            var metadata = new OpenIdConnectConfiguration
            {
                Issuer = Authority,
                AuthorizationEndpoint = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/authorize",
                EndSessionEndpoint = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/logout",
                TokenEndpoint = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token",
            };
            options.Configuration = metadata;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata);
        });

    public void Dispose() => _app.Dispose();
}
