using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Documents;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Documents;

/// <summary>Documents attached to records: upload, the document's page, download (as an attachment, logged).</summary>
[Authorize(Policy = Policies.ReadRegister)]
[Route("documents")]
public sealed class DocumentsController : Controller
{
    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> New(string? type, Guid id, [FromServices] UploadDocument.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(type, id, new UploadDocument.Input(), cancellationToken) is { } page ? View(page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
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
            ? Redirect($"/documents/{documentId}")
            : View(page);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] GovernanceDbContext db, [FromServices] DocumentDetails.Handler handler,
        CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null || await handler.SubjectAsync(document, cancellationToken) is not { } subject)
        {
            return NotFound();
        }
        return View(await handler.ShowAsync(document, subject, document.Marking, null, SignedInUser(), null, cancellationToken));
    }

    [HttpGet("{id:guid}/download")]
    public async Task<IActionResult> Download(Guid id, [FromServices] DownloadDocument.Handler handler, CancellationToken cancellationToken)
    {
        if (await handler.HandleAsync(id, SignedInUser(), cancellationToken) is not { } file)
        {
            return NotFound();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        return PhysicalFile(file.Path, "application/octet-stream", file.FileName);
    }

    private CurrentUser SignedInUser() =>
        CurrentUser.From(User) ?? throw new InvalidOperationException("Document pages need a signed-in user.");
}
