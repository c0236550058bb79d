using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Forces;

public sealed class ForceConfiguration : IEntityTypeConfiguration<Force>
{
    public void Configure(EntityTypeBuilder<Force> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(f => f.Name).HasMaxLength(Force.NameLength).IsRequired();
        builder.Property(f => f.Code).HasMaxLength(Force.CodeLength).IsRequired();
        builder.HasIndex(f => f.Code).IsUnique();
    }
}
