using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;

namespace LfrGovernance.Tests.Integration.Audit;

public sealed class AuditAccessTests : IClassFixture<GovernanceAppFactory>
{
    private static readonly string[] AuditPages = ["/audit", "/audit/access", "/audit/verify", "/audit/export/csv", "/audit/export/xlsx"];
    private readonly GovernanceAppFactory _app;

    public AuditAccessTests(GovernanceAppFactory app) => _app = app;

    public static TheoryData<string> EveryRole => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Only_auditors_and_administrators_reach_the_audit_pages(string role)
    {
        using var client = _app.CreateClientFor(role);
        var allowed = role is Roles.Auditor or Roles.Administrator;

        foreach (var page in AuditPages)
        {
            var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.True(
                response.StatusCode == (allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
                $"{role} on {page}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_user_who_may_not_audit_cannot_run_the_check_either()
    {
        using var client = _app.CreateClientFor(Roles.GovernanceEditor);

        var response = await client.PostAsync(new Uri("/audit/verify", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        using var client = _app.CreateAnonymousClient();

        var response = await client.GetAsync(new Uri("/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_needs_an_antiforgery_token()
    {
        using var client = _app.CreateClientFor(Roles.Auditor);

        var response = await client.PostAsync(new Uri("/audit/verify", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_export_format_is_not_found()
    {
        using var client = _app.CreateClientFor(Roles.Auditor);

        var response = await client.GetAsync(new Uri("/audit/export/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
