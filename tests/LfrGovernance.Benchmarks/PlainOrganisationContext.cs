using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Records;
using LfrGovernance.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LfrGovernance.Benchmarks;

/// <summary>The baseline for the cost of history: a context that maps the same Organisations table of the same
/// migrated file the same way as <see cref="Core.Persistence.GovernanceDbContext"/> (its entity configuration,
/// the shared register-record settings and the same conventions), but has no history interceptor.</summary>
public sealed class PlainOrganisationContext(DbContextOptions<PlainOrganisationContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public static DbContextOptions<PlainOrganisationContext> OptionsFor(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PlainOrganisationContext>();
        options.UseGovernanceSqlite(connectionString);
        return options.Options;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(50);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OrganisationConfiguration());
        var record = modelBuilder.Entity<Organisation>();
        record.HasKey(o => o.Id);
        record.Property(o => o.Id).ValueGeneratedNever();
        record.Property(o => o.Version).IsConcurrencyToken();
        record.Property(o => o.RetirementReason).HasMaxLength(2000);
        record.Ignore(nameof(RegisterRecord.IsRetired));
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
