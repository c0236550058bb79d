using LfrGovernance.Core.Forces;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LfrGovernance.Core.Persistence;

/// <summary>The register's unit of work: every record type is a set here, configured by its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/> in this assembly. Every save of a register record is
/// recorded in the history by <see cref="HistoryInterceptor"/>, which this context always uses.</summary>
/// <remarks>Provider-neutral on purpose: the database engine is chosen by the host, and each engine
/// keeps its migrations in its own project under <c>migrations/</c>.</remarks>
public class GovernanceDbContext : DbContext
{
    public GovernanceDbContext(DbContextOptions<GovernanceDbContext> options, IChangeAuthor changeAuthor, TimeProvider clock)
        : this((DbContextOptions)options, changeAuthor, clock)
    {
    }

    /// <summary>For tools and the design-time factory: changes are made by the system, on the system clock.</summary>
    public GovernanceDbContext(DbContextOptions<GovernanceDbContext> options)
        : this(options, SystemChangeAuthor.Instance, TimeProvider.System)
    {
    }

    /// <summary>For contexts that extend the model (tests).</summary>
    protected GovernanceDbContext(DbContextOptions options, IChangeAuthor changeAuthor, TimeProvider clock) : base(options)
    {
        ChangeAuthor = changeAuthor;
        Clock = clock;
    }

    /// <summary>Who the history records as making changes saved through this context.</summary>
    public IChangeAuthor ChangeAuthor { get; }

    /// <summary>The clock for history and other time-dependent rules.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The reason recorded with the next save's history entries (for example why a record was retired).</summary>
    public string? ChangeReason { get; set; }

    public DbSet<Force> Forces => Set<Force>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<RankHeld> RanksHeld => Set<RankHeld>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.AddInterceptors(HistoryInterceptor.Instance);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored by name: readable in the database and in exports, and safe when values are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(50);
        // Instants are stored as UTC and read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GovernanceDbContext).Assembly);

        // What every register record shares, for every record type present and future.
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(RegisterRecord).IsAssignableFrom(t.ClrType)))
        {
            var record = modelBuilder.Entity(entityType.ClrType);
            record.HasKey(nameof(RegisterRecord.Id));
            record.Property(nameof(RegisterRecord.Id)).ValueGeneratedNever();
            record.Property(nameof(RegisterRecord.Version)).IsConcurrencyToken();
            record.Property(nameof(RegisterRecord.RetirementReason)).HasMaxLength(2000);
            record.Ignore(nameof(RegisterRecord.IsRetired));
            if (typeof(ForceRecord).IsAssignableFrom(entityType.ClrType))
            {
                // Every record belongs to a force; a force is retired, never removed, so nothing cascades.
                record.HasOne(typeof(Force)).WithMany().HasForeignKey(nameof(ForceRecord.ForceId)).OnDelete(DeleteBehavior.Restrict);
                record.HasIndex(nameof(ForceRecord.ForceId));
            }
        }
    }

    /// <summary>Stores a <see cref="DateTime"/> as given (UTC by the register's rule) and reads it back marked UTC.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
