using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Import;

/// <summary>Importing records from a workbook: the template and the register in its layout, the upload, the check of
/// an uploaded file, the import itself, its rejected rows and its result. All for those who keep the register; each
/// sheet's rows also need the sheet's own policy.</summary>
[Authorize(Policy = Policies.EditRegister)]
[Route("import")]
public sealed class ImportController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] UploadImport.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(User, cancellationToken));

    [RequiresCurrentRegister]
    [ImportUploadLimit]
    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Input")] UploadImport.Input input, [FromServices] UploadImport.Handler handler,
        CancellationToken cancellationToken)
    {
        if (await handler.HandleAsync(input, User, ModelState, cancellationToken) is { } id)
        {
            return Redirect($"/import/{id}");
        }
        return View(await handler.LoadAsync(User, cancellationToken));
    }

    [HttpGet("template.xlsx")]
    public async Task<IActionResult> Template([FromServices] ImportTemplate.Handler handler, CancellationToken cancellationToken)
    {
        var file = await handler.TemplateAsync(User, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("register.xlsx")]
    public Task<IActionResult> Register([FromServices] ImportTemplate.Handler handler, CancellationToken cancellationToken) =>
        handler.RegisterAsync(User, cancellationToken);

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Check(Guid id, [FromServices] CheckImport.Handler handler, CancellationToken cancellationToken)
    {
        if (await handler.HandleAsync(id, User, cancellationToken) is { } page)
        {
            return View(page);
        }
        return await RedirectToResultOrNotFoundAsync(id, cancellationToken);
    }

    [RequiresCurrentRegister]
    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Run(Guid id, string? mode, [FromServices] RunImport.Handler handler, CancellationToken cancellationToken)
    {
        var validRowsOnly = string.Equals(mode, "valid", StringComparison.Ordinal);
        if (await handler.HandleAsync(id, validRowsOnly, User, cancellationToken) is not { } outcome)
        {
            return await RedirectToResultOrNotFoundAsync(id, cancellationToken);
        }
        if (outcome.Saved)
        {
            return Redirect($"/import/{id}/result");
        }
        ViewData["ImportProblem"] = outcome.Problem;
        return View(nameof(Check), outcome.Check);
    }

    [HttpGet("{id:guid}/rejected-rows.xlsx")]
    public async Task<IActionResult> Rejected(Guid id, [FromServices] RejectedRows.Handler handler, CancellationToken cancellationToken)
    {
        if (await handler.HandleAsync(id, User, cancellationToken) is not { } file)
        {
            return NotFound();
        }
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("{id:guid}/result")]
    public async Task<IActionResult> Result(Guid id, [FromServices] RunImport.Handler handler, CancellationToken cancellationToken) =>
        await handler.ResultAsync(id, User, cancellationToken) is { } page ? View(page) : NotFound();

    private async Task<IActionResult> RedirectToResultOrNotFoundAsync(Guid id, CancellationToken cancellationToken)
    {
        var handler = HttpContext.RequestServices.GetRequiredService<RunImport.Handler>();
        return await handler.ResultAsync(id, User, cancellationToken) is not null ? Redirect($"/import/{id}/result") : NotFound();
    }
}
