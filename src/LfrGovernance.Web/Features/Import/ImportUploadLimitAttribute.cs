using LfrGovernance.Web.Infrastructure.Web;

namespace LfrGovernance.Web.Features.Import;

/// <summary>Limits the import upload's request body to <c>Register:Import:MaxFileBytes</c>, before the form is read.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ImportUploadLimitAttribute : UploadLimitAttribute
{
    protected override long MaxFileBytes(IServiceProvider services) => services.GetRequiredService<ImportSettings>().MaxFileBytes;

    protected override int ValueCountLimit => 20;
}
