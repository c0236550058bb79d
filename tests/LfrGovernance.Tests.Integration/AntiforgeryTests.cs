using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LfrGovernance.Tests.Integration;

public sealed class AntiforgeryTests : IClassFixture<GovernanceAppFactory>
{
    private readonly GovernanceAppFactory _app;

    public AntiforgeryTests(GovernanceAppFactory app) => _app = app;

    [Fact]
    public async Task Sign_in_post_without_a_token_is_rejected()
    {
        using var client = _app.CreateAnonymousClient();

        var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.User"] = "administrator" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There was a problem with your request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Sign_out_post_without_a_token_is_rejected()
    {
        using var client = _app.CreateClientFor(Roles.Viewer);

        var response = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_session_is_rejected()
    {
        using var first = _app.CreateAnonymousClient();
        using var second = _app.CreateAnonymousClient();
        var token = await AntiforgeryForm.TokenFromAsync(first, "/account/sign-in");
        await AntiforgeryForm.TokenFromAsync(second, "/account/sign-in");

        var response = await second.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.User"] = "administrator",
            [AntiforgeryForm.TokenField] = token,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void Antiforgery_is_validated_globally_and_no_action_opts_out_except_error_pages()
    {
        var mvc = _app.Services.GetRequiredService<IOptions<MvcOptions>>().Value;
        Assert.Contains(mvc.Filters, filter => filter is AutoValidateAntiforgeryTokenAttribute);

        var optedOut = _app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(action => action.FilterDescriptors.Any(f => f.Filter is IgnoreAntiforgeryTokenAttribute)
                || action.EndpointMetadata.OfType<IgnoreAntiforgeryTokenAttribute>().Any())
            .Select(action => action.ControllerName)
            .Distinct()
            .ToList();

        // The error pages are reached by re-executing a failed request (a POST among them) and change nothing.
        Assert.Equal(["Errors"], optedOut);
    }
}
