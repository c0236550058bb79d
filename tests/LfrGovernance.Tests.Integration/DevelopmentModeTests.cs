using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration;

public sealed class DevelopmentModeTests : IDisposable
{
    private readonly GovernanceAppFactory _app = new() { Environment = "Development" };

    public DevelopmentModeTests()
    {
        // As a developer runs it: appsettings.Development.json chooses local sign-in, no explicit switch.
        _app.Settings.Clear();
    }

    [Fact]
    public async Task Development_uses_local_sign_in_without_the_demo_warning()
    {
        using var client = _app.CreateAnonymousClient();

        var html = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.Contains("value=\"viewer\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-warning", html, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
