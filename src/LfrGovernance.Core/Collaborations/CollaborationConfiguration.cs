using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Collaborations;

public sealed class CollaborationConfiguration : IEntityTypeConfiguration<Collaboration>
{
    public void Configure(EntityTypeBuilder<Collaboration> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(c => c.Reference).HasMaxLength(Collaboration.ReferenceLength).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(Collaboration.ShortTextLength).IsRequired();
        // Flags are stored as their number so that "collaborations that shared images" can be asked in SQL.
        builder.Property(c => c.Manner).HasConversion<int>();
        builder.Property(c => c.Description).HasMaxLength(Collaboration.LongTextLength);
        builder.Property(c => c.Locations).HasMaxLength(Collaboration.MediumTextLength);
        builder.Property(c => c.Currency).HasMaxLength(3).IsRequired();
        builder.Property(c => c.PaidBy).HasMaxLength(Collaboration.ShortTextLength);
        builder.Property(c => c.DataSharingAgreementReference).HasMaxLength(Collaboration.ShortTextLength);
        builder.Property(c => c.ControllerRoles).HasMaxLength(Collaboration.MediumTextLength);
        builder.Property(c => c.MatchAlertProtocol).HasMaxLength(Collaboration.LongTextLength);
        builder.Property(c => c.Notes).HasMaxLength(Collaboration.LongTextLength);
        builder.Property(c => c.DecisionCase).HasMaxLength(Collaboration.LongTextLength);
        builder.Property(c => c.ApplicantAccountObjectId).HasMaxLength(Person.AccountLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ForceId, c.Reference }).IsUnique();
        builder.HasIndex(c => c.OrganisationId);
        // The authorising officers' work queue and the count in the header.
        builder.HasIndex(c => c.DecisionRequestedAt);
    }
}

public sealed class ImageSharingConfiguration : IEntityTypeConfiguration<ImageSharing>
{
    public void Configure(EntityTypeBuilder<ImageSharing> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ImageSharings");
        builder.Property(s => s.SourceDataset).HasMaxLength(Collaboration.ShortTextLength * 2).IsRequired();
        builder.Property(s => s.Purposes).HasMaxLength(Collaboration.MediumTextLength).IsRequired();
        builder.Property(s => s.LegalBasis).HasMaxLength(Collaboration.MediumTextLength).IsRequired();
        builder.Property(s => s.SecurityProtocol).HasMaxLength(Collaboration.MediumTextLength);
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(s => s.CollaborationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.CollaborationId);
    }
}
