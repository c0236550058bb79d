using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.FoiRequests;

/// <summary>The one-off bank holidays administrators keep, and the deadlines that skip them. The clock is 10 June 2026.</summary>
public sealed class BankHolidayTests : IClassFixture<ClockedAppFactory>
{
    private const string Page = "/administration/bank-holidays";

    private readonly ClockedAppFactory _app;

    public BankHolidayTests(ClockedAppFactory app) => _app = app;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string json)
    {
        var token = await AntiforgeryForm.TokenFromAsync(admin, Page);
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var form = new MultipartFormDataContent { { new StringContent(token), AntiforgeryForm.TokenField }, { file, "Upload.File", "bank-holidays.json" } };
        return await admin.PostAsync(new Uri($"{Page}/file", UriKind.Relative), form);
    }

    [Fact]
    public async Task A_one_off_holiday_an_administrator_adds_moves_a_request_deadline_and_is_named_in_its_explanation()
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);
        var logged = await AntiforgeryForm.PostAsync(officer, "/foi", "/foi/new", new Dictionary<string, string>
        {
            ["Input.Reference"] = "FOI/2026/0201", ["Input.Summary"] = "Deployments", ["Input.ReceivedOn.Day"] = "30", ["Input.ReceivedOn.Month"] = "4",
            ["Input.ReceivedOn.Year"] = "2026", ["Input.RequesterCategory"] = "Individual", ["Input.Legislation"] = "Foia", ["Input.Marking"] = "Official",
            ["Input.Questions"] = "1. How many deployments?", ["Input.RequesterName"] = "Alex Asker",
        });
        var id = IdFrom(logged);
        Assert.Contains("Response due 1 June 2026", await PageAsync(officer, $"/foi/{id}"), StringComparison.Ordinal);

        var added = await AntiforgeryForm.PostAsync(admin, Page, Page, new Dictionary<string, string>
        {
            ["Input.Date.Day"] = "20", ["Input.Date.Month"] = "5", ["Input.Date.Year"] = "2026", ["Input.Name"] = "Test one-off holiday",
            ["Input.Nations"] = "Scotland",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Response due 2 June 2026", await PageAsync(officer, $"/foi/{id}"), StringComparison.Ordinal);
        Assert.Contains("Test one-off holiday (one-off, Scotland)", await PageAsync(officer, $"/foi/{id}/deadline"), StringComparison.Ordinal);
        var noNation = await AntiforgeryForm.PostAsync(admin, Page, Page, new Dictionary<string, string>
        {
            ["Input.Date.Day"] = "21", ["Input.Date.Month"] = "5", ["Input.Date.Year"] = "2026", ["Input.Name"] = "Nowhere",
        });
        Assert.Contains("<a href=\"#Input_Nations\">Select where the holiday is kept</a>", await TextAsync(noNation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_govuk_file_adds_only_the_dates_the_register_does_not_know_and_a_broken_file_adds_nothing()
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        const string file = """
            {"england-and-wales":{"division":"england-and-wales","events":[
              {"title":"Christmas Day","date":"2030-12-25","notes":"","bunting":true},
              {"title":"Bank holiday for a fictional royal wedding","date":"2030-07-19","notes":"","bunting":true}]},
             "scotland":{"division":"scotland","events":[
              {"title":"Bank holiday for a fictional royal wedding","date":"2030-07-19","notes":"","bunting":true}]},
             "northern-ireland":{"division":"northern-ireland","events":[]}}
            """;
        var before = await _app.QueryAsync(db => db.OneOffBankHolidays.CountAsync());

        var broken = await UploadAsync(admin, "{\"england-and-wales\": [");
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("href=\"#Upload_File\"", await TextAsync(broken), StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryAsync(db => db.OneOffBankHolidays.CountAsync()));
        var loaded = await UploadAsync(admin, file);

        Assert.Equal(HttpStatusCode.Redirect, loaded.StatusCode);
        var wedding = await _app.QueryAsync(db => db.OneOffBankHolidays.SingleAsync(h => h.Date == new DateOnly(2030, 7, 19)));
        Assert.Equal(Core.Foi.UkNation.EnglandAndWales | Core.Foi.UkNation.Scotland, wedding.Nations);
        Assert.Equal(before + 1, await _app.QueryAsync(db => db.OneOffBankHolidays.CountAsync()));
        Assert.Contains("1 one-off holiday was added from the file.", await PageAsync(admin, $"{Page}?added=1"), StringComparison.Ordinal);
        var again = await UploadAsync(admin, file);
        Assert.Equal($"{Page}?added=0", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Only_administrators_keep_the_bank_holidays()
    {
        using var officer = _app.CreateClientFor(Roles.FoiOfficer);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(new Uri(Page, UriKind.Relative))).StatusCode);
    }
}
