using System.Net;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Forces.ForceRequests;

namespace LfrGovernance.Tests.Integration.Forces;

public sealed class ForcePolicyTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public ForcePolicyTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task An_administrator_reaches_every_force_page()
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        var id = await CreateAsync(admin, "Reachable Constabulary", "REACH");

        foreach (var path in Paths(id))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
        Assert.Contains("href=\"/forces/new\"", await PageAsync(admin, "/forces"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.GovernanceEditor)]
    [InlineData(Roles.Auditor)]
    public async Task Anyone_but_an_administrator_is_refused_every_force_page_and_change(string role)
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        using var other = _app.CreateClientFor(role);
        var id = await CreateAsync(admin, $"Guarded {role} Police", $"G-{role}");

        foreach (var path in Paths(id))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
        var posts = new[]
        {
            await PostCreateAsync(other, "Sneaky Police", "SNEAK", AnyonesPage),
            await EditAsync(other, id, 1, "Sneaky Police", "SNEAK", AnyonesPage),
            await RetireAsync(other, id, 1, "Sneaky", AnyonesPage),
            await ReinstateAsync(other, id, 1, AnyonesPage),
            await MakeDefaultAsync(other, id, 1, AnyonesPage),
        };
        Assert.All(posts, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        var stored = await _app.QueryAsync(db => db.Forces.Where(f => f.Id == id).Select(f => new { f.Name, f.Version, f.IsDefault }).SingleAsync());
        Assert.Equal(($"Guarded {role} Police", 1, false), (stored.Name, stored.Version, stored.IsDefault));
        Assert.False(await _app.QueryAsync(db => db.Forces.AnyAsync(f => f.Code == "SNEAK")));
    }

    [Fact]
    public async Task An_unknown_force_answers_404()
    {
        using var admin = _app.CreateClientFor(Roles.Administrator);
        var unknown = Guid.NewGuid();

        foreach (var path in Paths(unknown).Skip(2))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await EditAsync(admin, unknown, 1, "Nobody", "NOBODY")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RetireAsync(admin, unknown, 1, "Nobody")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReinstateAsync(admin, unknown, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MakeDefaultAsync(admin, unknown, 1)).StatusCode);
    }

    /// <summary>Every page of the area: list and new first, then the record's own pages.</summary>
    private static string[] Paths(Guid id) =>
        ["/forces", "/forces/new", $"/forces/{id}", $"/forces/{id}/edit", $"/forces/{id}/make-default", $"/forces/{id}/retire", $"/forces/{id}/reinstate"];
}
