using LfrGovernance.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Account;

/// <summary>Signing in and out, in either mode, and the signed-in user's own page.</summary>
[Route("account")]
public sealed class AccountController(AuthenticationSettings settings) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View("YourAccount", YourAccount.For(User, settings));

    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl)
    {
        var target = SafeReturnUrl(returnUrl);
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(target);
        }
        if (settings.Mode == AuthenticationMode.Entra)
        {
            return Challenge(new AuthenticationProperties { RedirectUri = target }, OpenIdConnectDefaults.AuthenticationScheme);
        }
        return View(LocalSignIn.For(new LocalSignIn.Input { ReturnUrl = target }));
    }

    [AllowAnonymous]
    [HttpPost("sign-in")]
    public async Task<IActionResult> SignIn([Bind(Prefix = "Input")] LocalSignIn.Input input)
    {
        if (settings.Mode != AuthenticationMode.Local)
        {
            return NotFound();
        }
        var user = LocalDemoUsers.Find(input.User);
        if (ModelState.IsValid && user is null)
        {
            ModelState.AddModelError("Input.User", "Choose one of the demonstration users listed");
        }
        if (!ModelState.IsValid || user is null)
        {
            return View(LocalSignIn.For(input));
        }

        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            user.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme),
            new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
    }

    [HttpPost("sign-out")]
    public new IActionResult SignOut()
    {
        var properties = new AuthenticationProperties { RedirectUri = Url.Action(nameof(SignedOut)) };
        return settings.Mode == AuthenticationMode.Entra
            ? SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme)
            : SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme);
    }

    [AllowAnonymous]
    [HttpGet("signed-out")]
    public IActionResult SignedOut() => View();

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
