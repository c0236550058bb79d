using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LfrGovernance.Web.Infrastructure.Authentication;

/// <summary>Sign-in for both modes, the policies, and the session cookie.</summary>
public static class GovernanceAuthentication
{
    /// <summary>The session cookie's name (both modes).</summary>
    public const string SessionCookieName = "LfrGovernance.Session";

    /// <summary>Where anonymous visitors are sent in local mode.</summary>
    public const string SignInPath = "/account/sign-in";

    public static AuthenticationSettings AddGovernanceAuthentication(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = AuthenticationSettings.Read(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(settings);

        if (settings.Mode == AuthenticationMode.Local)
        {
            builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(options => options.LoginPath = SignInPath);
        }
        else
        {
            builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"));
            // After Microsoft.Identity.Web's own set-up: keep Entra's claim names as they are in the token,
            // so that "roles" carries the app roles and "name" the display name (locked in by a test).
            builder.Services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, ConfigureEntraClaims);
        }

        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.Cookie.Name = SessionCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Lax; // Lax, not Strict: the sign-in redirect from Entra is cross-site.
            options.ExpireTimeSpan = settings.SessionIdleTimeout;
            options.SlidingExpiration = true;
            options.LogoutPath = "/account/sign-out";
            // A signed-in user without the right answers 403 on the page they asked for, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "LfrGovernance.Antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        var clearance = DoNotConfirmOrDenyClearance.Read(builder.Configuration);
        builder.Services.AddSingleton(clearance);
        builder.Services.AddAuthorization(options => Policies.Configure(options, clearance));
        return settings;
    }

    /// <summary>The claim mapping production uses: Entra's claim names, unmapped.</summary>
    internal static void ConfigureEntraClaims(OpenIdConnectOptions options)
    {
        // MapInboundClaims=false on the options alone did not stop the token handler in use from mapping "roles"
        // to the WS-Federation role URI (EntraClaimMappingTests shows it), which would leave every Entra user
        // without a role here. So the token handler itself is replaced by one that does not map.
        options.MapInboundClaims = false;
        options.TokenHandler = new JsonWebTokenHandler { MapInboundClaims = false };
        options.TokenValidationParameters.NameClaimType = GovernanceClaimTypes.Name;
        options.TokenValidationParameters.RoleClaimType = GovernanceClaimTypes.Role;
    }
}
