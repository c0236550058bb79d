using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>Pages anyone may reach, and the page for an address that leads nowhere.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PublicPageTests(BrowserFixture app)
{
    [Fact]
    public async Task Accessibility_statement_is_reachable_from_the_footer()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;

        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Accessibility statement" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accessibility statement for LfrGovernance", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        await session.CheckPageAsync();
    }

    [Fact]
    public async Task Address_that_leads_nowhere_shows_page_not_found()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        await session.SignInAsync("Alex Carter");

        var response = await session.GotoErrorPageAsync("/no-such-page", 404);

        Assert.Equal(404, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync();
    }
}
