using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration;

public sealed class SecurityHeadersTests : IClassFixture<SecurityHeadersTests.AppWithFaultyEndpoint>
{
    /// <summary>The application plus one endpoint, inside its pipeline, that fails with a secret in the message.</summary>
    public sealed class AppWithFaultyEndpoint : GovernanceAppFactory
    {
        public const string FaultyPath = "/test-only/fault";
        public const string Secret = "connection-string-with-password";

        public AppWithFaultyEndpoint() => ConfigureServices = services => services.AddTransient<IStartupFilter, FaultyEndpoint>();

        private sealed class FaultyEndpoint : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map(FaultyPath, branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
            };
        }
    }

    private readonly AppWithFaultyEndpoint _app;

    public SecurityHeadersTests(AppWithFaultyEndpoint app) => _app = app;

    public static TheoryData<string, bool> Addresses => new()
    {
        { "/", true },
        { "/account/sign-in", false },
        { "/health", false },
        { "/lib/app.css", false },
        { "/js/app.mjs", false },
        { "/no/such/page", true },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_response_carries_the_security_headers(string path, bool signedIn)
    {
        using var client = signedIn ? _app.CreateClientFor(Roles.Viewer) : _app.CreateAnonymousClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.StartsWith("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_not_cached_and_static_files_are_cached_only_while_unchanged()
    {
        using var client = _app.CreateClientFor(Roles.Viewer);

        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var versioned = await client.GetAsync(new Uri("/lib/app.css?v=abc", UriKind.Relative));
        var module = await client.GetAsync(new Uri("/lib/govuk-frontend/govuk-frontend.min.js", UriKind.Relative));

        Assert.True(page.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), versioned.Headers.CacheControl!.MaxAge);
        Assert.Equal(HttpStatusCode.OK, module.StatusCode);
        Assert.True(module.Headers.CacheControl!.NoCache);
        Assert.False(module.Headers.CacheControl.NoStore);
    }

    [Fact]
    public async Task Pages_contain_no_inline_script()
    {
        using var client = _app.CreateClientFor(Roles.Administrator);

        foreach (var path in new[] { "/", "/account", "/administration/status", "/accessibility" })
        {
            var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            foreach (var script in System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value))
            {
                Assert.Contains("src=", script, StringComparison.Ordinal);
            }
            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_secure_http_only_and_same_site()
    {
        using var client = _app.CreateAnonymousClient();

        var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LfrGovernance.Antiforgery=", StringComparison.Ordinal));
        var signIn = await AntiforgeryForm.PostAsync(client, "/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Input.User"] = "viewer" });
        var session = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LfrGovernance.Session=", StringComparison.Ordinal));

        foreach (var cookie in new[] { antiforgery, session })
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Keys_protecting_the_cookies_are_kept_in_the_configured_folder()
    {
        using var client = _app.CreateAnonymousClient();

        await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.NotEmpty(Directory.GetFiles(_app.KeysFolder, "key-*.xml"));
    }

    [Fact]
    public async Task An_unhandled_error_shows_the_error_page_without_detail()
    {
        using var client = _app.CreateClientFor(Roles.Viewer);

        var response = await client.GetAsync(new Uri(AppWithFaultyEndpoint.FaultyPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry, there is a problem with the service", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AppWithFaultyEndpoint.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", response.Headers.Select(h => h.Key));
    }
}
