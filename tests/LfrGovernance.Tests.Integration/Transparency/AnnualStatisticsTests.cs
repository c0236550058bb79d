using System.Net;
using ClosedXML.Excel;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Transparency;

/// <summary>The annual statistics report: its figures against the records made, the year chosen, its layouts and file.</summary>
public sealed class AnnualStatisticsTests(TransparencyRegister app) : IClassFixture<TransparencyRegister>
{
    private async Task<Dictionary<string, string>> FiguresAsync(string query, string user = "annual-reader")
    {
        await app.SeedAsync();
        using var client = app.CreateClientForUser(user, Roles.AuthorisingOfficer, Roles.NcndCleared);
        var response = await client.GetAsync(new Uri($"/transparency/annual/export/xlsx?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        return workbook.Worksheet(1).RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetString());
    }

    [Fact]
    public async Task The_calendar_year_counts_the_published_deployments_decisions_and_assessments_and_nothing_flagged()
    {
        var figures = await FiguresAsync("year=2025&basis=calendar&layout=pcc");

        Assert.Equal("2", figures["Deployments that took place"]);
        Assert.Equal("42,120", figures["Faces seen"]);
        Assert.Equal("16", figures["Alerts"]);
        Assert.Equal("13", figures["True alerts"]);
        Assert.Equal("3", figures["False alerts"]);
        Assert.Equal("1 in 14,040", figures["False alert rate (false alerts per faces seen)"]);
        Assert.Equal("18.8%", figures["False alerts as a percentage of all alerts"]);
        Assert.Equal("6", figures["Arrests"]);
        Assert.Equal("2", figures["Deployment authorisations granted (including urgent)"]);
        Assert.Equal("1", figures["Deployment authorisations refused"]);
        Assert.Equal("1", figures["Urgent deployment authorisations"]);
        Assert.Equal("1", figures["Urgent authorisations ratified"]);
        Assert.Equal("0", figures["Urgent authorisations cancelled"]);
        Assert.Equal("1", figures["Assessments completed (approved in the period)"]);
    }

    [Fact]
    public async Task The_financial_year_runs_from_april_to_march()
    {
        var figures = await FiguresAsync("year=2024&basis=financial&layout=pcc");

        // TR-2024 (31 December 2024) and TR-001 (14 March 2025); decisions on both; the equality impact assessment
        // (1 November 2024) and the DPIA (1 February 2025).
        Assert.Equal("2", figures["Deployments that took place"]);
        Assert.Equal("32,120", figures["Faces seen"]);
        Assert.Equal("5", figures["Arrests"]);
        Assert.Equal("2", figures["Deployment authorisations granted (including urgent)"]);
        Assert.Equal("0", figures["Deployment authorisations refused"]);
        Assert.Equal("2", figures["Assessments completed (approved in the period)"]);
    }

    [Fact]
    public async Task Each_figure_links_to_the_records_it_counts()
    {
        await app.SeedAsync();
        using var client = app.CreateClientFor(Roles.FoiOfficer, Roles.NcndCleared);

        var page = await OrganisationRequests.PageAsync(client, "/transparency/annual?year=2025&basis=calendar");

        Assert.Contains("Annual statistics: Calendar year 2025", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/transparency/deployments?From.Day=1&From.Month=1&From.Year=2025&To.Day=31&To.Month=12&To.Year=2025\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#decisions\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/deployments/{app.FirstId}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/deployments/{app.SecondId}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/assessments/{app.DpiaId}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/deployments/{app.NcndDeploymentId}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("DPIA-SECRET", page, StringComparison.Ordinal);
        Assert.DoesNotContain("TR-NCND", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_eu_layout_counts_live_uses_and_decisions_by_objective()
    {
        await app.SeedAsync();
        using var client = app.CreateClientForUser("eu-exporter", Roles.Viewer);

        var response = await client.GetAsync(new Uri("/transparency/annual/export/xlsx?year=2025&basis=calendar&layout=eu", UriKind.Relative));

        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var rows = workbook.Worksheet("EU AI Act Art. 5 report").RowsUsed().Skip(1)
            .ToDictionary(r => r.Cell(1).GetString(), r => Enumerable.Range(2, 6).Select(c => r.Cell(c).GetString()).ToArray());
        Assert.Equal(["1", "2", "1", "0", "1", "0"], rows["Targeted search for victims and missing persons (Art. 5(1)(h)(i))"]);
        Assert.Equal(["1", "1", "1", "0", "0", "0"], rows["Locating or identifying suspects of serious offences (Art. 5(1)(h)(iii))"]);
        Assert.Equal(["0", "0", "0", "0", "0", "0"], rows["Prevention of a specific, substantial and imminent threat or terrorist attack (Art. 5(1)(h)(ii))"]);
        Assert.Equal(["0", "1", "0", "1", "0", "0"], rows["Not a listed objective (recorded as crime hotspot)"]);
        Assert.Equal(["2", "4", "2", "1", "1", "0"], rows["Total"]);
        var page = await OrganisationRequests.PageAsync(client, "/transparency/annual?year=2025&basis=calendar&layout=eu");
        Assert.Contains("eu-figures", page, StringComparison.Ordinal);
        Assert.Contains("judicial authority", page, StringComparison.Ordinal);
        var logged = Assert.Single(await app.QueryAsync(db => db.AccessLog.Where(e => e.UserId == "eu-exporter").ToListAsync()));
        Assert.Equal("Annual statistics report (EU AI Act Art. 5 layout), XLSX", logged.Description);
        Assert.Equal("Calendar year 2025: 1 January 2025 to 31 December 2025 inclusive (UK dates)", logged.Filters);
    }

    [Theory]
    [InlineData("year=&basis=calendar", "Enter the year of the report")]
    [InlineData("year=20x5&basis=calendar", "The year must be a year from 2000 to 2100, for example 2025")]
    [InlineData("year=1999&basis=financial", "The year must be a year from 2000 to 2100, for example 2025")]
    public async Task A_bad_year_is_explained_and_shows_no_figures(string query, string message)
    {
        await app.SeedAsync();
        using var client = app.CreateClientFor(Roles.Viewer);

        var page = await OrganisationRequests.PageAsync(client, $"/transparency/annual?{query}");

        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#Year\">{message}</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("annual-figures", page, StringComparison.Ordinal);
    }
}
