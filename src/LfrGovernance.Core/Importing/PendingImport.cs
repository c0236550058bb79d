using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Importing;

/// <summary>An uploaded import workbook, kept server-side between the check and the import, for the user who uploaded
/// it only; once imported (or abandoned) its content is dropped and the row stays as the log of the import: who, which
/// file, its SHA-256, and what it did. Not a register record: it has no history of its own.</summary>
public sealed class PendingImport
{
    public const int FileNameLength = 255;
    public const int OutcomeLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The uploading user's id: nobody else may see, check or import the file.</summary>
    public required string UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>The name the file had on the user's computer (the name only, never a path).</summary>
    public required string FileName { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>The file itself while it waits to be imported; empty once imported or pruned.</summary>
    public byte[] Content { get; set; } = [];

    public DateTime UploadedAt { get; set; }

    /// <summary>When the import was saved (or failed), or null while it waits.</summary>
    public DateTime? ImportedAt { get; set; }

    /// <summary>True when the user chose to import only the valid rows.</summary>
    public bool ValidRowsOnly { get; set; }

    /// <summary>What the import did, in words: counts per sheet, or why the save failed.</summary>
    public string? Outcome { get; set; }

    /// <summary>The counts per sheet (created, updated, unchanged, rejected), as JSON, for the result page.</summary>
    public string? Counts { get; set; }

    /// <summary>True when the records were saved.</summary>
    public bool Saved { get; set; }
}

public sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("PendingImports");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.UserId).HasMaxLength(200);
        builder.Property(i => i.UserName).HasMaxLength(200);
        builder.Property(i => i.FileName).HasMaxLength(PendingImport.FileNameLength);
        builder.Property(i => i.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(i => i.Outcome).HasMaxLength(PendingImport.OutcomeLength);
        builder.Property(i => i.Counts).HasMaxLength(PendingImport.OutcomeLength);
        builder.HasIndex(i => new { i.UserId, i.UploadedAt });
        builder.HasIndex(i => i.UploadedAt);
    }
}
