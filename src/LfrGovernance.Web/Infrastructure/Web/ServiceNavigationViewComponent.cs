using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Infrastructure.Web;

/// <summary>Renders the navigation entries the signed-in user may use.</summary>
public sealed class ServiceNavigationViewComponent(IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = new List<(NavigationItem Item, bool Current)>();
        foreach (var item in Navigation.Items)
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(HttpContext.User, item.Policy)).Succeeded)
            {
                visible.Add((item, Navigation.IsCurrent(item, HttpContext.Request.Path.Value ?? "/")));
            }
        }
        return View("~/Features/Shared/ServiceNavigation.cshtml", visible);
    }
}
