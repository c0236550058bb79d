using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Transparency;

/// <summary>What the force publishes about its use of facial recognition: the deployment table, a transparency record
/// (ATRS) per system and the annual statistics. Pages only read; every file downloaded is logged.</summary>
/// <remarks>Anyone who reads the register may see them (FOI teams and IG teams both publish); records flagged "do not
/// confirm or deny" are left out for everyone, so a cleared reader cannot publish one by mistake.</remarks>
[Authorize(Policy = Policies.ReadRegister)]
[Route("transparency")]
public sealed class TransparencyController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();

    [HttpGet("deployments")]
    public async Task<IActionResult> Deployments([FromQuery] DeploymentTable.Input input, [FromServices] DeploymentTable.Handler handler,
        CancellationToken cancellationToken) =>
        View(await handler.ShowAsync(input, ModelState, cancellationToken));

    /// <summary>The deployment table as CSV or XLSX; with errors in the period, back to the page that shows them.</summary>
    [HttpGet("deployments/export/{format}")]
    public async Task<IActionResult> ExportDeployments(string format, [FromQuery] DeploymentTable.Input input,
        [FromServices] DeploymentTable.Handler handler, CancellationToken cancellationToken)
    {
        if (ExportFile.ParseFormat(format) is not { } chosen || CurrentUser.From(User) is not { } user)
        {
            return NotFound();
        }
        var file = await handler.ExportAsync(input, chosen, user, ModelState, cancellationToken);
        return file is null ? Redirect(Pager.Link(Request, "/transparency/deployments")) : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("systems")]
    public async Task<IActionResult> Systems([FromServices] TransparencyRecord.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.SystemsAsync(cancellationToken));

    [HttpGet("systems/{id:guid}")]
    public async Task<IActionResult> Record(Guid id, [FromServices] TransparencyRecord.Handler handler, CancellationToken cancellationToken) =>
        await handler.BuildAsync(id, cancellationToken) is { } record ? View(record) : NotFound();

    [HttpGet("systems/{id:guid}/atrs.{format:regex(^(json|xlsx)$)}")]
    public async Task<IActionResult> ExportRecord(Guid id, string format, [FromServices] TransparencyRecord.Handler handler,
        CancellationToken cancellationToken)
    {
        if (CurrentUser.From(User) is not { } user || await handler.ExportAsync(id, format, user, cancellationToken) is not { } file)
        {
            return NotFound();
        }
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("annual")]
    public async Task<IActionResult> Annual([FromQuery] AnnualStatistics.Input input, [FromServices] AnnualStatistics.Handler handler,
        CancellationToken cancellationToken) =>
        View(await handler.ShowAsync(input, ModelState, cancellationToken));

    [HttpGet("annual/export/{format}")]
    public async Task<IActionResult> ExportAnnual(string format, [FromQuery] AnnualStatistics.Input input, [FromServices] AnnualStatistics.Handler handler,
        CancellationToken cancellationToken)
    {
        if (ExportFile.ParseFormat(format) is not { } chosen || CurrentUser.From(User) is not { } user)
        {
            return NotFound();
        }
        var file = await handler.ExportAsync(input, chosen, user, ModelState, cancellationToken);
        return file is null ? Redirect(Pager.Link(Request, "/transparency/annual")) : File(file.Content, file.ContentType, file.FileName);
    }
}
