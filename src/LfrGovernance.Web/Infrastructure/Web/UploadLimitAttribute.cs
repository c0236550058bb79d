using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LfrGovernance.Web.Infrastructure.Web;

/// <summary>Limits the request body of an upload action to a configured file size (and a little room for the form's
/// other fields), before the form is read. An attribute cannot read configuration, so this filter sets what
/// <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c> would, from the size a subclass reads from the settings.</summary>
[AttributeUsage(AttributeTargets.Method)]
public abstract class UploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the other fields, the token and the multipart boundaries.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    // Before the antiforgery filter (an authorization filter too), which reads the form.
    public int Order => -3000;

    /// <summary>The largest file the action takes, from the settings.</summary>
    protected abstract long MaxFileBytes(IServiceProvider services);

    /// <summary>How many form fields the action's form may post.</summary>
    protected abstract int ValueCountLimit { get; }

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = MaxFileBytes(context.HttpContext.RequestServices) + FormOverheadBytes;
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = limit;
        }
        if (context.HttpContext.Request.ContentLength > limit)
        {
            context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }
        if (context.HttpContext.Features.Get<IFormFeature>()?.Form is null)
        {
            context.HttpContext.Features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions
            {
                MultipartBodyLengthLimit = limit,
                ValueCountLimit = ValueCountLimit,
            }));
        }
    }
}
