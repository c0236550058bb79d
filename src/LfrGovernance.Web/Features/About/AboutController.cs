using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.About;

/// <summary>Pages about the service itself.</summary>
public sealed class AboutController : Controller
{
    /// <summary>The accessibility statement. Public, like the sign-in page it is linked from: the Public Sector
    /// Bodies Accessibility Regulations 2018 expect anyone who cannot use the service to be able to read it.</summary>
    [AllowAnonymous]
    [HttpGet("/accessibility")]
    public IActionResult Accessibility() => View();
}
