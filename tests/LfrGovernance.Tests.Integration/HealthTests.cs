using System.Net;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration;

public sealed class HealthTests : IDisposable
{
    private readonly GovernanceAppFactory _app = new();

    [Fact]
    public async Task Health_answers_anonymously_when_the_database_is_current()
    {
        using var client = _app.CreateAnonymousClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_reports_unhealthy_when_the_schema_is_behind_the_application()
    {
        using var client = _app.CreateAnonymousClient();
        using (var scope = _app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\";");
        }

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _app.Dispose();
}
