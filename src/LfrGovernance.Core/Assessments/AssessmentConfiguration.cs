using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Assessments;

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(a => a.Reference).HasMaxLength(Assessment.ReferenceLength).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(Assessment.ShortTextLength).IsRequired();
        builder.Property(a => a.DocumentVersion).HasMaxLength(20).IsRequired();
        builder.Property(a => a.ProcessingDescription).HasMaxLength(Assessment.LongTextLength);
        builder.Property(a => a.NecessityAndProportionality).HasMaxLength(Assessment.LongTextLength);
        builder.Property(a => a.Consultation).HasMaxLength(Assessment.LongTextLength);
        builder.Property(a => a.ScrutinyOutcome).HasMaxLength(Assessment.MediumTextLength);
        builder.Property(a => a.DpoAdviceSummary).HasMaxLength(Assessment.LongTextLength);
        builder.Property(a => a.DpoAdviceOverruledReason).HasMaxLength(Assessment.MediumTextLength);
        builder.Property(a => a.IcoAdvice).HasMaxLength(Assessment.LongTextLength);
        builder.Property(a => a.Notes).HasMaxLength(Assessment.LongTextLength);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        foreach (var person in new[]
                 {
                     nameof(Assessment.ScrutinisedById), nameof(Assessment.DpoId), nameof(Assessment.DpoAdviceDecidedById),
                     nameof(Assessment.MeasuresApprovedById), nameof(Assessment.ResidualRisksApprovedById),
                     nameof(Assessment.ConsultationReviewedById), nameof(Assessment.KeptUnderReviewById),
                 })
        {
            builder.HasOne<Person>().WithMany().HasForeignKey(person).OnDelete(DeleteBehavior.Restrict);
        }
        builder.HasIndex(a => new { a.ForceId, a.Reference, a.DocumentVersion }).IsUnique();
        builder.HasIndex(a => new { a.Kind, a.Status });
        builder.HasIndex(a => a.NextReviewOn);
    }
}

public sealed class AssessmentRiskConfiguration : IEntityTypeConfiguration<AssessmentRisk>
{
    public void Configure(EntityTypeBuilder<AssessmentRisk> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(r => r.Description).HasMaxLength(Assessment.MediumTextLength).IsRequired();
        builder.Property(r => r.Likelihood).HasMaxLength(50).IsRequired();
        builder.Property(r => r.Severity).HasMaxLength(50).IsRequired();
        builder.Property(r => r.Overall).HasMaxLength(50).IsRequired();
        builder.HasOne<Assessment>().WithMany().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.AssessmentId);
    }
}

public sealed class AssessmentMeasureConfiguration : IEntityTypeConfiguration<AssessmentMeasure>
{
    public void Configure(EntityTypeBuilder<AssessmentMeasure> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(m => m.Description).HasMaxLength(Assessment.MediumTextLength).IsRequired();
        builder.Property(m => m.Effect).HasMaxLength(50).IsRequired();
        builder.Property(m => m.ResidualRisk).HasMaxLength(50).IsRequired();
        builder.HasOne<Assessment>().WithMany().HasForeignKey(m => m.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssessmentRisk>().WithMany().HasForeignKey(m => m.RiskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.AssessmentId);
    }
}

public sealed class AssessmentCoverageConfiguration : IEntityTypeConfiguration<AssessmentCoverage>
{
    public void Configure(EntityTypeBuilder<AssessmentCoverage> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AssessmentCoverage");
        builder.HasOne<Assessment>().WithMany().HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.AssessmentId);
        builder.HasIndex(c => new { c.SubjectType, c.SubjectId });
    }
}
