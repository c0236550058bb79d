using LfrGovernance.Tests.Browser.Infrastructure;
using LfrGovernance.Web.Features.Import;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>Importing deployments from a workbook: a file with an error is checked and nothing imported, the corrected
/// file is imported, and the deployments are in the list.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ImportJourneyTests(BrowserFixture app)
{
    private const string System = "Live facial recognition vans";

    [Fact]
    public async Task Editor_uploads_a_file_with_an_error_reads_the_report_fixes_it_and_finds_the_deployments_in_the_list()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var first = $"IMP-{suffix}-1";
        var second = $"IMP-{suffix}-2";

        await session.SignInAsync("Bea Hughes");
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(Heading(page, "Import records from a spreadsheet")).ToBeVisibleAsync();
        await session.CheckPageAsync();

        // No file chosen: the error is beside the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        await Expect(page.Locator("#file-error")).ToContainTextAsync("Select a workbook to import");
        await session.CheckPageAsync();

        await page.GetByLabel("Upload a workbook").SetInputFilesAsync(new FilePayload
        {
            Name = "deployments.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Workbook((first, "12,120"), (second, "lots")),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        await Expect(Heading(page, "Check the import of deployments.xlsx")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("import-problems")).ToContainTextAsync("Faces seen");
        await Expect(page.GetByTestId("import-problems")).ToContainTextAsync("must be a whole number");
        await Expect(page.GetByTestId("rejected-rows")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("import-all")).ToHaveCountAsync(0);
        await session.CheckPageAsync();
        await session.SaveScreenshotAsync("import-check.png");

        await page.GotoAsync("/import");
        await page.GetByLabel("Upload a workbook").SetInputFilesAsync(new FilePayload
        {
            Name = "deployments-fixed.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Workbook((first, "12,120"), (second, "9000")),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        await Expect(Heading(page, "Check the import of deployments-fixed.xlsx")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("import-problems")).ToHaveCountAsync(0);
        await session.CheckPageAsync();
        await page.GetByTestId("import-all").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import complete" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("import-result")).ToContainTextAsync("Deployments");
        await session.CheckPageAsync();

        await page.GotoAsync($"/deployments?q={Uri.EscapeDataString($"IMP-{suffix}")}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = first })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = second })).ToBeVisibleAsync();
        await session.CheckPageAsync();
        session.AssertNoBrowserErrors();
    }

    private static byte[] Workbook(params (string Reference, string FacesSeen)[] deployments)
    {
        var sheet = new DeploymentsSheet(TimeProvider.System);
        var index = new ColumnIndex(sheet.Columns);
        var rows = deployments.Select(d =>
        {
            var cells = new string?[sheet.Columns.Count];
            cells[index["Reference"]] = d.Reference;
            cells[index["System"]] = System;
            cells[index["Kind"]] = "Live";
            cells[index["Status"]] = "Completed";
            cells[index["Policing objective"]] = "Wanted offenders";
            cells[index["Purpose"]] = "Find people wanted by the police or the courts";
            cells[index["Location"]] = "Town centre";
            cells[index["Faces seen"]] = d.FacesSeen;
            return (IReadOnlyList<string?>)cells;
        }).ToList();
        return ImportWorkbookWriter.Write([ImportSheetContent.InMemory(sheet, rows)]);
    }

    private static ILocator Heading(IPage page, string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });
}
