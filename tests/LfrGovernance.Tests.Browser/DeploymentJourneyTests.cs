using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>A governance editor records a deployment with its watchlist and outcomes, and finds it in the list with
/// both false alert rates. The system used comes from the demonstration register (DemoRegister.AddSystemsAsync).</summary>
[Collection(SharedBrowser.Name)]
public sealed class DeploymentJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Editor_records_a_deployment_with_its_watchlist_and_outcomes_and_finds_both_false_alert_rates_in_the_list()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var reference = $"LFR-{Guid.NewGuid():N}"[..14];

        await session.SignInAsync("Bea Hughes");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Deployments" }).ClickAsync();
        await Expect(Heading(page, "Deployments")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record a deployment" }).ClickAsync();
        await Expect(Heading(page, "Record a deployment")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByLabel("Reference", new() { Exact = true }).FillAsync(reference);
        await page.GetByLabel("System", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Live facial recognition vans" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Kind of facial recognition" }).GetByLabel("Live", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Wanted offenders", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Purpose", new() { Exact = true }).FillAsync("Locate people wanted for serious offences");
        await page.GetByLabel("Location", new() { Exact = true }).FillAsync("Oxford Circus");
        var start = page.GetByRole(AriaRole.Group, new() { Name = "Actual start (optional)" });
        await start.GetByLabel("Day").FillAsync("14");
        await start.GetByLabel("Month").FillAsync("7");
        await start.GetByLabel("Year").FillAsync("2022");
        await start.GetByLabel("Time").FillAsync("10:00");
        var end = page.GetByRole(AriaRole.Group, new() { Name = "Actual end (optional)" });
        await end.GetByLabel("Day").FillAsync("14");
        await end.GetByLabel("Month").FillAsync("7");
        await end.GetByLabel("Year").FillAsync("2022");
        await end.GetByLabel("Time").FillAsync("16:00");
        await page.GetByLabel("Faces seen (optional)").FillAsync("12,120");
        await page.GetByLabel("Total alerts (optional)").FillAsync("11");
        await page.GetByLabel("True alerts, confirmed (optional)").FillAsync("10");
        await page.GetByLabel("False alerts, confirmed (optional)").FillAsync("1");
        await page.GetByLabel("Engagements (optional)").FillAsync("7");
        await page.GetByLabel("Arrests (optional)").FillAsync("4");
        await page.GetByLabel("OFFICIAL", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save deployment" }).ClickAsync();

        await Expect(Heading(page, $"{reference}: Oxford Circus")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("rate-faces")).ToHaveTextAsync("1 in 12,120");
        await Expect(page.GetByTestId("rate-alerts")).ToHaveTextAsync("9.1%");
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a category" }).ClickAsync();
        await Expect(Heading(page, "Add a watchlist category")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByLabel("Wanted by the police or the courts").CheckAsync();
        await page.GetByLabel("Number of people").FillAsync("9,756");
        await page.GetByLabel("Source of images").FillAsync("Custody images (PND)");
        await page.GetByLabel("Legal basis").FillAsync("Common law policing purpose");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save category" }).ClickAsync();
        await Expect(page.GetByTestId("categories")).ToContainTextAsync("Custody images (PND)");
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Deployments" }).ClickAsync();
        var row = page.GetByTestId($"deployment-{reference}");
        await Expect(row.GetByTestId("rate-faces")).ToHaveTextAsync("1 in 12,120");
        await Expect(row.GetByTestId("rate-alerts")).ToHaveTextAsync("9.1%");
        await session.CheckPageAsync();
        await session.SaveScreenshotAsync("deployment-list.png");
    }

    private static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1, Exact = true });
}
