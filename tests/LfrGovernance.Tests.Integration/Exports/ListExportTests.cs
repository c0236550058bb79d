using System.Net;
using System.Text;
using ClosedXML.Excel;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Audit;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Exports;

/// <summary>The list pages' exports: what the list selects on every page, nothing hidden from the user, behind the
/// list's policy, safe to open in a spreadsheet, and logged.</summary>
public sealed class ListExportTests : IClassFixture<ClockedAppFactory>
{
    /// <summary>Every list page with an export.</summary>
    public static TheoryData<string> Lists =>
    [
        "/deployments", "/systems", "/collaborations", "/assessments", "/policies", "/retention", "/retention/counts", "/organisations",
        "/people", "/forces", "/foi", "/administration/bank-holidays", "/foi/exemption-templates", "/audit/access", "/audit",
    ];

    private readonly ClockedAppFactory _app;

    public ListExportTests(ClockedAppFactory app) => _app = app;

    private static string Tag() => "x" + Guid.NewGuid().ToString("N")[..7];

    private async Task<Guid> AddSystemAsync(string name) => await _app.QueryAsync(async db =>
    {
        var system = new FacialRecognitionSystem { Name = name, Product = "NeoFace Live", Kind = FacialRecognitionKind.Live, Status = SystemStatus.InService };
        db.Systems.Add(system);
        await db.SaveChangesAsync();
        return system.Id;
    });

    /// <summary>Deployments straight into the register: <paramref name="count"/> of them, "{tag}-001" upwards.</summary>
    private async Task AddDeploymentsAsync(string tag, Guid systemId, int count, FacialRecognitionKind kind = FacialRecognitionKind.Live,
        bool doNotConfirmOrDeny = false, string suffix = "") => await _app.QueryAsync(async db =>
    {
        for (var i = 1; i <= count; i++)
        {
            db.Deployments.Add(new Deployment
            {
                Reference = $"{tag}-{i:000}{suffix}", SystemId = systemId, Kind = kind, Objective = PolicingObjective.WantedOffenders,
                Purpose = "Locate people wanted for serious offences", LocationName = $"{tag} high street",
                ActualStart = new DateTime(2025, 7, 14, 9, 0, 0, DateTimeKind.Utc).AddDays(i), FacesSeen = 12_000 + i, TotalAlerts = 10,
                TrueAlertsConfirmed = 8, FalseAlertsConfirmed = 1, FalseAlertsUnconfirmed = 1, DoNotConfirmOrDeny = doNotConfirmOrDeny,
            });
        }
        return await db.SaveChangesAsync();
    });

    private static async Task<List<List<string>>> CsvAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Csv.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    private static async Task<XLWorkbook> XlsxAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_list_exports_as_csv_and_xlsx_and_its_page_links_to_both(string list)
    {
        using var client = _app.CreateClientFor(Roles.Viewer, Roles.FoiOfficer, Roles.Auditor, Roles.Administrator, Roles.NcndCleared);

        var page = await client.GetStringAsync(new Uri(list, UriKind.Relative));
        var csv = await CsvAsync(client, $"{list}/export/csv");
        using var workbook = await XlsxAsync(client, $"{list}/export/xlsx");

        Assert.Contains($"href=\"{list}/export/xlsx\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{list}/export/csv\"", page, StringComparison.Ordinal);
        Assert.Contains("Export as spreadsheet (XLSX)", page, StringComparison.Ordinal);
        var sheet = workbook.Worksheet(1);
        Assert.Equal(csv[0], Enumerable.Range(1, csv[0].Count).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.All(sheet.CellsUsed(), cell => Assert.False(cell.HasFormula, cell.Address.ToString()));
    }

    [Fact]
    public async Task A_deployments_export_holds_every_row_the_filters_select_on_all_pages_with_both_false_alert_rates()
    {
        var tag = Tag();
        var systemId = await AddSystemAsync($"{tag} vans");
        await AddDeploymentsAsync(tag, systemId, 60);
        await AddDeploymentsAsync(tag, systemId, 3, FacialRecognitionKind.Retrospective, suffix: "R");
        using var client = _app.CreateClientFor(Roles.Viewer);

        var rows = await CsvAsync(client, $"/deployments/export/csv?q={tag}&kind=Live&sort=reference&page=2");

        Assert.Equal(61, rows.Count); // the header and 60 rows: every page, not the second
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"{tag}-{i:000}"), rows.Skip(1).Select(r => r[0]));
        var header = rows[0];
        Assert.Contains("False alert rate (per faces seen)", header);
        Assert.Contains("False alerts (% of alerts)", header);
        var first = rows[1];
        Assert.Equal($"{tag} vans", first[header.IndexOf("System")]);
        Assert.Equal("12001", first[header.IndexOf("Faces seen")]);
        Assert.Equal("2", first[header.IndexOf("False alerts")]);
        Assert.Equal(AlertFigures.PerFacesSeen(2, 12_001)!.ToString(), first[header.IndexOf("False alert rate (per faces seen)")]);
        Assert.Equal(AlertFigures.FormatPercent(AlertFigures.PercentOfAlerts(2, 10)!.Value), first[header.IndexOf("False alerts (% of alerts)")]);

