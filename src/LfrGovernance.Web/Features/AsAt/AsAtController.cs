using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.AsAt;

/// <summary>The "view the register as at a past date" switch: set it, or return to the current register.</summary>
[Authorize(Policy = Policies.ReadRegister)]
[Route("as-at")]
public sealed class AsAtController(TimeProvider clock, IHostEnvironment environment) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? returnUrl) =>
        View(new ChooseInstant.Page(new ChooseInstant.Input { ReturnUrl = returnUrl }, RegisterAsAt.Read(Request)));

    [HttpPost("")]
    public IActionResult Index([Bind(Prefix = "Input")] ChooseInstant.Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var instant = ChooseInstant.Validate(input, clock.GetUtcNow().UtcDateTime, ModelState);
        if (instant is null)
        {
            return View(new ChooseInstant.Page(input, RegisterAsAt.Read(Request)));
        }
        RegisterAsAt.Set(Response, instant.Value, Secure);
        return LocalRedirect(SafeReturnUrl(input.ReturnUrl, "/organisations"));
    }

    [HttpPost("clear")]
    public IActionResult Clear(string? returnUrl)
    {
        RegisterAsAt.Clear(Response, Secure);
        return LocalRedirect(SafeReturnUrl(returnUrl, "/"));
    }

    // Secure outside development, where the site may be served over plain http on localhost.
    private bool Secure => !environment.IsDevelopment();

    private string SafeReturnUrl(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/as-at", StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : fallback;
}
