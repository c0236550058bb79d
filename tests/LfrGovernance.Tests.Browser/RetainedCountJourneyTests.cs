using System.Globalization;
using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>Recording how many images were held on a day (FOI question 2b), from the retention page.</summary>
[Collection(SharedBrowser.Name)]
public sealed class RetainedCountJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Editor_records_a_count_with_images_held_beyond_the_rule_after_being_asked_for_the_reason()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var reason = $"Evidence in investigation {Guid.NewGuid():N}"[..34];
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

        await session.SignInAsync("Bea Hughes");
        await page.GotoAsync("/retention");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retained-image counts", Exact = true }).First.ClickAsync();
        await Expect(Heading(page, "Retained-image counts")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a count" }).ClickAsync();
        await Expect(Heading(page, "Add a retained-image count")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByLabel("Alert images", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Images held", new() { Exact = true }).FillAsync("1,250");
        await page.GetByLabel("Of these, held beyond the retention rule (optional)").FillAsync("3");
        await page.GetByLabel("OFFICIAL", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save count" }).ClickAsync();

        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why images are kept beyond the retention rule");
        await session.CheckPageAsync();
        await page.GetByLabel("Why they are held beyond the rule").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save count" }).ClickAsync();

        await Expect(page.GetByTestId("images-held")).ToHaveTextAsync("1,250");
        await Expect(page.GetByTestId("beyond-policy")).ToHaveTextAsync("3");
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to retained-image counts" }).ClickAsync();
        await page.GetByLabel("Search retained-image counts").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" }).ClickAsync();
        await Expect(page.GetByTestId("counts").GetByTestId("latest-tag")).ToHaveCountAsync(1);
        await session.CheckPageAsync();
        session.AssertNoBrowserErrors();
    }

    private static ILocator Heading(IPage page, string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });
}
