using LfrGovernance.Web.Infrastructure.Web;

namespace LfrGovernance.Web.Infrastructure.Documents;

/// <summary>Limits a document upload's request body to the configured document size (<see cref="DocumentSettings"/>),
/// before the form is read.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DocumentUploadLimitAttribute : UploadLimitAttribute
{
    protected override long MaxFileBytes(IServiceProvider services) => services.GetRequiredService<DocumentSettings>().MaxSizeBytes;

    protected override int ValueCountLimit => 50;
}
