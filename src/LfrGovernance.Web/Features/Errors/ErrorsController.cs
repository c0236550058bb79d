using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Errors;

/// <summary>Error pages in the design system, for status codes and for unhandled exceptions.</summary>
/// <remarks>Reached by re-execution of the failed request, whatever its method, so it neither requires
/// sign-in nor checks antiforgery: it only renders a page and changes nothing.</remarks>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    public sealed record Page(int StatusCode, string Title, string Message);

    [Route("error/{statusCode:int}")]
    public IActionResult Show(int statusCode)
    {
        var code = statusCode is >= 400 and <= 599 ? statusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = code;
        return View("Error", For(code));
    }

    private static Page For(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => new(statusCode, "There was a problem with your request",
            "The form may have expired, for example after you signed in again in another tab. Go back, reload the page and try again."),
        StatusCodes.Status403Forbidden => new(statusCode, "You do not have permission to see this page",
            "Your roles in LfrGovernance do not allow this. If you need it for your work, ask your service administrator."),
        StatusCodes.Status404NotFound => new(statusCode, "Page not found",
            "If you typed the web address, check it is correct. If you followed a link, the page may have moved or you may not have access to it."),
        StatusCodes.Status413PayloadTooLarge => new(statusCode, "The file is too large",
            "The file you sent is larger than this page accepts. Go back and choose a smaller file, or split its contents into several files."),
        StatusCodes.Status405MethodNotAllowed => new(statusCode, "There was a problem with your request",
            "This page cannot be used that way. Go back and try again."),
        >= 500 => new(statusCode, "Sorry, there is a problem with the service",
            "Try again later. If it keeps happening, tell your service administrator the time it happened."),
        _ => new(statusCode, "There was a problem with your request", "Go back and try again."),
    };
}
