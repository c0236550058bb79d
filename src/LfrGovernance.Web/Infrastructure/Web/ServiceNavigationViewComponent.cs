using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Work;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Infrastructure.Web;

/// <summary>An entry the user may use, whether it is the current section, and how many things wait there (for a
/// counted entry).</summary>
public sealed record ShownNavigationItem(NavigationItem Item, bool Current, int? Count);

/// <summary>Renders the navigation entries the signed-in user may use, with the count of "Your work".</summary>
public sealed class ServiceNavigationViewComponent(IAuthorizationService authorization, WorkQueues.Handler work) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = new List<ShownNavigationItem>();
        foreach (var item in Navigation.Items)
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(HttpContext.User, item.Policy)).Succeeded)
            {
                int? count = item.Counted && CurrentUser.From(HttpContext.User) is { } user
                    ? await work.CountAsync(user, await WorkController.DutiesOfAsync(authorization, HttpContext.User), HttpContext.RequestAborted)
                    : null;
                visible.Add(new(item, Navigation.IsCurrent(item, HttpContext.Request.Path.Value ?? "/"), count));
            }
        }
        return View("~/Features/Shared/ServiceNavigation.cshtml", visible);
    }
}
