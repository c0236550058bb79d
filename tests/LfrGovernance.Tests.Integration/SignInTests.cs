using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration;

public sealed class SignInTests : IClassFixture<GovernanceAppFactory>
{
    private readonly GovernanceAppFactory _app;

    public SignInTests(GovernanceAppFactory app) => _app = app;

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_with_a_return_address()
    {
        using var client = _app.CreateAnonymousClient();

        var response = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Faccount", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Sign_in_page_offers_a_demo_user_for_every_role_and_one_with_several()
    {
        using var client = _app.CreateAnonymousClient();

        var html = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));

        foreach (var user in LfrGovernance.Web.Infrastructure.Authentication.LocalDemoUsers.All)
        {
            Assert.Contains($"value=\"{user.Key}\"", html, StringComparison.Ordinal);
        }
        foreach (var role in LfrGovernance.Web.Authorization.Roles.All)
        {
            Assert.Contains(LfrGovernance.Web.Infrastructure.Authentication.LocalDemoUsers.All, u => u.Roles.SequenceEqual([role]));
        }
        Assert.Contains(LfrGovernance.Web.Infrastructure.Authentication.LocalDemoUsers.All, u => u.Roles.Count > 1);
    }

    [Fact]
    public async Task Demo_user_signs_in_through_the_form_reaches_the_page_asked_for_and_signs_out()
    {
        using var client = _app.CreateAnonymousClient();

        var signIn = await AntiforgeryForm.PostAsync(client, "/account/sign-in?ReturnUrl=%2Faccount", "/account/sign-in",
            new Dictionary<string, string> { ["Input.User"] = "authoriser", ["Input.ReturnUrl"] = "/account" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account", signIn.Headers.Location!.OriginalString);

        var account = await client.GetStringAsync(new Uri("/account", UriKind.Relative));
        Assert.Contains("Chris Okafor", account, StringComparison.Ordinal);
        Assert.Contains("Authorising officer", account, StringComparison.Ordinal);

        var signOut = await AntiforgeryForm.PostAsync(client, "/", "/account/sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/signed-out", signOut.Headers.Location!.OriginalString);

        var afterwards = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/account/sign-in", afterwards.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_without_choosing_a_user_shows_the_error_beside_the_field()
    {
        using var client = _app.CreateAnonymousClient();

        var response = await AntiforgeryForm.PostAsync(client, "/account/sign-in", "/account/sign-in", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("id=\"user-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Choose a demonstration user to sign in as", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_as_someone_not_on_the_list_is_refused()
    {
        using var client = _app.CreateAnonymousClient();

        var response = await AntiforgeryForm.PostAsync(client, "/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Input.User"] = "chief-constable" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose one of the demonstration users listed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Sign_in_never_redirects_to_another_site()
    {
        using var client = _app.CreateAnonymousClient();

        var response = await AntiforgeryForm.PostAsync(client, "/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Input.User"] = "viewer", ["Input.ReturnUrl"] = "https://evil.example/" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Demo_warning_is_on_every_page_when_local_sign_in_runs_outside_development()
    {
        using var anonymous = _app.CreateAnonymousClient();
        using var signedIn = _app.CreateClientFor(LfrGovernance.Web.Authorization.Roles.Viewer);

        Assert.Contains("data-testid=\"demo-warning\"", await anonymous.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"demo-warning\"", await signedIn.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }
}
