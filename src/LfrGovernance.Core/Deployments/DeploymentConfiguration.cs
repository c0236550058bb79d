using LfrGovernance.Core.People;
using LfrGovernance.Core.Systems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Deployments;

public sealed class DeploymentConfiguration : IEntityTypeConfiguration<Deployment>
{
    public void Configure(EntityTypeBuilder<Deployment> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(d => d.Reference).HasMaxLength(Deployment.ReferenceLength).IsRequired();
        builder.Property(d => d.Purpose).HasMaxLength(Deployment.MediumTextLength).IsRequired();
        builder.Property(d => d.IntelligenceCase).HasMaxLength(Deployment.LongTextLength);
        builder.Property(d => d.LocationName).HasMaxLength(Deployment.ShortTextLength).IsRequired();
        builder.Property(d => d.LocationAddress).HasMaxLength(Deployment.AddressLength);
        builder.Property(d => d.WatchlistCriteria).HasMaxLength(Deployment.LongTextLength);
        builder.Property(d => d.LegitimateAim).HasMaxLength(Deployment.LongTextLength);
        builder.Property(d => d.Necessity).HasMaxLength(Deployment.LongTextLength);
        builder.Property(d => d.Proportionality).HasMaxLength(Deployment.LongTextLength);
        builder.Property(d => d.ApplicantAccountObjectId).HasMaxLength(Person.AccountLength);
        builder.Property(d => d.CancellationReason).HasMaxLength(Deployment.MediumTextLength);
        // Flags are stored as their number so that "notice given by signage" can be asked in SQL.
        builder.Property(d => d.PublicNoticeMethods).HasConversion<int>();
        builder.Property(d => d.PublicNoticeNotGivenReason).HasMaxLength(Deployment.MediumTextLength);
        builder.Property(d => d.ReviewFindings).HasMaxLength(Deployment.LongTextLength);
        builder.Property(d => d.ReviewActions).HasMaxLength(Deployment.LongTextLength);
        builder.Property(d => d.Notes).HasMaxLength(Deployment.LongTextLength);
        builder.Ignore(d => d.TrueAlerts);
        builder.Ignore(d => d.FalseAlerts);
        builder.Ignore(d => d.FalseAlertRatePerFacesSeen);
        builder.Ignore(d => d.FalseAlertPercentOfAlerts);
        builder.HasOne<FacialRecognitionSystem>().WithMany().HasForeignKey(d => d.SystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.WatchlistReviewedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.WatchlistDestroyedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ForceId, d.Reference }).IsUnique();
        builder.Property(d => d.PlannedStart).HasField("plannedStart");
        builder.Property(d => d.ActualStart).HasField("actualStart");
        // The lists sort and filter on these, and the dashboard counts by them: each index starts with the columns
        // every query of current records has (not retired; the do-not-confirm-or-deny filter), so that a count or
        // the first page of a sorted list reads the index, not the table.
        builder.HasIndex(d => new { d.RetiredAt, d.DoNotConfirmOrDeny, d.StartsAt });
        builder.HasIndex(d => new { d.RetiredAt, d.ReviewedOn, d.ActualEnd, d.DoNotConfirmOrDeny });
        // The list's sorts: current records in the column's order, ties by id (see RecordList). The flag comes last so
        // that, for a user not cleared for flagged records, a deep page skips the rows before it in the index alone.
        builder.HasIndex(d => new { d.RetiredAt, d.StartsAt, d.Id, d.DoNotConfirmOrDeny });
        builder.HasIndex(d => new { d.RetiredAt, d.Reference, d.Id, d.DoNotConfirmOrDeny });
        builder.HasIndex(d => new { d.RetiredAt, d.LocationName, d.Id, d.DoNotConfirmOrDeny });
        // Everything the list filters on and the figures it sorts by (which no index can follow: the false alert
        // rates are worked out, never stored): a count with any filter, and the page's ids for a sort by a figure,
        // read this narrow index instead of the table.
        builder.HasIndex(d => new
        {
            d.RetiredAt, d.Kind, d.Status, d.SystemId, d.StartsAt, d.ActualEnd, d.ReviewedOn, d.DoNotConfirmOrDeny,
            d.FacesSeen, d.TotalAlerts, d.FalseAlertsConfirmed, d.FalseAlertsUnconfirmed, d.Id,
        }).HasDatabaseName("IX_Deployments_ListFigures");
        builder.HasIndex(d => new { d.Status, d.StartsAt });
        builder.HasIndex(d => d.StartsAt);
    }
}

public sealed class WatchlistCategoryConfiguration : IEntityTypeConfiguration<WatchlistCategory>
{
    public void Configure(EntityTypeBuilder<WatchlistCategory> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(c => c.ImageSource).HasMaxLength(Deployment.AddressLength).IsRequired();
        builder.Property(c => c.LegalBasis).HasMaxLength(Deployment.AddressLength).IsRequired();
        builder.Property(c => c.Justification).HasMaxLength(Deployment.MediumTextLength);
        builder.HasOne<Deployment>().WithMany().HasForeignKey(c => c.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.DeploymentId);
    }
}

public sealed class DeploymentAlertConfiguration : IEntityTypeConfiguration<DeploymentAlert>
{
    public void Configure(EntityTypeBuilder<DeploymentAlert> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Alerts");
        builder.Property(a => a.Notes).HasMaxLength(Deployment.MediumTextLength);
        builder.HasOne<Deployment>().WithMany().HasForeignKey(a => a.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.DeploymentId, a.OccurredAt });
    }
}
