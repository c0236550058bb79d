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
    public Task<IActionResult> ExportChangeHistory(string format, [FromQuery] ChangeHistory.Input input,
        [FromServices] ExportChangeHistory.Handler handler, CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, "/audit", ct => handler.HandleAsync(input, ModelState, ct), cancellationToken);

    /// <summary>Downloads what the access log shows, with its filters, as CSV or XLSX.</summary>
    [HttpGet("access/export/{format}")]
    public Task<IActionResult> ExportAccessLog(string format, [FromQuery] AccessLog.Input input,
        [FromServices] AccessLog.Handler handler, CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, "/audit/access", (id, ct) => handler.ExportAsync(input, id, ModelState, ct), cancellationToken);

    [HttpGet("access")]
    public async Task<IActionResult> AccessLog([FromQuery] AccessLog.Input input, [FromServices] AccessLog.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(input, ModelState, cancellationToken));

    [HttpGet("verify")]
    public IActionResult VerifyHistory() => View(Audit.VerifyHistory.Page.NotRun);

    [HttpPost("verify")]
    public async Task<IActionResult> VerifyHistory([FromServices] VerifyHistory.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(cancellationToken));
}
