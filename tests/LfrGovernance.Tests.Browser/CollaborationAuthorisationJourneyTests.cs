using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>The authorising officer decides on the collaboration the IG officer put forward and ratifies the
/// Inspector's urgent authorisation; the IG officer reads a decision recorded from a document and opens the form that
/// records one. Every page passes the accessibility checks.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CollaborationAuthorisationJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task The_superintendent_decides_on_the_proposed_collaboration_and_ratifies_the_urgent_authorisation()
    {
        await using var officer = await BrowserSession.StartAsync(app);
        var page = officer.Page;
        await officer.SignInAsync("Chris Okafor");

        await page.GotoAsync("/work");
        await page.GetByTestId("collaborations-awaiting").GetByRole(AriaRole.Link, new() { Name = "COL-2026-03" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Decide on the collaboration", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("applicant")).ToHaveTextAsync("Bea Hughes");
        await officer.CheckPageAsync();
        await page.GetByLabel("Authorise", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reasons for the decision").FillAsync("Anonymised figures only; independent scrutiny is in the public interest");
        await page.GetByLabel("Process followed").FillAsync("Written case read with the DPO's advice");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Expect(page.GetByTestId("decided-by")).ToHaveTextAsync("Chris Okafor, Superintendent (rank held at the time)");
        await Expect(page.GetByTestId("process-followed")).ToHaveTextAsync("Written case read with the DPO's advice");
        await officer.CheckPageAsync();

        await page.GotoAsync("/work");
        await page.GetByTestId("awaiting-ratification").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByTestId("awaiting-ratification")).ToContainTextAsync("Authorised urgently");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ratify or cancel the urgent authorisation" }).ClickAsync();
        await Expect(page.GetByTestId("urgent-authorisation")).ToContainTextAsync("Priya Nair, Inspector");
        await officer.CheckPageAsync();
        await page.GetByLabel("Ratify the urgent authorisation").CheckAsync();
        await page.GetByLabel("Reasons for the decision").FillAsync("The intelligence is sound and the watchlist narrow");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Urgent authorisation ratified" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Superseded")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_ig_officer_reads_a_decision_recorded_from_a_document_and_the_form_shows_each_problem_beside_its_field()
    {
        await using var editor = await BrowserSession.StartAsync(app);
        var page = editor.Page;
        await editor.SignInAsync("Bea Hughes");

        await page.GotoAsync("/collaborations?q=COL-2024-01");
        await page.GetByRole(AriaRole.Link, new() { Name = "COL-2024-01" }).First.ClickAsync();
        await Expect(page.GetByTestId("decided-by")).ToHaveTextAsync("Tom Hale, Chief Superintendent (rank held at the time, as recorded)");
        await Expect(page.GetByTestId("decision-source")).ToContainTextAsync("OPS-ADV-24-03");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a decision made outside the register" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record a decision made outside the register", Level = 1 })).ToBeVisibleAsync();
        await editor.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Select the officer who decided" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enter the date of the decision" })).ToBeVisibleAsync();
        await editor.CheckPageAsync();
    }
}
