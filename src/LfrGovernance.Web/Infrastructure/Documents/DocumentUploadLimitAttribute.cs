using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LfrGovernance.Web.Infrastructure.Documents;

/// <summary>Limits the request body of an upload action to the configured document size (and a little room for the
/// form's other fields), before the form is read. An attribute cannot read configuration, so this filter sets what
/// <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c> would, from <see cref="DocumentSettings"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DocumentUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the title, the token and the multipart boundaries.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    // Before the antiforgery filter (an authorization filter too), which reads the form.
    public int Order => -3000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.HttpContext.RequestServices.GetRequiredService<DocumentSettings>();
        var limit = settings.MaxSizeBytes + FormOverheadBytes;
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
                ValueCountLimit = 50,
            }));
        }
    }
}
