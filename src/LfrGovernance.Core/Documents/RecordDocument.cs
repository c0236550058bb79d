using LfrGovernance.Core.Forces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Documents;

/// <summary>A file attached to a register record (a DPIA, a signed authority, a policy). The register keeps the
/// metadata and the file as uploaded, identified by its SHA-256; it never holds biometric images or templates.</summary>
public sealed class RecordDocument : ForceRecord
{
    public const int TitleLength = 200;
    public const int FileNameLength = 255;

    /// <summary>The type of the record the document is attached to, as history names it (e.g. "Deployment").</summary>
    public string SubjectType { get; set; } = string.Empty;

    public Guid SubjectId { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>The file's name as uploaded (shown, never used as a path).</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary>The content type the register found the content to be (not the one the browser claimed).</summary>
    public string ContentType { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    /// <summary>The SHA-256 of the content, lower-case hex; also the file's name in the document store.</summary>
    public string Sha256 { get; set; } = string.Empty;
}

public sealed class RecordDocumentConfiguration : IEntityTypeConfiguration<RecordDocument>
{
    public void Configure(EntityTypeBuilder<RecordDocument> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Documents");
        builder.Property(d => d.SubjectType).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(RecordDocument.TitleLength).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(RecordDocument.FileNameLength).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(d => new { d.SubjectType, d.SubjectId });
    }
}
