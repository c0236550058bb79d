using System.Net;
using ClosedXML.Excel;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>The whole register taken out in the import layout and brought into an empty register gives the same
/// records: every record type the import knows, from the demonstration register.</summary>
public sealed class RegisterRoundTripTests : IDisposable
{
    private readonly GovernanceAppFactory _demonstration = new() { Environment = "Development" };
    // On the same clock as the demonstration register, so that its recent dates are not in the future here.
    private readonly GovernanceAppFactory _empty = new();

    private static readonly string[] Busiest = ["Deployments", "Watchlist categories", "Collaborations", "Assessments", "FOI requests", "FOI questions"];

    public RegisterRoundTripTests() => _demonstration.Settings.Clear();

    [Fact]
    public async Task Every_record_type_exported_and_imported_into_an_empty_register_comes_back_identical()
    {
        string[] roles = [Roles.GovernanceEditor, Roles.FoiOfficer, Roles.NcndCleared];
        using var source = _demonstration.CreateClientFor(roles);
        var exported = await source.GetByteArrayAsync(new Uri("/import/register.xlsx", UriKind.Relative));
        var before = Cells(exported);
        Assert.True(before.Count >= 16, $"Expected every sheet, found {string.Join(", ", before.Keys)}");
        Assert.All(Busiest, sheet => Assert.True(before[sheet].Count > 2, $"{sheet} has no records"));

        using var target = _empty.CreateClientFor(roles);
        var check = await ImportRequests.UploadAcceptedAsync(target, exported);
        var report = await target.GetStringAsync(new Uri(check, UriKind.Relative));
        Assert.DoesNotContain("govuk-error-summary", report, StringComparison.Ordinal);
        var imported = await ImportRequests.ImportAsync(target, check, "all");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);

        var after = Cells(await target.GetByteArrayAsync(new Uri("/import/register.xlsx", UriKind.Relative)));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (sheet, rows) in before)
        {
            Assert.Equal(rows, after[sheet]);
        }
    }

    public void Dispose()
    {
        _demonstration.Dispose();
        _empty.Dispose();
    }

    /// <summary>Every visible sheet's rows, each as its cells' text.</summary>
    private static Dictionary<string, List<string>> Cells(byte[] workbook)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        return book.Worksheets.Where(s => s.Visibility == XLWorksheetVisibility.Visible).ToDictionary(s => s.Name, s =>
            s.RowsUsed().Select(r => string.Join("\u001f", r.Cells(1, s.LastColumnUsed()!.ColumnNumber()).Select(c => c.GetString()))).ToList());
    }
}
