using LfrGovernance.Core.History;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration.Register;

public sealed class DemoRegisterTests : IDisposable
{
    // As a developer runs it: Development, whose settings turn on local sign-in and the demonstration data.
    private readonly GovernanceAppFactory _development = new() { Environment = "Development" };
    private readonly GovernanceAppFactory _production = new();

    public DemoRegisterTests() => _development.Settings.Clear();

    private static async Task<T> QueryAsync<T>(GovernanceAppFactory app, Func<GovernanceDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<GovernanceDbContext>());
    }

    [Fact]
    public async Task Local_development_starts_with_a_demonstration_register_in_the_history()
    {
        using var client = _development.CreateClientFor(Roles.Viewer);

        var list = await client.GetStringAsync(new Uri("/organisations", UriKind.Relative));

        Assert.Contains("Northgate Shopping Centre Ltd", list, StringComparison.Ordinal);
        var chris = await QueryAsync(_development, db => db.People.Include(p => p.Ranks).SingleAsync(p => p.Name == "Chris Okafor"));
        Assert.Equal(LocalDemoUsers.Find("authoriser")!.ObjectId.ToString(), chris.AccountObjectId);
        Assert.Equal(Rank.Superintendent, chris.RankOn(new DateOnly(2026, 1, 1)));
        Assert.Equal(Rank.ChiefInspector, chris.RankOn(new DateOnly(2022, 4, 3)));
        var verification = await QueryAsync(_development, db => HistoryVerifier.VerifyAsync(db));
        Assert.True(verification.Intact);
        Assert.Contains(DemoReason, await QueryAsync(_development, db => db.History.Select(e => e.Reason).Distinct().ToListAsync()));
    }

    [Fact]
    public async Task The_demonstration_register_is_not_loaded_unless_asked_for()
    {
        using var client = _production.CreateClientFor(Roles.Viewer);

        await client.GetStringAsync(new Uri("/organisations", UriKind.Relative));

        Assert.Equal(0, await QueryAsync(_production, db => db.People.CountAsync()));
        Assert.Equal(0, await QueryAsync(_production, db => db.Organisations.CountAsync()));
    }

    private const string DemoReason = LfrGovernance.Web.Infrastructure.Demo.DemoRegister.Reason;

    public void Dispose()
    {
        _development.Dispose();
        _production.Dispose();
    }
}
