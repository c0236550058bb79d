using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>Files the import refuses, each with a message beside the upload field and nothing saved: not even the upload.</summary>
public sealed class ImportRefusalTests : IDisposable
{
    private readonly ImportAppFactory factory = new();

    public void Dispose() => factory.Dispose();

    private async Task AssertRefusedAsync(byte[] content, string fileName, string expected)
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var response = await ImportRequests.UploadAsync(client, content, fileName);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected, ImportRequests.FieldError(html));
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.PendingImports.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Organisations.CountAsync()));
    }

    private static byte[] Valid() => TestWorkbooks.Organisations(["Museum of Things", "Museum", null]);

    [Fact]
    public Task A_text_file_renamed_xlsx_is_refused_as_not_a_workbook() =>
        AssertRefusedAsync(Encoding.UTF8.GetBytes("Name,Kind\nMuseum of Things,Museum\n"), "organisations.xlsx", ImportFileCheck.NotAWorkbook);

    [Fact]
    public Task A_pdf_is_refused_as_not_a_workbook() =>
        AssertRefusedAsync(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "organisations.pdf", ImportFileCheck.NotAWorkbook);

    [Fact]
    public Task A_password_protected_workbook_is_refused() =>
        AssertRefusedAsync(TestWorkbooks.PasswordProtected(), "protected.xlsx", ImportFileCheck.PasswordProtected);

    [Fact]
    public Task An_old_xls_workbook_is_refused_with_save_as_xlsx() =>
        AssertRefusedAsync(TestWorkbooks.OldExcel(), "old.xls", ImportFileCheck.OldWorkbook);

    [Fact]
    public Task A_macro_enabled_workbook_is_refused_by_its_content_type() =>
        AssertRefusedAsync(TestWorkbooks.Rewrite(Valid(), archive =>
        {
            var types = TestWorkbooks.Read(Valid(), "[Content_Types].xml")
                .Replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal);
            Assert.Contains("macroEnabled", types, StringComparison.Ordinal);
            TestWorkbooks.Replace(archive, "[Content_Types].xml", types);
        }), "macros.xlsx", ImportFileCheck.Macros);

    [Fact]
    public Task A_workbook_holding_a_vba_project_is_refused() =>
        AssertRefusedAsync(TestWorkbooks.Rewrite(Valid(), archive => TestWorkbooks.Replace(archive, "xl/vbaProject.bin", "Attribute VB_Name")),
            "macros.xlsx", ImportFileCheck.Macros);

    [Fact]
    public Task A_truncated_workbook_is_refused_as_damaged()
    {
        var valid = Valid();
        return AssertRefusedAsync(valid[..(valid.Length / 2)], "truncated.xlsx", ImportFileCheck.Damaged);
    }

    [Fact]
    public Task A_zip_file_whose_workbook_cannot_be_read_is_refused_as_damaged() =>
        AssertRefusedAsync(TestWorkbooks.Rewrite(Valid(), archive => TestWorkbooks.Replace(archive, "xl/workbook.xml", "<workbook><sheets><oops")),
            "damaged.xlsx", ImportFileCheck.Damaged);

    [Fact]
    public async Task A_workbook_that_expands_past_the_limit_is_refused_whatever_sizes_it_declares()
    {
        // 8 MB of zeros compresses to a few kilobytes: a small file that would fill memory if trusted.
        var bomb = TestWorkbooks.Rewrite(Valid(), archive =>
        {
            using var entry = archive.CreateEntry("xl/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 8; i++)
            {
                entry.Write(zeros);
            }
        });
        Assert.True(bomb.Length < ImportAppFactory.MaxFileBytes);
        await AssertRefusedAsync(bomb, "bomb.xlsx", ImportFileCheck.TooBigUncompressed(new ImportSettings { MaxUncompressedBytes = ImportAppFactory.MaxUncompressedBytes }));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused()
    {
        var big = TestWorkbooks.Rewrite(Valid(), archive =>
        {
            using var entry = archive.CreateEntry("xl/media/photo.bin", CompressionLevel.NoCompression).Open();
            entry.Write(RandomNumberGenerator.GetBytes(210_000));
        });
        Assert.True(big.Length > ImportAppFactory.MaxFileBytes);
        await AssertRefusedAsync(big, "big.xlsx", ImportFileCheck.TooBig(new ImportSettings { MaxFileBytes = ImportAppFactory.MaxFileBytes }));
    }

    [Fact]
    public async Task A_request_far_over_the_size_limit_is_stopped_before_it_is_read()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var response = await ImportRequests.UploadAsync(client, RandomNumberGenerator.GetBytes(600_000), "huge.xlsx");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.PendingImports.CountAsync()));
    }

    [Fact]
    public Task A_workbook_with_more_rows_than_the_limit_is_refused() =>
        AssertRefusedAsync(TestWorkbooks.Organisations([.. Enumerable.Range(1, ImportAppFactory.MaxRows + 1).Select(i => new string?[] { $"Organisation {i}", "Museum", null })]),
            "many.xlsx", ImportFileCheck.TooManyRows(new ImportSettings { MaxRows = ImportAppFactory.MaxRows }));

    [Fact]
    public async Task A_workbook_with_exactly_the_limit_of_rows_is_accepted()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var check = await ImportRequests.UploadAcceptedAsync(client,
            TestWorkbooks.Organisations([.. Enumerable.Range(1, ImportAppFactory.MaxRows).Select(i => new string?[] { $"Organisation {i}", "Museum", null })]));
        Assert.StartsWith("/import/", check, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_file_chosen_asks_for_one()
    {
        var client = factory.CreateClientFor(Roles.GovernanceEditor);
        var token = await Infrastructure.AntiforgeryForm.TokenFromAsync(client, "/import");
        using var form = new MultipartFormDataContent { { new StringContent(token), Infrastructure.AntiforgeryForm.TokenField } };
        var response = await client.PostAsync(new Uri("/import", UriKind.Relative), form);
        Assert.Equal("Select a workbook to import", ImportRequests.FieldError(await response.Content.ReadAsStringAsync()));
    }
}
