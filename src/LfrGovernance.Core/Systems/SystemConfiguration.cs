using LfrGovernance.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Systems;

public sealed class FacialRecognitionSystemConfiguration : IEntityTypeConfiguration<FacialRecognitionSystem>
{
    public void Configure(EntityTypeBuilder<FacialRecognitionSystem> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Systems");
        builder.Property(s => s.Name).HasMaxLength(FacialRecognitionSystem.NameLength).IsRequired();
        builder.Property(s => s.Product).HasMaxLength(FacialRecognitionSystem.ShortTextLength).IsRequired();
        builder.Property(s => s.AlgorithmVersion).HasMaxLength(FacialRecognitionSystem.ShortTextLength);
        builder.Property(s => s.ContractReference).HasMaxLength(FacialRecognitionSystem.ShortTextLength);
        builder.Property(s => s.Currency).HasMaxLength(FacialRecognitionSystem.CurrencyLength).IsRequired();
        builder.Property(s => s.Notes).HasMaxLength(FacialRecognitionSystem.NotesLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.Name);
    }
}

public sealed class AccuracyEvaluationConfiguration : IEntityTypeConfiguration<AccuracyEvaluation>
{
    public void Configure(EntityTypeBuilder<AccuracyEvaluation> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(e => e.Evaluator).HasMaxLength(FacialRecognitionSystem.ShortTextLength).IsRequired();
        builder.Property(e => e.AlgorithmVersion).HasMaxLength(FacialRecognitionSystem.ShortTextLength);
        builder.Property(e => e.DemographicFindings).HasMaxLength(AccuracyEvaluation.TextLength);
        builder.Property(e => e.ReportReference).HasMaxLength(FacialRecognitionSystem.ShortTextLength);
        builder.HasOne<FacialRecognitionSystem>().WithMany().HasForeignKey(e => e.SystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.SystemId, e.EvaluatedOn });
    }
}
