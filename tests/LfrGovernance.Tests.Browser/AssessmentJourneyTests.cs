using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>Recording a DPIA with a risk, and being told what is missing when approving it too early.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AssessmentJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Editor_records_a_dpia_adds_a_risk_and_is_told_a_dpia_needs_dpo_advice_before_approval()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var reference = $"DPIA-{Guid.NewGuid():N}"[..13];

        await session.SignInAsync("Bea Hughes");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Assessments" }).ClickAsync();
        await Expect(Heading(page, "Assessments")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an assessment" }).ClickAsync();
        await Expect(Heading(page, "Add an assessment")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByLabel("Reference", new() { Exact = true }).FillAsync(reference);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Town centre live facial recognition");
        await page.GetByLabel("Data protection impact assessment (DPIA)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();
        await Expect(Heading(page, $"{reference}: Town centre live facial recognition")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a risk" }).ClickAsync();
        await Expect(Heading(page, "Add a risk")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByLabel("The risk to data subjects").FillAsync("Misidentification of a passer-by");
        await page.GetByLabel("Possible", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Severe", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("High", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save risk" }).ClickAsync();
        await Expect(page.GetByTestId("risks")).ToContainTextAsync("Misidentification of a passer-by");

        await page.GetByRole(AriaRole.Button, new() { Name = "Change this assessment" }).ClickAsync();
        await session.CheckPageAsync();
        await page.GetByLabel("Approved", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("A DPIA cannot be approved before the DPO has given their advice");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date the assessment was approved");
        await session.CheckPageAsync();
    }

    private static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1, Exact = true });
}
