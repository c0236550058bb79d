using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Features.Import;
using LfrGovernance.Web.Infrastructure.Authentication;
using LfrGovernance.Web.Infrastructure.Database;
using LfrGovernance.Web.Infrastructure.Documents;
using LfrGovernance.Web.Infrastructure.Register;
using LfrGovernance.Web.Infrastructure.Web;
using Microsoft.AspNetCore.DataProtection;
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
                options.Conventions.Add(new RecordEditPolicyConvention());
            })
            .AddRazorOptions(FeatureFolders.Configure);

        builder.Services.AddFeatureHandlers();
        builder.Services.AddImportSheets(builder.Configuration);

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseSchemaHealthCheck>("database");

        // Keys that protect session and antiforgery cookies live with the data, so sessions survive a restart.
        // Several instances must share this folder (or, later, the database).
        var keysFolder = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath,
            builder.Configuration["DataProtection:KeysFolder"] is { Length: > 0 } folder ? folder : "data/keys"));
        WritableFolder.Ensure(keysFolder, "the keys that protect sign-in cookies", "DataProtection:KeysFolder");
        builder.Services.AddDataProtection()
            .SetApplicationName("LfrGovernance")
            .PersistKeysToFileSystem(new DirectoryInfo(keysFolder));

        // Attached documents are kept in a folder too, named by their SHA-256; checked at start like the keys.
        var documents = DocumentSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
        WritableFolder.Ensure(documents.Folder, "attached documents", DocumentSettings.FolderKey);
        builder.Services.AddSingleton(documents);
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton(RetentionSettings.Read(builder.Configuration));
        builder.Services.AddSingleton(Features.Authorisation.AuthorisationConfiguration.Read(builder.Configuration));
        builder.Services.AddSingleton(Features.Foi.FoiConfiguration.Read(builder.Configuration));
        builder.Services.AddSingleton(Features.Transparency.TransparencySettings.Read(builder.Configuration));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(Features.Assessments.AssessmentScaleSettings.Read(builder.Configuration));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<LfrGovernance.Core.History.IChangeAuthor, SignedInChangeAuthor>();
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
        // The use cases every record type shares, one handler per record type on demand.
        services.AddScoped(typeof(RecordPage<>.Handler));
        services.AddScoped(typeof(RetireRecord<>.Handler));
        services.AddScoped(typeof(ReinstateRecord<>.Handler));
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
            // A versioned address (?v=hash, from asp-append-version) never changes content, so it is kept for a
            // year. Anything else, such as the design-system modules app.mjs imports, is checked with the
            // server each time (a 304 when unchanged), so an upgrade is never mixed with old files.
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] =
                context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache",
        });

        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks(HealthPath).AllowAnonymous();
        app.MapControllers();
    }
}
