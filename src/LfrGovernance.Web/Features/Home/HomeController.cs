using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Account;
using LfrGovernance.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Home;

/// <summary>The start page every signed-in user lands on: the register at a glance, and what needs attention.</summary>
public sealed class HomeController(AuthenticationSettings settings, IAuthorizationService authorization) : Controller
{
    /// <summary>Those who keep, decide on, advise on or oversee the records are shown what needs attention.</summary>
    private static readonly string[] AttentionPolicies = [Policies.EditRegister, Policies.Authorise, Policies.AdviseOnDpia, Policies.Audit];

    [HttpGet("/")]
    public async Task<IActionResult> Index([FromServices] Dashboard.Handler handler, CancellationToken cancellationToken)
    {
        var account = YourAccount.For(User, settings);
        if (account.Roles.Count == 0 || !(await authorization.AuthorizeAsync(User, Policies.ReadRegister)).Succeeded)
        {
            return View("Welcome", account);
        }
        var showsAttention = false;
        foreach (var policy in AttentionPolicies)
        {
            showsAttention |= (await authorization.AuthorizeAsync(User, policy)).Succeeded;
        }
        return View(await handler.HandleAsync(account, showsAttention, cancellationToken));
    }
}
