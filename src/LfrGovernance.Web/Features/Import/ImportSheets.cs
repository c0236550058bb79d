using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace LfrGovernance.Web.Features.Import;

/// <summary>The import sheets: every <see cref="IImportSheet"/> of the Web assembly, registered per request, taken in
/// <see cref="IImportSheet.Order"/>; and those a user may import (their <see cref="IImportSheet.Policy"/>).</summary>
public sealed class ImportSheets(IEnumerable<IImportSheet> sheets, IAuthorizationService authorization)
{
    /// <summary>Worksheet names the template uses for itself, never for records.</summary>
    public const string ListsSheet = "Lists";

    /// <summary>The column the rejected rows file adds; ignored when that file comes back.</summary>
    public const string ProblemsColumn = "Problems";

    /// <summary>Every sheet, in order.</summary>
    public IReadOnlyList<IImportSheet> All { get; } = [.. sheets.OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>The sheet with this worksheet name (any case), or null.</summary>
    public IImportSheet? Named(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The sheets whose rows <paramref name="user"/> may import, in order.</summary>
    public async Task<IReadOnlyList<IImportSheet>> AllowedAsync(ClaimsPrincipal user)
    {
        var allowed = new List<IImportSheet>();
        foreach (var sheet in All)
        {
            if ((await authorization.AuthorizeAsync(user, sheet.Policy)).Succeeded)
            {
                allowed.Add(sheet);
            }
        }
        return allowed;
    }
}

public static class ImportSheetRegistration
{
    /// <summary>Registers every import sheet of the Web assembly (scoped), the sheets' list and the import settings.</summary>
    public static IServiceCollection AddImportSheets(this IServiceCollection services, IConfiguration configuration)
    {
        var sheets = typeof(IImportSheet).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IImportSheet).IsAssignableFrom(type));
        foreach (var sheet in sheets)
        {
            services.AddScoped(typeof(IImportSheet), sheet);
        }
        services.AddScoped<ImportSheets>();
        services.AddScoped<ImportEngine>();
        services.AddSingleton(ImportSettings.Read(configuration));
        return services;
    }
}
