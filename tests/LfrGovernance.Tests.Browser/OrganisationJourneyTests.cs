using System.Globalization;
using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>Keeping an organisation's record and looking back at it as it stood.</summary>
[Collection(SharedBrowser.Name)]
public sealed class OrganisationJourneyTests(BrowserFixture app)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public async Task Editor_creates_and_edits_an_organisation_sees_the_diffs_and_views_the_register_between_the_edits()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var name = $"Harbour Museum {Guid.NewGuid():N}"[..22];

        await session.SignInAsync("Bea Hughes");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Organisations" }).ClickAsync();
        await Expect(Heading(page, "Organisations")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an organisation" }).ClickAsync();
        await Expect(Heading(page, "Add an organisation")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Museum", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("OFFICIAL", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save organisation" }).ClickAsync();
        await Expect(Heading(page, name)).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await EditAsync(session, field: "Name", value: name + " Trust");
        await Expect(Heading(page, name + " Trust")).ToBeVisibleAsync();
        // The register as it stood just after the first edit: the next whole second, before the second edit.
        var afterFirstEdit = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await EditAsync(session, field: "Notes (optional)", value: "Open to the public at weekends.");
        await Expect(page.GetByTestId("version")).ToHaveTextAsync("3");

        var history = page.GetByTestId("history");
        await Expect(history.GetByTestId("version-3")).ToContainTextAsync("Changed (version 3)");
        await Expect(history.GetByTestId("version-3")).ToContainTextAsync("Open to the public at weekends.");
        await Expect(history.GetByTestId("version-3")).ToContainTextAsync("by Bea Hughes (Governance editor)");
        await Expect(history.GetByTestId("version-2").GetByRole(AriaRole.Row, new() { Name = "Name" })).ToContainTextAsync(name + " Trust");
        await Expect(history.GetByTestId("version-2")).ToContainTextAsync(name);
        await session.CheckPageAsync();
        await session.SaveScreenshotAsync("organisation-history.png");

        await page.GetByTestId("as-at-link").ClickAsync();
        await Expect(Heading(page, "View the register as at a past date")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        var instant = new DateTime(afterFirstEdit.Ticks - (afterFirstEdit.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc).AddSeconds(1);
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant, London);
        await page.GetByLabel("Day").FillAsync(local.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(local.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(local.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Time (optional)").FillAsync(local.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "View the register at this time" }).ClickAsync();

        await Expect(page.GetByTestId("as-at-banner")).ToContainTextAsync("You are viewing the register as it stood at");
        await Expect(Heading(page, name + " Trust")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("version")).ToHaveTextAsync("2");
        await Expect(history.GetByTestId("version-3")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Change this organisation" })).ToHaveCountAsync(0);
        await session.CheckPageAsync();
        await session.SaveScreenshotAsync("register-as-at.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Return to the current register" }).ClickAsync();
        await Expect(page.GetByTestId("as-at-banner")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("version")).ToHaveTextAsync("3");
        await session.CheckPageAsync();
    }

    private static async Task EditAsync(BrowserSession session, string field, string value)
    {
        var page = session.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Change this organisation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save changes" })).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByLabel(field, new() { Exact = true }).FillAsync(value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History", Level = 2 })).ToBeVisibleAsync();
    }

    private static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1, Exact = true });
}
