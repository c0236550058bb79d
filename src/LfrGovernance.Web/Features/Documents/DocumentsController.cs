using LfrGovernance.Core.Documents;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Documents;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Documents;

/// <summary>Documents attached to records: upload, the document's page, download (as an attachment, logged); retire
/// and reinstate are shared (<see cref="RegisterRecordController{TRecord}"/>). A document is not edited: a new
/// version is a new upload.</summary>
[Authorize(Policy = Policies.ReadRegister)]
[EditPolicy(Policies.EditRegister)]
[Route("documents")]
public sealed class DocumentsController(DocumentDetails.Handler details) : RegisterRecordController<RecordDocument>
{
    protected override RecordKind<RecordDocument> Kind => DocumentFields.Kind;

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> New(string? type, Guid id, [FromServices] UploadDocument.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(type, id, new UploadDocument.Input(), cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [DocumentUploadLimit]
    [HttpPost("new")]
    public async Task<IActionResult> New(string? type, Guid id, [Bind(Prefix = "Input")] UploadDocument.Input input,
        [FromServices] UploadDocument.Handler handler, CancellationToken cancellationToken)
    {
        if (await handler.LoadAsync(type, id, input, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        return await handler.HandleAsync(page.Subject, input, ModelState, cancellationToken) is { } documentId
            ? Redirect(Kind.PathOf(documentId))
            : View(page);
    }

    [HttpGet("{id:guid}/download")]
    public Task<IActionResult> Download(Guid id, [FromServices] RecordPage<RecordDocument>.Handler records,
        [FromServices] DownloadDocument.Handler handler, CancellationToken cancellationToken) =>
        DownloadAsync(id, null, records, handler, cancellationToken);

    /// <summary>The purpose form in front of the download of a document whose marking asks why it is needed.</summary>
    [HttpPost("{id:guid}/download")]
    public Task<IActionResult> Download(Guid id, [Bind(Prefix = "Input")] RecordPage.PurposeInput input,
        [FromServices] RecordPage<RecordDocument>.Handler records, [FromServices] DownloadDocument.Handler handler,
        CancellationToken cancellationToken) =>
        DownloadAsync(id, input, records, handler, cancellationToken);

    private Task<IActionResult> DownloadAsync(Guid id, RecordPage.PurposeInput? input, RecordPage<RecordDocument>.Handler records,
        DownloadDocument.Handler handler, CancellationToken cancellationToken) =>
        ShowAsync(records, id, null, input, $"{Kind.PathOf(id)}/download", async _ =>
        {
            if (await handler.HandleAsync(id, SignedInUser(), input?.Purpose, cancellationToken) is not { } file)
            {
                return NotFound();
            }
            Response.Headers.XContentTypeOptions = "nosniff";
            return PhysicalFile(file.Path, "application/octet-stream", file.FileName);
        }, cancellationToken);

    protected override Task<RecordPage<RecordDocument>.Found?> FindAsync(RecordPage<RecordDocument>.Handler records, Guid id, DateTime? asAtUtc,
        CancellationToken cancellationToken) =>
        details.FindAsync(id, asAtUtc, cancellationToken);

    protected override async Task<object> DetailsPageAsync(RecordPage<RecordDocument>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<object?>(null);
}
