using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>An administrator looks after the forces the register's records belong to.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ForceJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Administrator_finds_the_default_force_and_is_told_what_a_new_force_needs()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;

        await session.SignInAsync("Gray Patel");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Forces" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Forces", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Default force" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Default force", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GotoAsync("/forces/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add a force", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save force" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("There is a problem");
        await session.CheckPageAsync();
    }
}