        var retrospective = await CsvAsync(client, $"/deployments/export/csv?q={tag}&kind=Retrospective");
        Assert.Equal([$"{tag}-003R", $"{tag}-002R", $"{tag}-001R"], retrospective.Skip(1).Select(r => r[0])); // newest first, as the list
    }

    [Fact]
    public async Task An_uncleared_users_export_never_contains_a_record_not_confirmed_or_denied()
    {
        var tag = Tag();
        var systemId = await AddSystemAsync($"{tag} vans");
        await AddDeploymentsAsync(tag, systemId, 2);
        await AddDeploymentsAsync(tag, systemId, 1, doNotConfirmOrDeny: true, suffix: "C");
        await _app.QueryAsync(async db =>
        {
            db.Organisations.Add(new Organisation { Name = $"{tag} open partner", Kind = OrganisationKind.Retailer });
            db.Organisations.Add(new Organisation { Name = $"{tag} covert partner", Kind = OrganisationKind.Retailer, DoNotConfirmOrDeny = true });
            return await db.SaveChangesAsync();
        });
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        using var cleared = _app.CreateClientFor(Roles.Viewer, Roles.NcndCleared);

        var csv = await CsvAsync(viewer, $"/deployments/export/csv?q={tag}&showRetired=true");
        using var xlsx = await XlsxAsync(viewer, $"/deployments/export/xlsx?q={tag}");
        var organisations = await CsvAsync(viewer, $"/organisations/export/csv?q={tag}");
        var clearedCsv = await CsvAsync(cleared, $"/deployments/export/csv?q={tag}");
        var clearedOrganisations = await CsvAsync(cleared, $"/organisations/export/csv?q={tag}");

        Assert.Equal(3, csv.Count);
        Assert.DoesNotContain(csv, row => row.Any(cell => cell.Contains($"{tag}-001C", StringComparison.Ordinal)));
        Assert.DoesNotContain(xlsx.Worksheet(1).CellsUsed(), cell => cell.GetString().Contains("001C", StringComparison.Ordinal));
        Assert.Equal(3, xlsx.Worksheet(1).LastRowUsed()!.RowNumber());
        Assert.Equal([$"{tag} open partner"], organisations.Skip(1).Select(r => r[0]));
        Assert.Contains(clearedCsv, row => row[0] == $"{tag}-001C");
        Assert.Contains(clearedOrganisations, row => row[0] == $"{tag} covert partner");
        Assert.Equal("Yes", clearedOrganisations.Single(r => r[0] == $"{tag} covert partner")[clearedOrganisations[0].IndexOf("Do not confirm or deny")]);
    }

    [Theory]
    [InlineData("/forces/export/csv", Roles.Viewer)]
    [InlineData("/administration/bank-holidays/export/xlsx", Roles.GovernanceEditor)]
    [InlineData("/foi/export/csv", Roles.Viewer)]
    [InlineData("/foi/exemption-templates/export/csv", Roles.Auditor)]
    [InlineData("/audit/access/export/csv", Roles.FoiOfficer)]
    [InlineData("/audit/export/xlsx", Roles.GovernanceEditor)]
    public async Task An_export_is_refused_to_a_user_the_lists_policy_keeps_out_and_nothing_is_logged(string url, string role)
    {
        using var client = _app.CreateClientForUser("refused-" + Tag(), role);
        var before = await _app.QueryAsync(db => db.AccessLog.CountAsync());

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await _app.QueryAsync(db => db.AccessLog.CountAsync()));
    }

    [Fact]
    public async Task An_unknown_format_is_not_found()
    {
        using var client = _app.CreateClientFor(Roles.Viewer);

        using var response = await client.GetAsync(new Uri("/deployments/export/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Each_export_is_logged_with_who_what_the_filters_in_words_when_and_how_many_rows()
    {
        var tag = Tag();
        var systemId = await AddSystemAsync($"{tag} vans");
        await AddDeploymentsAsync(tag, systemId, 3);
        var user = "exporter-" + tag;
        using var client = _app.CreateClientForUser(user, Roles.Viewer);

        await CsvAsync(client, $"/deployments/export/csv?q={tag}&kind=Live&sort=reference&dir=desc");
        using (await XlsxAsync(client, $"/organisations/export/xlsx?kind=Vendor"))
        {
        }

        var log = await _app.QueryAsync(db => db.AccessLog.AsNoTracking().Where(e => e.UserId == user).OrderBy(e => e.Description).ToListAsync());
        Assert.Equal(2, log.Count);
        Assert.All(log, e => Assert.Equal((AccessAction.Exported, "Test " + user, "Viewer"), (e.Action, e.UserName, e.UserRoles)));
        Assert.All(log, e => Assert.Equal(_app.Clock.GetUtcNow().UtcDateTime, e.OccurredAt));
        Assert.Equal("Deployments, CSV (3 rows)", log[0].Description);
        Assert.Equal($"Kind Live; search “{tag}”; sorted by reference, descending", log[0].Filters);
        Assert.StartsWith("Organisations, XLSX (", log[1].Description, StringComparison.Ordinal);
        Assert.Equal("Kind Vendor", log[1].Filters);
    }

    [Fact]
    public async Task An_access_log_export_holds_the_entries_its_filters_select_but_not_its_own()
    {
        var user = "viewer-" + Tag();
        using var viewer = _app.CreateClientForUser(user, Roles.Viewer);
        await CsvAsync(viewer, "/organisations/export/csv");
        using var auditor = _app.CreateClientFor(Roles.Auditor);

        var rows = await CsvAsync(auditor, $"/audit/access/export/csv?user={user}");

        Assert.Equal(2, rows.Count);
        Assert.Equal(user, rows[1][rows[0].IndexOf("User id")]);
        Assert.StartsWith("Organisations, CSV", rows[1][rows[0].IndexOf("What")], StringComparison.Ordinal);
        var own = await _app.QueryAsync(db => db.AccessLog.AsNoTracking().Where(e => e.Description.StartsWith("Access log")).ToListAsync());
        Assert.Contains(own, e => e.Description == "Access log, CSV (1 entry)" && e.Filters == $"User contains “{user}”");
    }

    [Fact]
    public async Task Text_that_looks_like_a_formula_stays_text_in_the_xlsx_and_is_neutralised_in_the_csv()
    {
        var tag = Tag();
        string[] names = [$"=1+1 {tag}", $"@SUM(A1) {tag}", $"+44 {tag}", $"-{tag}"];
        await _app.QueryAsync(async db =>
        {
            foreach (var name in names)
            {
                db.Organisations.Add(new Organisation { Name = name, Kind = OrganisationKind.Retailer, Notes = "=HYPERLINK(\"http://evil.example\")" });
            }
            return await db.SaveChangesAsync();
        });
        using var client = _app.CreateClientFor(Roles.Viewer);

        using var workbook = await XlsxAsync(client, $"/organisations/export/xlsx?q={tag}");
        var csv = await CsvAsync(client, $"/organisations/export/csv?q={tag}");

        var sheet = workbook.Worksheet(1);
        var cells = Enumerable.Range(2, names.Length).Select(r => sheet.Cell(r, 1)).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), cells.Select(c => c.GetString()).Order(StringComparer.Ordinal));
        Assert.All(sheet.CellsUsed(), cell =>
        {
            Assert.False(cell.HasFormula, cell.Address.ToString());
            Assert.Equal(XLDataType.Text, cell.DataType);
        });
        Assert.Equal(names.Select(n => "'" + n).Order(StringComparer.Ordinal), csv.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.All(csv.Skip(1), row => Assert.Equal("'=HYPERLINK(\"http://evil.example\")", row[csv[0].IndexOf("Notes")]));
    }

    [Fact]
    public async Task An_export_while_the_register_is_viewed_as_at_a_past_date_holds_the_records_as_they_stood_then()
    {
        var tag = Tag();
        var id = await _app.QueryAsync(async db =>
        {
            var organisation = new Organisation { Name = $"{tag} old name", Kind = OrganisationKind.Retailer };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });
        var then = _app.Clock.GetUtcNow().UtcDateTime;
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await _app.QueryAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == id)).Name = $"{tag} new name";
            return await db.SaveChangesAsync();
        });
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        using var client = _app.CreateClientFor(Roles.Viewer);
        client.DefaultRequestHeaders.Add("Cookie", $"LfrGovernance.AsAt={then.AddMinutes(1):yyyy-MM-dd'T'HH:mm:ss'Z'}");

        var rows = await CsvAsync(client, $"/organisations/export/csv?q={tag}");

        Assert.Equal([$"{tag} old name"], rows.Skip(1).Select(r => r[0]));
    }
}
