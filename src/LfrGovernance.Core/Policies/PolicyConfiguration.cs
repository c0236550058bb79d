using LfrGovernance.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Policies;

public sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocument>
{
    public void Configure(EntityTypeBuilder<PolicyDocument> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Policies");
        builder.Property(p => p.Title).HasMaxLength(PolicyDocument.TitleLength).IsRequired();
        builder.Property(p => p.DocumentVersion).HasMaxLength(20).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(PolicyDocument.TextLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Kind, p.Title });
        builder.HasIndex(p => p.NextReviewOn);
    }
}

public sealed class RetentionRuleConfiguration : IEntityTypeConfiguration<RetentionRule>
{
    public void Configure(EntityTypeBuilder<RetentionRule> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(r => r.OtherCategory).HasMaxLength(PolicyDocument.TitleLength);
        builder.Property(r => r.DeletionMethod).HasMaxLength(1000).IsRequired();
        builder.HasOne<PolicyDocument>().WithMany().HasForeignKey(r => r.PolicyDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Category);
    }
}

public sealed class RetainedImageCountConfiguration : IEntityTypeConfiguration<RetainedImageCount>
{
    public void Configure(EntityTypeBuilder<RetainedImageCount> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(c => c.OtherCategory).HasMaxLength(PolicyDocument.TitleLength);
        builder.Property(c => c.ReasonBeyondPolicy).HasMaxLength(PolicyDocument.TextLength);
        builder.HasIndex(c => new { c.Category, c.CountedOn });
    }
}
