using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Authentication;
using LfrGovernance.Web.Infrastructure.Database;
using LfrGovernance.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace LfrGovernance.Web.Infrastructure;

/// <summary>Everything Program.cs wires up, in two steps: services, then the request pipeline.</summary>
public static class GovernanceHost
{
    /// <summary>Health checks answer here, anonymously, for load balancers and monitoring.</summary>
    public const string HealthPath = "/health";

    public static void AddGovernanceServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddGovernanceDatabase();
        builder.AddGovernanceAuthentication();

        builder.Services
            .AddControllersWithViews(options =>
            {
                // Every POST, PUT, PATCH and DELETE must carry a valid antiforgery token.
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            })
            .AddRazorOptions(FeatureFolders.Configure);

        builder.Services.AddFeatureHandlers();

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseSchemaHealthCheck>("database");

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
    }

    /// <summary>Registers every use-case handler (a nested class named <c>Handler</c> under <c>Features/</c>) per request.</summary>
    private static void AddFeatureHandlers(this IServiceCollection services)
    {
        var handlers = typeof(GovernanceHost).Assembly.GetTypes()
            .Where(type => type is { Name: "Handler", IsClass: true, IsAbstract: false, IsNested: true }
                && type.Namespace?.StartsWith("LfrGovernance.Web.Features", StringComparison.Ordinal) == true);
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }
    }

    public static void UseGovernancePipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders(app.Services.GetRequiredService<AuthenticationSettings>());

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            // No stack trace leaves the server: the error page says sorry, the log keeps the detail.
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");

        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
                context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600",
        });

        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks(HealthPath).AllowAnonymous();
        app.MapControllers();
    }
}
