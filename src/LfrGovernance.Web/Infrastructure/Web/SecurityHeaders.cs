using LfrGovernance.Web.Infrastructure.Authentication;

namespace LfrGovernance.Web.Infrastructure.Web;

/// <summary>Adds the security headers to every response, static files and error pages included.</summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy: nothing but our own origin, no inline script or style, no framing.</summary>
    public static string ContentSecurityPolicy(AuthenticationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Chrome applies form-action to the redirects after a form post, and signing out posts to us and then
        // redirects to Entra ID, so the Entra instance must be allowed there.
        var formAction = settings.EntraAuthority is { } authority
            ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + $"connect-src 'self'; form-action {formAction}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, AuthenticationSettings settings)
    {
        var contentSecurityPolicy = ContentSecurityPolicy(settings);
        return app.Use((context, next) =>
        {
            // Set as the response starts, not now: the exception handler clears headers before it renders
            // the error page, and error pages need these headers as much as any other.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = contentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // Register pages hold sensitive personal data: no copy in any cache, unless the response
                // (a static file, say) has said otherwise.
                if (string.IsNullOrEmpty(headers.CacheControl))
                {
                    headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
