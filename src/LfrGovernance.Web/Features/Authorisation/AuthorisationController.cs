using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Authorisation;

/// <summary>The authorising officer's pages: the decision on a deployment's application, and the ratification or
/// cancellation of an urgent authorisation.</summary>
[Authorize(Policy = Policies.Authorise)]
[Route("deployments/{id:guid}/decide")]
public sealed class AuthorisationController(IAuthorizationService authorization) : Controller
{
    [RequiresCurrentRegister]
    [HttpGet("")]
    public async Task<IActionResult> Decide(Guid id, [FromServices] DecideOnDeployment.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, SignedInUser(), cancellationToken) is { } page ? View(page) : NotFound();

    [RequiresCurrentRegister]
    [HttpPost("")]
    public async Task<IActionResult> Decide(Guid id, [Bind(Prefix = "Input")] DecideOnDeployment.Input input,
        [FromServices] DecideOnDeployment.Handler handler, CancellationToken cancellationToken)
    {
        // The policy lets only authorising officers in; the rules are told so rather than assuming it.
        var isAuthorisingOfficer = (await authorization.AuthorizeAsync(User, Policies.Authorise)).Succeeded;
        return await handler.HandleAsync(id, input, SignedInUser(), isAuthorisingOfficer, ModelState, cancellationToken) switch
        {
            DecideOnDeployment.Decided => Redirect($"/deployments/{id}"),
            DecideOnDeployment.Refused refused => View(refused.Page),
            _ => NotFound(),
        };
    }

    private CurrentUser SignedInUser() =>
        CurrentUser.From(User) ?? throw new InvalidOperationException("Deciding on an application needs a signed-in user.");
}
