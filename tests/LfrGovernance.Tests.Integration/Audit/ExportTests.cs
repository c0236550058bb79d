using System.Net;
using System.Text;
using ClosedXML.Excel;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LfrGovernance.Tests.Integration.Infrastructure.RegisterChanges;

namespace LfrGovernance.Tests.Integration.Audit;

/// <summary>Exports of the change history: what the list shows, safe to open in a spreadsheet, and logged.</summary>
public sealed class ExportTests : IDisposable
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example\",\"Click, for \"\"help\"\"\")";
    private static readonly string[] Dangerous = [Hyperlink, "+1", "-2", "@SUM(A1)"];
    private static readonly DateTimeOffset March1 = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceAppFactory _app = new();

    private async Task<HttpResponseMessage> ExportAsync(string url)
    {
        using var client = _app.CreateClientFor(Roles.Auditor);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    [Fact]
    public async Task The_csv_is_utf8_with_a_bom_crlf_lines_and_formulas_neutralised()
    {
        await CreateAsync(_app, Bea, March1, [.. Dangerous, "Café Röstì, Ltd"]);

        var response = await ExportAsync("/audit/export/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Matches(@"^change-history-\d{4}-\d{2}-\d{2}-\d{4}\.csv$", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("Entry,When (UK time),When (UTC),User,User id,Roles,Record type,Record id,Record name,Version,Action,Reason,Fields changed\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);

        var rows = Csv.Parse(text);
        var names = rows.Skip(1).Select(row => row[8]).ToList();
        Assert.Equal(6, names.Count); // and the default force, created at start-up
        Assert.Contains("'" + Hyperlink, names);
        Assert.Contains("'+1", names);
        Assert.Contains("'-2", names);
        Assert.Contains("'@SUM(A1)", names);
        Assert.Contains("Café Röstì, Ltd", names);
        Assert.All(rows.Skip(1), row => Assert.Equal(rows[0].Count, row.Count));
        Assert.All(rows.Skip(1).Where(row => row[6] == "Organisation"), row => Assert.Equal("Bea Hughes", row[3]));
    }

    [Fact]
    public async Task The_xlsx_holds_every_cell_as_text_with_no_formulas()
    {
        await CreateAsync(_app, Bea, March1, Dangerous);

        var response = await ExportAsync("/audit/export/xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'), StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Change history", sheet.Name);
        Assert.Equal("Record name", sheet.Cell(1, 9).GetString());
        var names = Enumerable.Range(2, 4).Select(row => sheet.Cell(row, 9)).ToList();
        Assert.All(names, cell =>
        {
            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
        });
        Assert.Equal(Dangerous.Order(StringComparer.Ordinal), names.Select(c => c.GetString()).Order(StringComparer.Ordinal));
        Assert.All(sheet.CellsUsed(), cell => Assert.False(cell.HasFormula, cell.Address.ToString()));
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType); // even the entry number stays text
        Assert.True(sheet.Column(9).Width > 10);
    }

    [Fact]
    public async Task An_export_contains_what_the_filters_select_on_every_page()
    {
        await CreateAsync(_app, Bea, March1, [.. Enumerable.Range(1, 60).Select(i => $"Bea's {i}")]);
        await CreateAsync(_app, Sam, March1, "Sam's only one");

        var response = await ExportAsync("/audit/export/csv?user=bea&page=2");
        var rows = Csv.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));

        Assert.Equal(61, rows.Count);
        Assert.DoesNotContain(rows, row => row[8] == "Sam's only one");
    }

    [Fact]
    public async Task Each_export_is_recorded_in_the_access_log_with_its_filters()
    {
        await CreateAsync(_app, Bea, March1, "Anything");
        using var client = _app.CreateClientForUser("auditor-7", Roles.Auditor);

        await client.GetByteArrayAsync(new Uri("/audit/export/csv?user=bea&action=Created", UriKind.Relative));
        await client.GetByteArrayAsync(new Uri("/audit/export/xlsx", UriKind.Relative));

        using (var scope = _app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            var log = await db.AccessLog.AsNoTracking().OrderBy(e => e.Description).ToListAsync();
            Assert.Equal(2, log.Count);
            Assert.All(log, e => Assert.Equal((AccessAction.Exported, "auditor-7", "Test auditor-7", "Auditor"), (e.Action, e.UserId, e.UserName, e.UserRoles)));
            Assert.Equal("Change history, CSV (1 entry)", log[0].Description);
            Assert.Equal("User contains “bea”; action Created", log[0].Filters);
            Assert.Equal("Change history, XLSX (2 entries)", log[1].Description); // and the default force's
            Assert.Equal("No filters (everything)", log[1].Filters);
            Assert.All(log, e => Assert.True(DateTime.UtcNow - e.OccurredAt < TimeSpan.FromMinutes(5)));
        }

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/audit/access?action=Exported&user=auditor-7", UriKind.Relative)));
        Assert.Contains("Showing 1 to 2 of 2 entries", page, StringComparison.Ordinal);
        Assert.Contains("Change history, CSV (1 entry)", page, StringComparison.Ordinal);
        Assert.Contains("User contains “bea”; action Created", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_with_a_date_that_is_not_real_goes_back_to_the_list_and_logs_nothing()
    {
        using var client = _app.CreateClientFor(Roles.Auditor);

        var response = await client.GetAsync(new Uri("/audit/export/csv?from.day=40&from.month=1&from.year=2024", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/audit?", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var scope = _app.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<GovernanceDbContext>().AccessLog.CountAsync());
    }

    public void Dispose() => _app.Dispose();
}

/// <summary>An RFC 4180 reader, strict enough to show the writer's quoting is right.</summary>
internal static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (!(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')))
                {
                    cell.Append(text[i]);
                    i += text[i] == '"' ? 2 : 1;
                }
                i++;
            }
            else if (text[i] == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
                i++;
            }
            else if (text[i] == '\r')
            {
                Assert.Equal('\n', text[i + 1]);
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]); // a bare line feed only inside quotes
                cell.Append(text[i]);
                i++;
            }
        }
        Assert.Empty(row);
        return rows;
    }
}
