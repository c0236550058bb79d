using LfrGovernance.Web.Features.Account;
using LfrGovernance.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Home;

/// <summary>The start page every signed-in user lands on.</summary>
public sealed class HomeController(AuthenticationSettings settings) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View(YourAccount.For(User, settings));
}
