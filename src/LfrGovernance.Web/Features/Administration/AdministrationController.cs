using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Administration;

/// <summary>Pages for the people who run the service.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("administration")]
public sealed class AdministrationController : Controller
{
    [HttpGet("status")]
    public async Task<IActionResult> Status([FromServices] SystemStatus.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(cancellationToken));
}
