using System.Net;
using ClosedXML.Excel;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Import;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>The template made from the application's own sheets (found in the Web assembly, none added by the test).</summary>
public sealed class ImportTemplateTests : IDisposable
{
    private readonly ClockedAppFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_template_has_every_sheet_of_the_application_in_order_that_the_user_may_import()
    {
        List<string> expected;
        using (var scope = factory.Services.CreateScope())
        {
            expected = [.. scope.ServiceProvider.GetRequiredService<ImportSheets>().All.Select(s => s.Name)];
        }
        Assert.Contains("Deployments", expected);

        var client = factory.CreateClientFor(Roles.GovernanceEditor, Roles.FoiOfficer);
        var response = await client.GetAsync(new Uri("/import/template.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var content = await response.Content.ReadAsByteArrayAsync();
        using var workbook = new XLWorkbook(new MemoryStream(content));
        var names = workbook.Worksheets.Where(w => w.Visibility == XLWorksheetVisibility.Visible).Select(w => w.Name).ToList();
        Assert.Equal(expected, names);

        // The empty template uploads and checks cleanly: nothing to import, no problems.
        var check = await ImportRequests.UploadAcceptedAsync(client, content, "template.xlsx");
        var html = await client.GetStringAsync(new Uri(check, UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"import-problems\"", html, StringComparison.Ordinal);
    }
}
