using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LfrGovernance.Core.Organisations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameLength).IsRequired();
        builder.Property(o => o.Contact).HasMaxLength(Organisation.ContactLength);
        builder.Property(o => o.Notes).HasMaxLength(Organisation.NotesLength);
        builder.HasIndex(o => o.Name);
    }
}
