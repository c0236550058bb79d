using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Authorisation;

public sealed class AuthorisationDecisionConfiguration : IEntityTypeConfiguration<AuthorisationDecision>
{
    public void Configure(EntityTypeBuilder<AuthorisationDecision> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Stored as its number, like the ranks held: rank rules and figures compare ranks, and the order must hold in SQL.
        builder.Property(d => d.RankHeld).HasConversion<int>();
        builder.Property(d => d.DeciderAccountObjectId).HasMaxLength(AuthorisationDecision.IdentityLength).IsRequired();
        builder.Property(d => d.DeciderName).HasMaxLength(AuthorisationDecision.IdentityLength).IsRequired();
        builder.Property(d => d.Rationale).HasMaxLength(AuthorisationDecision.TextLength).IsRequired();
        builder.Property(d => d.Conditions).HasMaxLength(AuthorisationDecision.TextLength);
        builder.Property(d => d.UrgencyReason).HasMaxLength(AuthorisationDecision.TextLength);
        builder.Property(d => d.ProcessFollowed).HasMaxLength(AuthorisationDecision.TextLength);
        builder.Property(d => d.DpiaDocumentVersion).HasMaxLength(20);
        builder.Property(d => d.Readiness).HasMaxLength(AuthorisationDecision.ReadinessLength);
        builder.Property(d => d.RecordedFrom).HasMaxLength(AuthorisationDecision.IdentityLength * 2);
        builder.Ignore(d => d.Permits);
        builder.Ignore(d => d.IsRecorded);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.DeciderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(d => d.DpiaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AuthorisationDecision>().WithMany().HasForeignKey(d => d.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        // A subject's decisions in order, and the work queues (urgent authorisations awaiting ratification).
        builder.HasIndex(d => new { d.SubjectKind, d.SubjectId, d.DecidedAt });
        builder.HasIndex(d => new { d.Outcome, d.DecidedAt });
        builder.HasIndex(d => d.SupersedesId);
    }
}
