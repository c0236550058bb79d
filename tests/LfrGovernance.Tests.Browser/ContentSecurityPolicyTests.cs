using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>The Content-Security-Policy forbids inline script and style; the pages must work within it.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture app)
{
    [Fact]
    public async Task Scripts_run_under_the_content_security_policy_without_errors()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;

        var response = await page.GotoAsync("/account/sign-in");
        // Without the header this test would prove nothing.
        Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("govuk-frontend-supported", await page.EvaluateAsync<string>("() => document.body.className"), StringComparison.Ordinal);
        await session.CheckPageAsync();

        await session.SignInAsync("Gray Patel");
        Assert.Contains("govuk-frontend-supported", await page.EvaluateAsync<string>("() => document.body.className"), StringComparison.Ordinal);
        await Expect(page.Locator("[data-module='govuk-service-navigation']")).ToHaveAttributeAsync("data-govuk-service-navigation-init", string.Empty);
        await session.CheckPageAsync();
    }
}
