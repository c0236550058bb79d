using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LfrGovernance.Web.Features.Import;

/// <summary>Limits the request body of the import upload to the configured file size (and room for the form's token
/// and boundaries), before the form is read; see <c>DocumentUploadLimitAttribute</c>, which does the same for documents.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ImportUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const long FormOverheadBytes = 64 * 1024;

    // Before the antiforgery filter (an authorization filter too), which reads the form.
    public int Order => -3000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.HttpContext.RequestServices.GetRequiredService<ImportSettings>();
        var limit = settings.MaxFileBytes + FormOverheadBytes;
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
                ValueCountLimit = 20,
            }));
        }
    }
}
