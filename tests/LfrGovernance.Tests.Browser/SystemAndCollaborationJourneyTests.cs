using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>Recording a system with its accuracy evaluation, and a collaboration with the images shared in it; every
/// page checked for accessibility, the forms with their errors shown too.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SystemAndCollaborationJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Editor_records_a_system_and_an_evaluation_below_whose_threshold_the_default_is_warned_about()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var name = $"Vans {Guid.NewGuid():N}"[..14];
        var supplier = $"Supplier {Guid.NewGuid():N}"[..18];

        await session.SignInAsync("Bea Hughes");
        await CreateOrganisationAsync(page, supplier);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Systems" }).ClickAsync();
        await Expect(Heading(page, "Facial recognition systems")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a system" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save system" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Live (LFR)").CheckAsync();
        await page.GetByLabel("Product", new() { Exact = true }).FillAsync("NEC NeoFace Live");
        await page.GetByLabel("Supplier (optional)").SelectOptionAsync(new SelectOptionValue { Label = supplier });
        await page.GetByLabel("Default match threshold (optional)").FillAsync("0.55");
        await page.GetByLabel("In service").CheckAsync();
        await page.GetByLabel("Capital cost (optional)").FillAsync("250,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save system" }).ClickAsync();
        await Expect(Heading(page, name)).ToBeVisibleAsync();
        await Expect(page.GetByTestId("capital-cost")).ToHaveTextAsync("£250,000");
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an accuracy evaluation" }).ClickAsync();
        await page.GetByLabel("Evaluator").FillAsync("National Physical Laboratory");
        await page.GetByLabel("Day").FillAsync("5");
        await page.GetByLabel("Month").FillAsync("4");
        await page.GetByLabel("Year").FillAsync("2023");
        await page.GetByLabel("Threshold", new() { Exact = true }).FillAsync("0.6");
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save evaluation" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Describe the demographic imbalance");
        await session.CheckPageAsync();
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save evaluation" }).ClickAsync();
        await Expect(page.GetByTestId("threshold-warning")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("evaluations")).ToContainTextAsync("National Physical Laboratory");
        await session.CheckPageAsync();
    }

    [Fact]
    public async Task Editor_records_a_collaboration_and_the_images_shared_in_it()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var partner = $"Centre {Guid.NewGuid():N}"[..16];
        var reference = $"COL-{Guid.NewGuid():N}"[..12];

        await session.SignInAsync("Bea Hughes");
        await CreateOrganisationAsync(page, partner);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Collaborations" }).ClickAsync();
        await Expect(Heading(page, "Collaborations")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a collaboration" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save collaboration" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select at least one way");
        await session.CheckPageAsync();
        await page.GetByLabel("Reference", new() { Exact = true }).FillAsync(reference);
        await page.GetByLabel("Title").FillAsync("Shopping centre trial");
        await page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = partner });
        await page.GetByLabel("Image sharing").CheckAsync();
        await page.GetByLabel("Active").CheckAsync();
        await page.GetByLabel("Alerts (optional)").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save collaboration" }).ClickAsync();
        await Expect(Heading(page, "Shopping centre trial")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record images shared" }).ClickAsync();
        await page.GetByLabel("Day").FillAsync("14");
        await page.GetByLabel("Month").FillAsync("6");
        await page.GetByLabel("Year").FillAsync("2018");
        await page.GetByLabel("From the force to the organisation").CheckAsync();
        await page.GetByLabel("Number of images").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save image sharing" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the legal basis");
        await session.CheckPageAsync();
        await page.GetByLabel("Source dataset").FillAsync("Custody images");
        await page.GetByLabel("Purposes").FillAsync("Wanted offenders and a missing person");
        await page.GetByLabel("Legal basis").FillAsync("Data Protection Act 2018 section 35");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save image sharing" }).ClickAsync();
        await Expect(page.GetByTestId("total-images")).ToContainTextAsync("7");
        await session.CheckPageAsync();
    }

    private static async Task CreateOrganisationAsync(IPage page, string name)
    {
        await page.GotoAsync("/organisations/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Supplier", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("OFFICIAL", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save organisation" }).ClickAsync();
        await Expect(Heading(page, name)).ToBeVisibleAsync();
    }

    private static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });
}
