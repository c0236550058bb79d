using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Infrastructure.Web;

/// <summary>What the layout shows about the "register as at" switch: a link to set it, or, while it is set, the
/// banner saying so with the button that returns to the current register. Only for those who may read the register.</summary>
public sealed class RegisterAsAtViewComponent(IAuthorizationService authorization) : ViewComponent
{
    /// <summary>The banner's model: the instant viewed (null for the current register) and the page to come back to.</summary>
    public sealed record Model(DateTime? AsAtUtc, string ReturnUrl);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!(await authorization.AuthorizeAsync(HttpContext.User, Policies.ReadRegister)).Succeeded)
        {
            return Content(string.Empty);
        }
        var request = HttpContext.Request;
        var returnUrl = HttpMethods.IsGet(request.Method) ? request.Path + request.QueryString : request.Path.ToString();
        return View("~/Features/Shared/RegisterAsAt.cshtml", new Model(RegisterAsAt.Read(request), returnUrl));
    }
}
