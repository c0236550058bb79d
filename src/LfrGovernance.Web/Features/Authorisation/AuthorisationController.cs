using LfrGovernance.Core.Deployments;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Deployments;
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
    public Task<IActionResult> Decide(Guid id, [FromServices] RecordPage<Deployment>.Handler records,
        [FromServices] DecideOnDeployment.Handler handler, CancellationToken cancellationToken) =>
        ShowAfterPurposeAsync(id, null, records, handler, cancellationToken);

    /// <summary>The purpose form in front of the decision page of a deployment whose marking asks why it is viewed.</summary>
    [RequiresCurrentRegister]
    [HttpPost("purpose")]
    public Task<IActionResult> DecidePurpose(Guid id, [Bind(Prefix = "Input")] RecordPage.PurposeInput input,
        [FromServices] RecordPage<Deployment>.Handler records, [FromServices] DecideOnDeployment.Handler handler, CancellationToken cancellationToken) =>
        ShowAfterPurposeAsync(id, input, records, handler, cancellationToken);

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

    // The decision page shows the deployment's values, so its marking applies as on the deployment's own page.
    private async Task<IActionResult> ShowAfterPurposeAsync(Guid id, RecordPage.PurposeInput? input, RecordPage<Deployment>.Handler records,
        DecideOnDeployment.Handler handler, CancellationToken cancellationToken)
    {
        if (await records.FindAsync(id, null, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        if (found.NeedsPurpose)
        {
            if (input is not null)
            {
                RecordPage.CheckPurpose(DeploymentFields.Kind, input, ModelState);
            }
            if (input is null || !ModelState.IsValid)
            {
                return View("Purpose", new RecordPage.PurposePage(DeploymentFields.Kind, id, found.Record.Reference,
                    input ?? new RecordPage.PurposeInput(), $"/deployments/{id}/decide/purpose"));
            }
        }
        return await handler.LoadAsync(id, SignedInUser(), input?.Purpose, cancellationToken) is { } page ? View("Decide", page) : NotFound();
    }

    private CurrentUser SignedInUser() =>
        CurrentUser.From(User) ?? throw new InvalidOperationException("Deciding on an application needs a signed-in user.");
}
