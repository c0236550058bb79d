using LfrGovernance.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Foi;

public sealed class FoiRequestConfiguration : IEntityTypeConfiguration<FoiRequest>
{
    public void Configure(EntityTypeBuilder<FoiRequest> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("FoiRequests");
        builder.Property(r => r.Reference).HasMaxLength(FoiRequest.ReferenceLength).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(FoiRequest.SummaryLength).IsRequired();
        builder.Property(r => r.ScopeKinds).HasConversion<int>();
        builder.Property(r => r.Notes).HasMaxLength(FoiRequest.NotesLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ForceId, r.Reference }).IsUnique();
        // The lists: open requests by when they were received, and by status.
        builder.HasIndex(r => new { r.RetiredAt, r.Status, r.ReceivedOn });
        builder.HasIndex(r => r.ReceivedOn);
    }
}

public sealed class FoiRequesterConfiguration : IEntityTypeConfiguration<FoiRequester>
{
    public void Configure(EntityTypeBuilder<FoiRequester> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("FoiRequesters");
        builder.Property(r => r.Name).HasMaxLength(FoiRequester.TextLength).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(FoiRequester.TextLength);
        builder.Property(r => r.PostalAddress).HasMaxLength(FoiRequester.TextLength * 2);
        builder.Property(r => r.Phone).HasMaxLength(50);
        builder.Property(r => r.Organisation).HasMaxLength(FoiRequester.TextLength);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.RequestId);
    }
}

public sealed class FoiClarificationConfiguration : IEntityTypeConfiguration<FoiClarification>
{
    public void Configure(EntityTypeBuilder<FoiClarification> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("FoiClarifications");
        builder.Property(c => c.What).HasMaxLength(FoiClarification.TextLength).IsRequired();
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.RequestId);
    }
}

public sealed class FoiQuestionConfiguration : IEntityTypeConfiguration<FoiQuestion>
{
    public void Configure(EntityTypeBuilder<FoiQuestion> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("FoiQuestions");
        builder.Property(q => q.Number).HasMaxLength(FoiQuestion.NumberLength).IsRequired();
        builder.Property(q => q.Text).HasMaxLength(FoiQuestion.TextLength).IsRequired();
        builder.Property(q => q.CatalogueKey).HasMaxLength(FoiQuestion.KeyLength);
        builder.Property(q => q.GeneratedDraft).HasMaxLength(FoiQuestion.AnswerLength);
        builder.Property(q => q.GeneratedFingerprint).HasMaxLength(FoiQuestion.FingerprintLength);
        builder.Property(q => q.GeneratedFigures).HasMaxLength(FoiQuestion.FiguresLength);
        builder.Property(q => q.Answer).HasMaxLength(FoiQuestion.AnswerLength);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(q => q.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.RequestId, q.Position });
        // Earlier answers on the same ground, for the consistency check.
        builder.HasIndex(q => q.CatalogueKey);
    }
}

public sealed class FoiExemptionConfiguration : IEntityTypeConfiguration<FoiExemption>
{
    public void Configure(EntityTypeBuilder<FoiExemption> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("FoiExemptions");
        builder.Property(e => e.Section).HasMaxLength(FoiExemption.SectionLength).IsRequired();
        builder.Property(e => e.HarmStatement).HasMaxLength(FoiExemption.TextLength);
        builder.Property(e => e.FactorsFavouringDisclosure).HasMaxLength(FoiExemption.TextLength);
        builder.Property(e => e.FactorsAgainstDisclosure).HasMaxLength(FoiExemption.TextLength);
        builder.Property(e => e.Balance).HasMaxLength(FoiExemption.TextLength);
        builder.HasOne<FoiQuestion>().WithMany().HasForeignKey(e => e.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ExemptionTemplate>().WithMany().HasForeignKey(e => e.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.QuestionId);
    }
}

public sealed class ExemptionTemplateConfiguration : IEntityTypeConfiguration<ExemptionTemplate>
{
    public void Configure(EntityTypeBuilder<ExemptionTemplate> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ExemptionTemplates");
        builder.Property(t => t.Title).HasMaxLength(ExemptionTemplate.TitleLength).IsRequired();
        builder.Property(t => t.Section).HasMaxLength(FoiExemption.SectionLength).IsRequired();
        builder.Property(t => t.HarmStatement).HasMaxLength(FoiExemption.TextLength);
        builder.Property(t => t.FactorsFavouringDisclosure).HasMaxLength(FoiExemption.TextLength);
        builder.Property(t => t.FactorsAgainstDisclosure).HasMaxLength(FoiExemption.TextLength);
        builder.Property(t => t.Balance).HasMaxLength(FoiExemption.TextLength);
    }
}

public sealed class OneOffBankHolidayConfiguration : IEntityTypeConfiguration<OneOffBankHoliday>
{
    public void Configure(EntityTypeBuilder<OneOffBankHoliday> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("OneOffBankHolidays");
        builder.Property(h => h.Name).HasMaxLength(OneOffBankHoliday.NameLength).IsRequired();
        builder.Property(h => h.Nations).HasConversion<int>();
        builder.HasIndex(h => h.Date);
    }
}
