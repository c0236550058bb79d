using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.History;

public sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.RecordType).HasMaxLength(100);
        builder.Property(e => e.UserId).HasMaxLength(200);
        builder.Property(e => e.UserName).HasMaxLength(200);
        builder.Property(e => e.UserRoles).HasMaxLength(500);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        // Not unique: a stale edit must fail on the record's concurrency token (a DbUpdateConcurrencyException the
        // user can be told about), not on this index, and the token already keeps versions unique.
        // One index serves a record's timeline, a record as at an instant and every record of a type as at an instant
        // (the latest entry of each record by then, read from the index alone): each index is a page more to write on
        // every save, and a save with history must stay cheap.
        builder.HasIndex(e => new { e.RecordType, e.RecordId, e.OccurredAt });
        builder.HasIndex(e => e.OccurredAt);
        // No index on the user: the audit log finds users by part of a name or id, which no index serves.
    }
}

public sealed class HistoryChainHeadConfiguration : IEntityTypeConfiguration<HistoryChainHead>
{
    public void Configure(EntityTypeBuilder<HistoryChainHead> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64).IsFixedLength();
    }
}

public sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(e => e.UserId).HasMaxLength(200);
        builder.Property(e => e.UserName).HasMaxLength(200);
        builder.Property(e => e.UserRoles).HasMaxLength(500);
        builder.Property(e => e.RecordType).HasMaxLength(100);
        builder.Property(e => e.Description).HasMaxLength(500);
        builder.Property(e => e.Filters).HasMaxLength(2000);
        builder.Property(e => e.Purpose).HasMaxLength(2000);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.RecordType, e.RecordId });
    }
}
