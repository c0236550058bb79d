using System.Net;
using System.Security.Cryptography;
using ClosedXML.Excel;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>Upload, check, import: both modes, the rejected rows, re-import, the change set, and who may do what.</summary>
public sealed class ImportFlowTests : IDisposable
{
    private readonly ImportAppFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static byte[] PartlyValid() => TestWorkbooks.Organisations(
        ["Museum of Things", "Museum", "Front desk"],
        ["Shopping Centre", "Mall", null],
        ["Town Council", "LocalAuthority", "01234 567890"]);

    private Task<int> OrganisationCountAsync() => factory.QueryAsync(db => db.Organisations.IgnoreQueryFilters().CountAsync());

    [Fact]
    public async Task The_check_counts_each_sheet_and_lists_every_problem_by_sheet_row_and_column()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var check = await ImportRequests.UploadAcceptedAsync(client, PartlyValid(), "partly.xlsx");
        var html = await client.GetStringAsync(new Uri(check, UriKind.Relative));
        Assert.Contains("Check the import of partly.xlsx", html, StringComparison.Ordinal);
        // Rows 3 to 5: row 1 holds the headings, row 2 the notes.
        Assert.Matches("<td class=\"govuk-table__cell\">Test organisations</td>\\s*<td[^>]*>4</td>\\s*<td class=\"govuk-table__cell\">Kind</td>\\s*<td class=\"govuk-table__cell\">must be one of", html);
        Assert.Contains("data-testid=\"rejected-rows\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-valid\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"import-all\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await OrganisationCountAsync());
    }

    [Fact]
    public async Task By_default_nothing_is_saved_when_a_row_is_invalid()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var check = await ImportRequests.UploadAcceptedAsync(client, PartlyValid());
        var response = await ImportRequests.ImportAsync(client, check, "all");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was imported: some rows have problems", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await OrganisationCountAsync());
        Assert.Equal(0, await factory.QueryAsync(db => db.History.CountAsync(h => h.RecordType == nameof(Organisation))));
    }

    [Fact]
    public async Task Importing_only_the_valid_rows_saves_them_and_leaves_the_rejected_ones_out()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var check = await ImportRequests.UploadAcceptedAsync(client, PartlyValid());
        var response = await ImportRequests.ImportAsync(client, check, "valid");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(check + "/result", response.Headers.Location!.OriginalString);
        var names = await factory.QueryAsync(db => db.Organisations.OrderBy(o => o.Name).Select(o => o.Name).ToListAsync());
        Assert.Equal(["Museum of Things", "Town Council"], names);
        var result = await client.GetStringAsync(new Uri(check + "/result", UriKind.Relative));
        Assert.Contains("Import complete", result, StringComparison.Ordinal);
        Assert.Contains("href=\"/organisations\"", result, StringComparison.Ordinal);
        // The upload is done with: its check page now leads to the result, and it cannot be imported twice.
        var again = await client.GetAsync(new Uri(check, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var log = await factory.QueryAsync(db => db.PendingImports.SingleAsync());
        Assert.Empty(log.Content);
        Assert.True(log.Saved);
        Assert.True(log.ValidRowsOnly);
        Assert.Contains("Test organisations: 2 created, 0 updated, 0 unchanged, 1 rejected", log.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rejected_rows_file_holds_only_the_rejected_rows_with_their_problems_as_text()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var check = await ImportRequests.UploadAcceptedAsync(client, TestWorkbooks.Organisations(
            ["Museum of Things", "Museum", null], ["=1+1", "Mall", "0123"]), "partly.xlsx");
        var response = await client.GetAsync(new Uri(check + "/rejected-rows.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("partly-rejected-rows.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(TestOrganisationsSheet.SheetName);
        Assert.Equal("Name", sheet.Cell(1, 1).GetString());
        Assert.Equal("Problems", sheet.Cell(1, 4).GetString());
        Assert.StartsWith("Required.", sheet.Cell(2, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal("=1+1", sheet.Cell(3, 1).GetString());
        Assert.False(sheet.Cell(3, 1).HasFormula);
        Assert.Equal("0123", sheet.Cell(3, 3).GetString());
        Assert.StartsWith("Kind: must be one of", sheet.Cell(3, 4).GetString(), StringComparison.Ordinal);
        Assert.True(sheet.Cell(4, 1).IsEmpty());
    }

    [Fact]
    public async Task A_corrected_rejected_rows_file_imports_with_its_problems_column_ignored()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var check = await ImportRequests.UploadAcceptedAsync(client, PartlyValid());
        var rejected = await client.GetByteArrayAsync(new Uri(check + "/rejected-rows.xlsx", UriKind.Relative));
        using var workbook = new XLWorkbook(new MemoryStream(rejected));
        workbook.Worksheet(TestOrganisationsSheet.SheetName).Cell(3, 2).SetValue("Retailer");
        using var corrected = new MemoryStream();
        workbook.SaveAs(corrected);
        var second = await ImportRequests.UploadAcceptedAsync(client, corrected.ToArray(), "corrected.xlsx");
        var html = await client.GetStringAsync(new Uri(second, UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"import-problems\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Problems", html.Split("import-notices").Skip(1).FirstOrDefault() ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("Import 1 record", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_that_fails_saves_nothing_and_says_why()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var check = await ImportRequests.UploadAcceptedAsync(client,
            TestWorkbooks.Organisations(["Museum of Things", "Museum", null], ["Broken Ltd", "Vendor", TestOrganisationsSheet.BreaksTheSave]));
        var response = await ImportRequests.ImportAsync(client, check, "all");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was imported: the register could not save the records", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await OrganisationCountAsync());
        Assert.Equal(0, await factory.QueryAsync(db => db.History.CountAsync(h => h.RecordType == nameof(Organisation))));
        var upload = await factory.QueryAsync(db => db.PendingImports.SingleAsync());
        Assert.Null(upload.ImportedAt);
        Assert.NotEmpty(upload.Content);
        Assert.StartsWith("Nothing was imported", upload.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reimporting_the_same_file_creates_no_duplicates_and_no_history()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var file = TestWorkbooks.Organisations(["Museum of Things", "Museum", "Front desk"], ["Town Council", "LocalAuthority", null]);
        var check = await ImportRequests.UploadAcceptedAsync(client, file);
        Assert.Contains("Import 2 records", await client.GetStringAsync(new Uri(check, UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ImportRequests.ImportAsync(client, check, "all")).StatusCode);
        var historyBefore = await factory.QueryAsync(db => db.History.CountAsync());

        var again = await ImportRequests.UploadAcceptedAsync(client, file);
        var html = await client.GetStringAsync(new Uri(again, UriKind.Relative));
        Assert.Contains("data-testid=\"nothing-to-import\"", html, StringComparison.Ordinal);
        Assert.Equal(2, await OrganisationCountAsync());
        Assert.Equal(historyBefore, await factory.QueryAsync(db => db.History.CountAsync()));
    }

    [Fact]
    public async Task A_changed_row_updates_its_record_in_one_change_set_that_names_the_file_and_its_hash()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var first = await ImportRequests.UploadAcceptedAsync(client,
            TestWorkbooks.Organisations(["Museum of Things", "Museum", "Front desk"], ["Town Council", "LocalAuthority", null]));
        await ImportRequests.ImportAsync(client, first, "all");
        factory.Clock.Advance(TimeSpan.FromHours(1));

        var changed = TestWorkbooks.Organisations(["museum of things", "Museum", "Back office"], ["Town Council", "LocalAuthority", null], ["Stadium", "Venue", null]);
        var hash = Convert.ToHexStringLower(SHA256.HashData(changed));
        var check = await ImportRequests.UploadAcceptedAsync(client, changed, "changes.xlsx");
        Assert.Contains("Import 2 records", await client.GetStringAsync(new Uri(check, UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ImportRequests.ImportAsync(client, check, "all")).StatusCode);

        Assert.Equal(3, await OrganisationCountAsync());
        Assert.Equal("Back office", await factory.QueryAsync(db => db.Organisations.Where(o => o.Name == "Museum of Things").Select(o => o.Contact).SingleAsync()));
        var entries = await factory.QueryAsync(db => db.History.Where(h => h.OccurredAt > Organisations.ClockedAppFactory.Start.UtcDateTime.AddMinutes(30)).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Single(entries.Select(e => e.ChangeSetId).Distinct());
        Assert.All(entries, e => Assert.Equal($"Imported from changes.xlsx (SHA-256 {hash})", e.Reason));
        Assert.Contains(entries, e => e.Action == HistoryAction.Created);
        Assert.Contains(entries, e => e.Action != HistoryAction.Created);
    }

    [Fact]
    public async Task The_register_downloaded_in_the_import_layout_imports_back_unchanged_and_is_logged()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var check = await ImportRequests.UploadAcceptedAsync(client, TestWorkbooks.Organisations(["Museum of Things", "Museum", "=cmd|' /C calc'!A0"]));
        await ImportRequests.ImportAsync(client, check, "all");
        using var response = await client.GetAsync(new Uri("/import/register.xlsx", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("register-", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var register = await response.Content.ReadAsByteArrayAsync();
        var logged = await factory.QueryAsync(db => db.AccessLog.SingleAsync(a => a.Action == AccessAction.Exported && a.Description.StartsWith("Register in the import layout")));
        Assert.StartsWith("Sheets: ", logged.Filters, StringComparison.Ordinal);
        Assert.Contains(TestOrganisationsSheet.SheetName, logged.Filters, StringComparison.Ordinal);

        var back = await ImportRequests.UploadAcceptedAsync(client, register, "register.xlsx");
        var html = await client.GetStringAsync(new Uri(back, UriKind.Relative));
        Assert.Contains("data-testid=\"nothing-to-import\"", html, StringComparison.Ordinal);
        Assert.Equal("=cmd|' /C calc'!A0", await factory.QueryAsync(db => db.Organisations.Select(o => o.Contact).SingleAsync()));
    }

    [Fact]
    public async Task The_template_has_a_sheet_per_record_type_the_user_may_import_with_headings_notes_and_lists()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var response = await client.GetAsync(new Uri("/import/template.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.False(workbook.Worksheets.Contains("Test administered"));
        var sheet = workbook.Worksheet(TestOrganisationsSheet.SheetName);
        Assert.Equal(["Name", "Kind", "Contact"], [sheet.Cell(1, 1).GetString(), sheet.Cell(1, 2).GetString(), sheet.Cell(1, 3).GetString()]);
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal("Required. The organisation's name: its reference.", sheet.Cell(2, 1).GetString());
        Assert.Equal("Who to contact and how.", sheet.Cell(2, 3).GetString());
        Assert.True(sheet.Cell(2, 1).Style.Alignment.WrapText);
        var validation = Assert.Single(sheet.DataValidations);
        Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
        Assert.Contains("Lists", validation.Value, StringComparison.Ordinal);
        var lists = workbook.Worksheet(ImportSheets.ListsSheet);
        Assert.Equal(XLWorksheetVisibility.Hidden, lists.Visibility);
        Assert.Equal("Museum", lists.Cell(2, 1).GetString());

        var admin = factory.CreateClientFor(Roles.GovernanceEditor, Roles.Administrator);
        using var full = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync(new Uri("/import/template.xlsx", UriKind.Relative))));
        Assert.True(full.Worksheets.Contains("Test administered"));
    }

    [Fact]
    public async Task Cells_are_read_by_heading_whatever_their_order_case_and_type()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var file = TestWorkbooks.Plain("test ORGANISATIONS",
            ["contact", "KIND", "name", "Colour"],
            [new DateTime(2024, 3, 27), "Museum", "Dated museum", "Blue"],
            [new DateTime(2024, 3, 27, 14, 30, 0), "Venue", "Timed venue", null],
            [12.5, "Retailer", "Numbered shop", null],
            [true, "Other", "Flagged other", null],
            [null, null, null, null],
            [null, null, null, null]);
        var check = await ImportRequests.UploadAcceptedAsync(client, file);
        var html = await client.GetStringAsync(new Uri(check, UriKind.Relative));
        Assert.Contains("the column \u201cColour\u201d is not one of this sheet\u2019s columns", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ImportRequests.ImportAsync(client, check, "all")).StatusCode);
        var contacts = await factory.QueryAsync(db => db.Organisations.OrderBy(o => o.Name).Select(o => o.Contact).ToListAsync());
        Assert.Equal(["2024-03-27", "Yes", "12.5", "2024-03-27 14:30"], contacts);
    }

    [Fact]
    public async Task A_missing_required_column_rejects_the_sheet_and_an_unknown_sheet_is_reported()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(TestOrganisationsSheet.SheetName);
        sheet.Cell(1, 1).SetValue("Name");
        sheet.Cell(2, 1).SetValue("Museum of Things");
        workbook.Worksheets.Add("Sheet2").Cell(1, 1).SetValue("Anything");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        var check = await ImportRequests.UploadAcceptedAsync(client, stream.ToArray());
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(check, UriKind.Relative)));
        Assert.Contains("The column \u201cKind\u201d is missing. It is required", html, StringComparison.Ordinal);
        Assert.Contains("The sheet \u201cSheet2\u201d is not one the import knows", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"import-valid\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_the_user_may_not_import_is_reported_and_not_imported()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        using var workbook = new XLWorkbook(new MemoryStream(TestWorkbooks.Organisations(["Museum of Things", "Museum", null])));
        var administered = workbook.Worksheets.Add("Test administered");
        administered.Cell(1, 1).SetValue("Reference");
        administered.Cell(2, 1).SetValue("SECRET-1");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        var check = await ImportRequests.UploadAcceptedAsync(client, stream.ToArray());
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(check, UriKind.Relative)));
        Assert.Contains("You cannot import test administered: your role does not allow you", html, StringComparison.Ordinal);
        // The sheet's rows are never staged (its sheet throws if they were); the rest may be imported alone.
        Assert.Equal(HttpStatusCode.Redirect, (await ImportRequests.ImportAsync(client, check, "valid")).StatusCode);
        Assert.Equal(1, await OrganisationCountAsync());
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.FoiOfficer)]
    public async Task Only_those_who_keep_the_register_may_use_the_import(string role)
    {
        var client = factory.CreateClientFor(role);
        foreach (var path in new[] { "/import", "/import/template.xlsx", "/import/register.xlsx" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task An_upload_is_seen_and_imported_by_its_uploader_only()
    {
        var owner = factory.CreateClientForUser("owner", Roles.GovernanceEditor);
        var check = await ImportRequests.UploadAcceptedAsync(owner, PartlyValid());
        var other = factory.CreateClientForUser("someone-else", Roles.GovernanceEditor);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri(check, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri(check + "/rejected-rows.xlsx", UriKind.Relative))).StatusCode);
        var token = await Infrastructure.AntiforgeryForm.TokenFromAsync(other, "/import");
        var post = await other.PostAsync(new Uri(check, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["mode"] = "valid",
            [Infrastructure.AntiforgeryForm.TokenField] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await OrganisationCountAsync());
    }

    [Fact]
    public async Task Importing_without_the_antiforgery_token_is_refused()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var check = await ImportRequests.UploadAcceptedAsync(client, TestWorkbooks.Organisations(["Museum of Things", "Museum", null]));
        var post = await client.PostAsync(new Uri(check, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["mode"] = "all" }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(0, await OrganisationCountAsync());
    }
}
