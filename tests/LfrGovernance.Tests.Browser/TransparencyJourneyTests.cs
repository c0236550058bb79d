using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>The transparency pages: the index, the deployment table with a bad and a good period, the annual statistics
/// in both layouts, and a system's transparency record; every page checked with axe.</summary>
[Collection(SharedBrowser.Name)]
public sealed class TransparencyJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Foi_officer_finds_the_publications_and_each_page_is_accessible()
    {
        var name = $"Publish {Guid.NewGuid():N}"[..16];
        // A system to publish a record for, recorded by the editor.
        await using (var editor = await BrowserSession.StartAsync(app))
        {
            await editor.SignInAsync("Bea Hughes");
            await editor.Page.GotoAsync("/systems/new");
            await editor.Page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
            await editor.Page.GetByLabel("Live (LFR)").CheckAsync();
            await editor.Page.GetByLabel("Product", new() { Exact = true }).FillAsync("NEC NeoFace Live");
            await editor.Page.GetByLabel("In service").CheckAsync();
            await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Save system" }).ClickAsync();
            await Expect(Heading(editor.Page, name)).ToBeVisibleAsync();
        }

        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        await session.SignInAsync("Evan Shah");
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Transparency" }).ClickAsync();
        await Expect(Heading(page, "Transparency publishing")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Deployment table" }).ClickAsync();
        await Expect(Heading(page, "Deployment table")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.Locator("#From").FillAsync("1");
        await page.Locator("#From_Month").FillAsync("13");
        await page.Locator("#From_Year").FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the table" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The first day of the period must be a real date");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the last day of the period");
        await session.CheckPageAsync();
        await page.Locator("#From_Month").FillAsync("1");
        await page.Locator("#To").FillAsync("31");
        await page.Locator("#To_Month").FillAsync("12");
        await page.Locator("#To_Year").FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the table" }).ClickAsync();
        await Expect(Heading(page, "Deployments from 1 January 2025 to 31 December 2025")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print this page" })).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GotoAsync("/transparency/annual");
        await Expect(Heading(page, "Annual statistics report")).ToBeVisibleAsync();
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("Financial year (April to March)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        await Expect(Heading(page, "Annual statistics: Financial year 2025 to 2026")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("annual-figures")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await session.SaveScreenshotAsync("transparency-annual.png");
        await page.GetByLabel("As an EU AI Act Article 5 annual report").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        await Expect(page.GetByTestId("eu-figures")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GotoAsync("/transparency/systems");
        await session.CheckPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(Heading(page, $"Transparency record: {name}")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("to-be-completed")).ToContainTextAsync("Benefits");
        await session.CheckPageAsync();
        session.AssertNoBrowserErrors();
    }

    private static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });
}
