using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using LfrGovernance.Core.History;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Tests.Integration.Policies;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Documents;

public sealed class DocumentTests : IClassFixture<DocumentTests.SmallLimitApp>
{
    /// <summary>The application with a 1 MB document limit, so that an oversize upload is small to send.</summary>
    public sealed class SmallLimitApp : ClockedAppFactory
    {
        public SmallLimitApp() => Settings["Register:Documents:MaxSizeMegabytes"] = "1";
    }

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

    private readonly SmallLimitApp _app;

    public DocumentTests(SmallLimitApp app) => _app = app;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid policyId, string title, byte[] content, string fileName)
    {
        var page = $"/documents/new?type=PolicyDocument&id={policyId}";
        var token = await AntiforgeryForm.TokenFromAsync(client, page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), AntiforgeryForm.TokenField },
            { new StringContent(title), "Input.Title" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "Input.File", fileName);
        return await client.PostAsync(new Uri(page, UriKind.Relative), form);
    }

    [Fact]
    public async Task A_pdf_is_kept_under_its_sha256_listed_on_the_policy_and_downloaded_only_as_a_logged_attachment()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var policyId = await PolicyPageTests.CreatePolicyAsync(editor, PolicyPageTests.Fields("Retention policy"));
        Assert.Contains("The register holds metadata only", await PageAsync(editor, $"/documents/new?type=PolicyDocument&id={policyId}"), StringComparison.Ordinal);

        var response = await UploadAsync(editor, policyId, "Signed policy", Pdf, "signed policy; v2.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IdFrom(response);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        var document = await _app.QueryAsync(db => db.Documents.SingleAsync(d => d.Id == id));
        Assert.Equal(sha, document.Sha256);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.True(File.Exists(Path.Combine(_app.DocumentsFolder, sha)));
        Assert.Empty(Directory.GetFiles(_app.DocumentsFolder, "*.tmp"));
        Assert.Contains("Signed policy", await PageAsync(editor, $"/policies/{policyId}"), StringComparison.Ordinal);

        var download = await editor.GetAsync(new Uri($"/documents/{id}/download", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("signed policy_ v2.pdf", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.True(await _app.QueryAsync(db => db.AccessLog.AnyAsync(e => e.Action == AccessAction.Downloaded && e.RecordId == id)));
    }

    [Fact]
    public async Task A_pdf_named_docx_is_refused_with_a_message_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var policyId = await PolicyPageTests.CreatePolicyAsync(editor, PolicyPageTests.Fields("Mismatch policy"));
        var before = await _app.QueryAsync(db => db.Documents.CountAsync());
        var filesBefore = Directory.GetFiles(_app.DocumentsFolder).Length;

        var response = await UploadAsync(editor, policyId, "Renamed file", Pdf, "policy.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ends .docx, but its content is a PDF", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryAsync(db => db.Documents.CountAsync()));
        Assert.Equal(filesBefore, Directory.GetFiles(_app.DocumentsFolder).Length);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var policyId = await PolicyPageTests.CreatePolicyAsync(editor, PolicyPageTests.Fields("Big policy"));
        var before = await _app.QueryAsync(db => db.Documents.CountAsync());
        var justOver = new byte[(1024 * 1024) + 10];
        Pdf.CopyTo(justOver, 0);
        var farOver = new byte[3 * 1024 * 1024];
        Pdf.CopyTo(farOver, 0);

        var response = await UploadAsync(editor, policyId, "Too big", justOver, "big.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The file must be smaller than 1 MB", await TextAsync(response), StringComparison.Ordinal);
        var refused = await UploadAsync(editor, policyId, "Far too big", farOver, "bigger.pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(before, await _app.QueryAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task A_viewer_cannot_upload_but_can_download()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var policyId = await PolicyPageTests.CreatePolicyAsync(editor, PolicyPageTests.Fields("Viewer policy"));
        var id = IdFrom(await UploadAsync(editor, policyId, "Kept", Pdf, "kept.pdf"));

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri($"/documents/new?type=PolicyDocument&id={policyId}", UriKind.Relative))).StatusCode);
        var token = await AntiforgeryForm.TokenFromAsync(viewer, "/policies");
        using var form = new MultipartFormDataContent { { new StringContent(token), AntiforgeryForm.TokenField }, { new StringContent("Sneaky"), "Input.Title" } };
        form.Add(new ByteArrayContent(Pdf), "Input.File", "sneaky.pdf");
        var post = await viewer.PostAsync(new Uri($"/documents/new?type=PolicyDocument&id={policyId}", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await _app.QueryAsync(db => db.Documents.CountAsync(d => d.Title == "Sneaky")));
        Assert.DoesNotContain("data-testid=\"attach-document\"", await PageAsync(viewer, $"/policies/{policyId}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri($"/documents/{id}/download", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Documents_of_a_do_not_confirm_or_deny_record_are_hidden_from_an_uncleared_user()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        var policyId = await PolicyPageTests.CreatePolicyAsync(cleared, PolicyPageTests.Fields("Covert policy", ncnd: true));
        var id = IdFrom(await UploadAsync(cleared, policyId, "Covert annex", Pdf, "annex.pdf"));

        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/documents/{id}/download", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/documents/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/documents/new?type=PolicyDocument&id={policyId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cleared.GetAsync(new Uri($"/documents/{id}/download", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_document_of_a_record_whose_marking_asks_a_purpose_is_downloaded_only_after_the_user_says_why_and_the_reason_is_logged()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var fields = PolicyPageTests.Fields("Purpose policy");
        fields["Input.Marking"] = "OfficialSensitivePurposeRequired";
        var policyId = await PolicyPageTests.CreatePolicyAsync(editor, fields);
        var id = IdFrom(await UploadAsync(editor, policyId, "Sensitive annex", Pdf, "annex.pdf"));
        var url = $"/documents/{id}/download";

        var asked = await editor.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal("text/html", asked.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Input.Purpose", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var empty = await AntiforgeryForm.PostAsync(editor, url, url, new Dictionary<string, string> { ["Input.Purpose"] = " " });
        Assert.Equal("text/html", empty.Content.Headers.ContentType?.MediaType);
        Assert.Contains("govuk-error-summary", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await _app.QueryAsync(db => db.AccessLog.AnyAsync(e => e.Action == AccessAction.Downloaded && e.RecordId == id)));

        var download = await AntiforgeryForm.PostAsync(editor, url, url, new Dictionary<string, string> { ["Input.Purpose"] = "Answering FOI 2024/117" });

        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var logged = await _app.QueryAsync(db => db.AccessLog.SingleAsync(e => e.Action == AccessAction.Downloaded && e.RecordId == id));
        Assert.Equal("Answering FOI 2024/117", logged.Purpose);
    }

    [Fact]
    public async Task Uploading_to_an_unknown_record_or_record_type_answers_404()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(new Uri($"/documents/new?type=PolicyDocument&id={Guid.NewGuid()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(new Uri($"/documents/new?type=HistoryEntry&id={Guid.NewGuid()}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Retiring_a_document_takes_it_off_the_record_page_and_keeps_the_file()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var policyId = await PolicyPageTests.CreatePolicyAsync(editor, PolicyPageTests.Fields("Retire doc policy"));
        var id = IdFrom(await UploadAsync(editor, policyId, "Old annex", Pdf, "old.pdf"));

        var retire = await AntiforgeryForm.PostAsync(editor, $"/documents/{id}/retire", $"/documents/{id}/retire",
            new Dictionary<string, string> { ["Input.Reason"] = "Wrong file", ["Input.Version"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.DoesNotContain("Old annex", await PageAsync(editor, $"/policies/{policyId}"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_app.DocumentsFolder, Convert.ToHexStringLower(SHA256.HashData(Pdf)))));
    }
}
