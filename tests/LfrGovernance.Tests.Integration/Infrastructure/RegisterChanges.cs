using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration.Infrastructure;

/// <summary>Saves register records into a running application's database, as a given user at a given time, so the
/// history the pages show is written by the real interceptor.</summary>
public static class RegisterChanges
{
    public static readonly HistoryActor Bea = new("bea.hughes", "Bea Hughes", ["GovernanceEditor"]);
    public static readonly HistoryActor Sam = new("sam.patel", "Sam Patel", ["GovernanceEditor", "Administrator"]);

    /// <summary>Creates organisations with these names in one save; returns their ids.</summary>
    public static async Task<IReadOnlyList<Guid>> CreateAsync(GovernanceAppFactory app, HistoryActor actor, DateTimeOffset at, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(names);
        using var scope = app.Services.CreateScope();
        await using var db = Context(scope, actor, at);
        var organisations = names.Select(name => new Organisation { Name = name, Kind = OrganisationKind.Museum }).ToList();
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync();
        return [.. organisations.Select(o => o.Id)];
    }

    /// <summary>Renames an organisation, with a reason.</summary>
    public static async Task RenameAsync(GovernanceAppFactory app, HistoryActor actor, DateTimeOffset at, Guid id, string name, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        await using var db = Context(scope, actor, at);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == id);
        organisation.Name = name;
        db.ChangeReason = reason;
        await db.SaveChangesAsync();
    }

    /// <summary>Runs SQL on the application's database, as someone with the file would (no interceptor, no rules).</summary>
    public static async Task ExecuteDirectlyAsync(GovernanceAppFactory app, string sql)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private static GovernanceDbContext Context(IServiceScope scope, HistoryActor actor, DateTimeOffset at)
    {
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<GovernanceDbContext>>();
        return new GovernanceDbContext(options, new FixedAuthor(actor), new FixedClock(at));
    }

    private sealed class FixedAuthor(HistoryActor actor) : IChangeAuthor
    {
        public HistoryActor Current => actor;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
