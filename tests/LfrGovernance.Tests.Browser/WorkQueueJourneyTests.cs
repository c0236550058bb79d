using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>An authorising officer opens "Your work" from the header, which says how many things wait.</summary>
[Collection(SharedBrowser.Name)]
public sealed class WorkQueueJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Authorising_officer_opens_their_work_from_the_header_and_finds_the_three_queues()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;

        await session.SignInAsync("Chris Okafor");
        var link = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Your work \(\d+\) waiting for you$") });
        await Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your work", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Awaiting ratification") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Awaiting your decision") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Post-deployment reviews due") })).ToBeVisibleAsync();
        await session.CheckPageAsync();
    }
}
