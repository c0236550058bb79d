using System.Net;
using System.Text;
using ClosedXML.Excel;
using LfrGovernance.Core.History;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Transparency;

/// <summary>The published deployment table: which deployments it lists, its totals, the period, and its files.</summary>
public sealed class DeploymentTableTests(TransparencyRegister app) : IClassFixture<TransparencyRegister>
{
    private const string Year2025 = "From.Day=1&From.Month=1&From.Year=2025&To.Day=31&To.Month=12&To.Year=2025";
    private static readonly string[] NeverPublished = ["TR-NCND", "TR-RETIRED", "TR-DRAFT", "TR-REFUSED", "TR-COVSYS", "Covert location", "99,999"];

    [Fact]
    public async Task The_table_lists_the_deployments_that_took_place_in_the_period_and_never_flagged_retired_draft_or_refused_ones_even_for_a_cleared_reader()
    {
        await app.SeedAsync();
        using var cleared = app.CreateClientFor(Roles.FoiOfficer, Roles.NcndCleared);

        var page = await OrganisationRequests.PageAsync(cleared, $"/transparency/deployments?{Year2025}");

        Assert.Contains("Deployments from 1 January 2025 to 31 December 2025", page, StringComparison.Ordinal);
        Assert.Contains("2 deployments from", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("TR-001", StringComparison.Ordinal) < page.IndexOf("TR-002", StringComparison.Ordinal), "oldest first");
        Assert.Contains("14 March 2025", page, StringComparison.Ordinal);
        Assert.Contains("6 hours", page, StringComparison.Ordinal);
        Assert.Contains("1 July 2025 (planned)", page, StringComparison.Ordinal);
        Assert.Contains("2 hours 30 minutes", page, StringComparison.Ordinal);
        Assert.Contains("1 in 12,120", page, StringComparison.Ordinal);
        Assert.Contains("9,756", page, StringComparison.Ordinal);
        Assert.DoesNotContain("TR-2024", page, StringComparison.Ordinal);
        Assert.All(NeverPublished, text => Assert.DoesNotContain(text, page, StringComparison.Ordinal));
        Assert.DoesNotContain("left out", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_totals_row_adds_up_the_published_deployments_only()
    {
        await app.SeedAsync();
        using var client = app.CreateClientFor(Roles.Viewer);

        var page = await OrganisationRequests.PageAsync(client, $"/transparency/deployments?{Year2025}");

        var totals = page[page.IndexOf("data-testid=\"totals\"", StringComparison.Ordinal)..];
        totals = totals[..totals.IndexOf("</tr>", StringComparison.Ordinal)];
        var cells = System.Text.RegularExpressions.Regex.Matches(totals, "<td[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value.Trim()).ToList();
        // Total alerts, true (confirmed, unconfirmed), false (confirmed, unconfirmed), rate, arrests, other, no action, faces.
        Assert.Equal(["16", "11", "2", "2", "1", "1 in 14,040", "6", "3", "7", "42,120"], cells);
        Assert.Contains("Total (2 deployments)", totals, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_takes_whole_uk_days_so_new_years_eve_is_in_2024_not_2025()
    {
        await app.SeedAsync();
        using var client = app.CreateClientFor(Roles.Viewer);

        var page = await OrganisationRequests.PageAsync(client, "/transparency/deployments?From.Day=31&From.Month=12&From.Year=2024&To.Day=31&To.Month=12&To.Year=2024");

        Assert.Contains("TR-2024", page, StringComparison.Ordinal);
        Assert.DoesNotContain("TR-001", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("From.Day=&From.Month=&From.Year=&To.Day=1&To.Month=1&To.Year=2025", "Enter the first day of the period")]
    [InlineData("From.Day=1&From.Month=&From.Year=2025&To.Day=1&To.Month=1&To.Year=2025", "The first day of the period must include a month")]
    [InlineData("From.Day=30&From.Month=2&From.Year=2025&To.Day=1&To.Month=3&To.Year=2025", "The first day of the period must be a real date, for example 27 3 2024")]
    [InlineData("From.Day=1&From.Month=6&From.Year=2025&To.Day=1&To.Month=1&To.Year=2025", "The last day of the period must be the same as or after the first day")]
    [InlineData("From.Day=1&From.Month=1&From.Year=2025&To.Day=x&To.Month=1&To.Year=2025", "The last day of the period must be a real date, for example 27 3 2024")]
    public async Task A_bad_period_is_explained_beside_its_field_and_shows_no_table(string query, string message)
    {
        await app.SeedAsync();
        using var client = app.CreateClientFor(Roles.Viewer);

        var page = await OrganisationRequests.PageAsync(client, $"/transparency/deployments?{query}");

        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains("govuk-error-message", page, StringComparison.Ordinal);
        Assert.DoesNotContain("deployment-table", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_with_a_bad_period_goes_back_to_the_page_and_logs_nothing()
    {
        await app.SeedAsync();
        using var client = app.CreateClientForUser("bad-period", Roles.Viewer);

        var response = await client.GetAsync(new Uri("/transparency/deployments/export/csv?From.Day=40&From.Month=1&From.Year=2025&To.Day=1&To.Month=2&To.Year=2025", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/transparency/deployments?", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.AccessLog.AnyAsync(e => e.UserId == "bad-period")));
    }

    [Fact]
    public async Task The_csv_file_has_the_rows_and_totals_with_a_formula_like_location_neutralised_and_is_logged()
    {
        await app.SeedAsync();
        using var client = app.CreateClientForUser("csv-exporter", Roles.FoiOfficer, Roles.NcndCleared);

        var response = await client.GetAsync(new Uri($"/transparency/deployments/export/csv?{Year2025}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Reference,Location,Date,Duration,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("TR-001,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click\"\")\",14 March 2025,6 hours,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("TR-002,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",16,11,2,2,1,\"1 in 14,040\",6,3,7,\"42,120\"", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("Total (2 deployments),,,,,,,,,16,", lines[3], StringComparison.Ordinal);
        Assert.All(NeverPublished, text => Assert.DoesNotContain(text, string.Join("\n", lines), StringComparison.Ordinal));
        var logged = Assert.Single(await app.QueryAsync(db => db.AccessLog.Where(e => e.UserId == "csv-exporter").ToListAsync()));
        Assert.Equal(AccessAction.Exported, logged.Action);
        Assert.Equal("Transparency deployment table, CSV (2 deployments)", logged.Description);
        Assert.Equal("Deployments that took place from 1 January 2025 to 31 December 2025 inclusive (UK dates)", logged.Filters);
    }

    [Fact]
    public async Task The_spreadsheet_keeps_a_formula_like_location_as_text_sets_column_widths_and_ends_with_the_totals()
    {
        await app.SeedAsync();
        using var client = app.CreateClientForUser("xlsx-exporter", Roles.GovernanceEditor);

        var response = await client.GetAsync(new Uri($"/transparency/deployments/export/xlsx?{Year2025}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("Deployments");
        Assert.Equal("Location", sheet.Cell(1, 2).GetString());
        var location = sheet.Cell(2, 2);
        Assert.False(location.HasFormula);
        Assert.Equal(TransparencyRegister.Formula, location.GetString());
        Assert.Equal(30, sheet.Column(2).Width);
        Assert.Equal("Total (2 deployments)", sheet.Cell(4, 1).GetString());
        Assert.Equal("42,120", sheet.Cell(4, 19).GetString());
        Assert.True(sheet.Cell(5, 1).IsEmpty());
        Assert.True(await app.QueryAsync(db => db.AccessLog.AnyAsync(e => e.UserId == "xlsx-exporter" && e.Description == "Transparency deployment table, XLSX (2 deployments)")));
    }
}
