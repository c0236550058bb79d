using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>The FOI officer logs a request with its questions, reads when it is due and why, and stops the clock for
/// clarification; the administrator opens the bank holidays. Every page passes the accessibility checks.</summary>
[Collection(SharedBrowser.Name)]
public sealed class FoiRequestJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task The_foi_officer_logs_a_request_reads_its_deadline_and_stops_the_clock()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        await session.SignInAsync("Evan Shah");

        await page.GetByRole(AriaRole.Link, new() { Name = "FOI requests", Exact = true }).First.ClickAsync();
        await session.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log a request" }).ClickAsync();
        await Expect(page.GetByLabel("Reference", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^FOI/\d{4}/\d{4}$"));
        await session.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save request" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enter the request's questions, one per line, each starting with its number" })).ToBeVisibleAsync();
        await session.CheckPageAsync();

        var reference = $"DM{Guid.NewGuid():N}"[..12];
        await page.GetByLabel("Reference", new() { Exact = true }).FillAsync(reference);
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync("Live facial recognition and a shopping centre");
        await page.GetByLabel("Journalist").CheckAsync();
        await page.GetByLabel("Questions", new() { Exact = true }).FillAsync("1. Has the force collaborated with a shopping centre?\na. Were images shared?\n2. Any plans to use LFR?");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Sam Writer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save request" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = reference, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("question-1a")).ToContainTextAsync("Were images shared?");
        await Expect(page.GetByTestId("due-next")).ToContainTextAsync("Response due");
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "How the due dates were worked out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How the due dates were worked out", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the request" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record a request for clarification or a fee" }).ClickAsync();
        await page.GetByLabel("What was asked for").FillAsync("Which shopping centre do you mean?");
        await session.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("request-status")).ToHaveTextAsync("Clarification requested");
        await Expect(page.GetByTestId("clock-stopped")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        // Question 1 is answered from the register: the demonstration register holds two collaborations with partners.
        await page.GetByRole(AriaRole.Link, new() { Name = "1 (answer this question)" }).ClickAsync();
        await page.GetByLabel("Catalogue question").SelectOptionAsync(new SelectOptionValue { Value = "q1" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate the draft" }).ClickAsync();
        await Expect(page.GetByTestId("generated-draft")).ToContainTextAsync("Northgate Shopping Centre");
        await Expect(page.GetByTestId("figures")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByLabel("The answer is final").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the answer" }).ClickAsync();
        await Expect(page.GetByTestId("question-1")).ToContainTextAsync("Final");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("response-workbook").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);

        var requestPath = new Uri(page.Url).AbsolutePath;
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a question" }).ClickAsync();
        await page.GetByLabel("Number", new() { Exact = true }).FillAsync("3");
        await page.GetByLabel("Question", new() { Exact = true }).FillAsync("How many images have been retained?");
        await session.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the question" }).ClickAsync();
        await Expect(page.GetByTestId("question-3")).ToContainTextAsync("How many images have been retained?");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the contact details" }).ClickAsync();
        await session.CheckPageAsync();
        await page.GotoAsync(requestPath);

        await page.GotoAsync("/foi/dashboard");
        await Expect(page.GetByTestId("open-by-due")).ToContainTextAsync(reference);
        await session.CheckPageAsync();
    }

    [Fact]
    public async Task The_administrator_keeps_the_one_off_bank_holidays()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        await session.SignInAsync("Gray Patel");

        await page.GotoAsync("/administration/bank-holidays");
        await Expect(page.GetByTestId("standing")).ToContainTextAsync("Christmas Day");
        await session.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Load the file" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Select the bank-holidays file" })).ToBeVisibleAsync();
        await session.CheckPageAsync();
    }
}
