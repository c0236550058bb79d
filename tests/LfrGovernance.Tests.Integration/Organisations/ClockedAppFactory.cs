using LfrGovernance.Core.Persistence;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LfrGovernance.Tests.Integration.Organisations;

/// <summary>The application on a clock the test moves, so that each save has its own time.</summary>
public class ClockedAppFactory : GovernanceAppFactory
{
    /// <summary>10:00 in London (British Summer Time) on 10 June 2026.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 10, 9, 0, 0, TimeSpan.Zero);

    public ClockedAppFactory()
    {
        ConfigureServices = services => services.AddSingleton<TimeProvider>(Clock);
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Runs a query against the application's database.</summary>
    public async Task<T> QueryAsync<T>(Func<GovernanceDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<GovernanceDbContext>());
    }
}
