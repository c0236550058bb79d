using LfrGovernance.Core.Documents;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Documents;

/// <summary>A document's fields as history and conflict messages name them.</summary>
public sealed class DocumentFields : RecordFields
{
    public const string RecordType = nameof(RecordDocument);

    public static readonly DocumentFields Instance = new();

    public static readonly RecordKind<RecordDocument> Kind = new("document", "documents", "/documents", d => d.Title, Instance)
    {
        Keeps = "file and history",
    };

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(RecordDocument.Title), "Title"),
        new(nameof(RecordDocument.FileName), "File name"),
        new(nameof(RecordDocument.ContentType), "Type"),
        new(nameof(RecordDocument.SizeBytes), "Size in bytes"),
        new(nameof(RecordDocument.Sha256), "SHA-256"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public override string Display(string field, string? stored) =>
        field == nameof(RecordDocument.ContentType) && stored is not null ? RecordDocuments.TypeName(stored) : base.Display(field, stored);
}
