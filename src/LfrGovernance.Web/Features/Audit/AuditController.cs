using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Audit;

/// <summary>The change history, the access log and the history's integrity check, for auditors and administrators.</summary>
[Authorize(Policy = Policies.Audit)]
[Route("audit")]
public sealed class AuditController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ChangeHistory([FromQuery] ChangeHistory.Input input, [FromServices] ChangeHistory.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(input, ModelState, cancellationToken));

    /// <summary>Downloads what the change history shows, with its filters, as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public async Task<IActionResult> ExportChangeHistory(string format, [FromQuery] ChangeHistory.Input input,
        [FromServices] ExportChangeHistory.Handler handler, CancellationToken cancellationToken)
    {
        if (ExportFile.ParseFormat(format) is not { } chosen || CurrentUser.From(User) is not { } user)
        {
            return NotFound();
        }
        var file = await handler.HandleAsync(input, chosen, user, ModelState, cancellationToken);
        // Filters with errors: back to the list, which shows them.
        return file is null ? Redirect(Pager.Link(Request, "/audit")) : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("access")]
    public async Task<IActionResult> AccessLog([FromQuery] AccessLog.Input input, [FromServices] AccessLog.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(input, ModelState, cancellationToken));

    [HttpGet("verify")]
    public IActionResult VerifyHistory() => View(Audit.VerifyHistory.Page.NotRun);

    [HttpPost("verify")]
    public async Task<IActionResult> VerifyHistory([FromServices] VerifyHistory.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(cancellationToken));
}
