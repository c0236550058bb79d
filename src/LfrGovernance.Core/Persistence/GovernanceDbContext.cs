using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Core.Persistence;

/// <summary>The register's unit of work: every record type is a set here, configured by its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/> in this assembly.</summary>
/// <remarks>Provider-neutral on purpose: the database engine is chosen by the host, and each engine
/// keeps its migrations in its own project under <c>migrations/</c>.</remarks>
public class GovernanceDbContext(DbContextOptions<GovernanceDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GovernanceDbContext).Assembly);
    }
}
