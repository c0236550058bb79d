using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>An auditor reads the change history and checks that it has not been altered.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AuditJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Auditor_reads_the_change_history_and_finds_it_intact()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;

        // Something to audit: an editor adds an organisation.
        await session.SignInAsync("Bea Hughes");
        await page.GotoAsync("/organisations/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Audited Museum");
        await page.GetByLabel("Museum", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("OFFICIAL", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save organisation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audited Museum", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await session.SignInAsync("Fern Walsh");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await Expect(page.GetByTestId("change-history")).ToContainTextAsync("Audited Museum");
        await Expect(page.GetByTestId("change-history")).ToContainTextAsync("Bea Hughes");
        await session.CheckPageAsync();

        await page.GotoAsync("/audit/verify");
        await session.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the history has not been altered" }).ClickAsync();
        await Expect(page.GetByTestId("verification-result")).ToContainTextAsync("History intact");
        await session.CheckPageAsync();
    }
}
