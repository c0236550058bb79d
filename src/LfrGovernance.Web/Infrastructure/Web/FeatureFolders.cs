using Microsoft.AspNetCore.Mvc.Razor;

namespace LfrGovernance.Web.Infrastructure.Web;

/// <summary>Views live beside their controller: <c>Features/{Area}/{View}.cshtml</c>, shared ones in <c>Features/Shared</c>.</summary>
public static class FeatureFolders
{
    public static void Configure(RazorViewEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
        options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
    }
}
