using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>The people of the demonstration register, with the ranks they have held.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PeopleJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Editor_finds_an_officer_and_their_rank_history()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;

        await session.SignInAsync("Bea Hughes");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "People", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Chris Okafor" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chris Okafor", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Superintendent");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Chief Inspector");
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record a new rank" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record a new rank", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save rank" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("There is a problem");
        await session.CheckPageAsync();
    }
}
