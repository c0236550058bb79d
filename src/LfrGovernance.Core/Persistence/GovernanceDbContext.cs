using System.Linq.Expressions;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Documents;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Forces;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Importing;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
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

    /// <summary>Whether queries through this context return records flagged "do not confirm or deny". The host sets
    /// it per user from the configured clearance; tools and the system see everything.</summary>
    public bool ShowsDoNotConfirmOrDenyRecords { get; set; } = true;

    public DbSet<Force> Forces => Set<Force>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<RankHeld> RanksHeld => Set<RankHeld>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<FacialRecognitionSystem> Systems => Set<FacialRecognitionSystem>();

    public DbSet<AccuracyEvaluation> AccuracyEvaluations => Set<AccuracyEvaluation>();

    public DbSet<Deployment> Deployments => Set<Deployment>();

    public DbSet<WatchlistCategory> WatchlistCategories => Set<WatchlistCategory>();

    public DbSet<DeploymentAlert> Alerts => Set<DeploymentAlert>();

    public DbSet<AuthorisationDecision> AuthorisationDecisions => Set<AuthorisationDecision>();

    public DbSet<Collaboration> Collaborations => Set<Collaboration>();

    public DbSet<ImageSharing> ImageSharings => Set<ImageSharing>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<AssessmentRisk> AssessmentRisks => Set<AssessmentRisk>();

    public DbSet<AssessmentMeasure> AssessmentMeasures => Set<AssessmentMeasure>();

    public DbSet<AssessmentCoverage> AssessmentCoverage => Set<AssessmentCoverage>();

    public DbSet<PolicyDocument> Policies => Set<PolicyDocument>();

    public DbSet<RetentionRule> RetentionRules => Set<RetentionRule>();

    public DbSet<RetainedImageCount> RetainedImageCounts => Set<RetainedImageCount>();

    public DbSet<RecordDocument> Documents => Set<RecordDocument>();

    public DbSet<FoiRequest> FoiRequests => Set<FoiRequest>();

    public DbSet<FoiRequester> FoiRequesters => Set<FoiRequester>();

    public DbSet<FoiClarification> FoiClarifications => Set<FoiClarification>();

    public DbSet<FoiQuestion> FoiQuestions => Set<FoiQuestion>();

    public DbSet<FoiExemption> FoiExemptions => Set<FoiExemption>();

    public DbSet<ExemptionTemplate> ExemptionTemplates => Set<ExemptionTemplate>();

    public DbSet<OneOffBankHoliday> OneOffBankHolidays => Set<OneOffBankHoliday>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    /// <summary>Uploaded import workbooks waiting to be imported, and the log of past imports.</summary>
    public DbSet<PendingImport> PendingImports => Set<PendingImport>();

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
            record.HasQueryFilter(DoNotConfirmOrDenyFilter(entityType.ClrType));
            if (typeof(ForceRecord).IsAssignableFrom(entityType.ClrType))
            {
                // Every record belongs to a force; a force is retired, never removed, so nothing cascades.
                record.HasOne(typeof(Force)).WithMany().HasForeignKey(nameof(ForceRecord.ForceId)).OnDelete(DeleteBehavior.Restrict);
                record.HasIndex(nameof(ForceRecord.ForceId));
            }
        }
    }

    /// <summary><c>r => context.ShowsDoNotConfirmOrDenyRecords || !r.DoNotConfirmOrDeny</c> for a record type: the
    /// context is referenced, not copied, so the filter follows each context's setting.</summary>
    /// <remarks>The setting comes first: the database then reads the flag only for users not cleared, and an index
    /// that does not hold the flag can still serve a cleared user's query (a deep page reads no rows it skips).</remarks>
    private LambdaExpression DoNotConfirmOrDenyFilter(Type recordType)
    {
        var record = Expression.Parameter(recordType, "r");
        var body = Expression.OrElse(
            Expression.Property(Expression.Constant(this), nameof(ShowsDoNotConfirmOrDenyRecords)),
            Expression.Not(Expression.Property(record, nameof(RegisterRecord.DoNotConfirmOrDeny))));
        return Expression.Lambda(body, record);
    }

    /// <summary>Stores a <see cref="DateTime"/> as given (UTC by the register's rule) and reads it back marked UTC.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
