using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Work;

/// <summary>"Your work": the queues of what waits for the signed-in user.</summary>
[Authorize(Policy = Policies.WorkQueues)]
[Route("work")]
public sealed class WorkController(IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] WorkQueues.Handler handler, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(User) ?? throw new InvalidOperationException("The work page needs a signed-in user.");
        return View(await handler.HandleAsync(user, await DutiesOfAsync(authorization, User), cancellationToken));
    }

    /// <summary>What the user's roles give them to do.</summary>
    public static async Task<WorkQueues.Duties> DutiesOfAsync(IAuthorizationService authorization, System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var decides = (await authorization.AuthorizeAsync(user, Policies.Authorise)).Succeeded;
        var reviews = decides || (await authorization.AuthorizeAsync(user, Policies.EditRegister)).Succeeded;
        return new WorkQueues.Duties(decides, reviews);
    }
}
