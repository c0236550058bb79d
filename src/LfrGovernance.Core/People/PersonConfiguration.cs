using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.People;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("People");
        builder.Property(p => p.Name).HasMaxLength(Person.NameLength).IsRequired();
        builder.Property(p => p.CollarOrWarrantNumber).HasMaxLength(Person.NumberLength);
        builder.Property(p => p.AccountObjectId).HasMaxLength(Person.AccountLength);
        builder.HasIndex(p => p.Name);
        builder.HasIndex(p => p.AccountObjectId);
        builder.HasMany(p => p.Ranks).WithOne().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RankHeldConfiguration : IEntityTypeConfiguration<RankHeld>
{
    public void Configure(EntityTypeBuilder<RankHeld> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("RanksHeld");
        // Stored as its number, not its name: rank rules compare ranks, and the order must hold in SQL too.
        builder.Property(r => r.Rank).HasConversion<int>();
        builder.HasIndex(r => new { r.PersonId, r.From });
    }
}
