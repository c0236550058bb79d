using System.Security.Claims;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LfrGovernance.Tests.Unit;

/// <summary>Locks in how production turns an Entra ID token into a user: the claim names, the roles and the policies.</summary>
public sealed class EntraClaimMappingTests : IDisposable
{
    private const string TenantId = "11111111-2222-3333-4444-555555555555";
    private const string ClientId = "66666666-7777-8888-9999-000000000000";
    private static readonly string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";

    private readonly ServiceProvider _services;
    private readonly OpenIdConnectOptions _options;

    public EntraClaimMappingTests()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Mode"] = "Entra",
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = TenantId,
            ["AzureAd:ClientId"] = ClientId,
        });
        builder.AddGovernanceAuthentication();
        _services = builder.Services.BuildServiceProvider();
        _options = _services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
    }

    [Fact]
    public void Production_keeps_Entra_claim_names_and_reads_roles_from_the_roles_claim()
    {
        Assert.False(_options.MapInboundClaims);
        Assert.Equal("name", _options.TokenValidationParameters.NameClaimType);
        Assert.Equal("roles", _options.TokenValidationParameters.RoleClaimType);
        Assert.Equal(ClientId, _options.ClientId);
        Assert.Equal("/signin-oidc", _options.CallbackPath);
        // Without a client credential the app signs in with the ID token alone (no code to redeem).
        Assert.Equal("id_token", _options.ResponseType);
    }

    [Fact]
    public async Task An_Entra_token_with_app_roles_becomes_a_user_who_satisfies_those_roles_policies()
    {
        var principal = await ValidateAsync(new Dictionary<string, object>
        {
            ["oid"] = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            ["name"] = "Dana Price",
            ["preferred_username"] = "dana.price@force.example",
            ["roles"] = new[] { Roles.DataProtectionOfficer, Roles.FoiOfficer },
        });
        var authorization = _services.GetRequiredService<IAuthorizationService>();

        Assert.True(principal.IsInRole(Roles.DataProtectionOfficer), "Claims: " + string.Join("; ", principal.Claims.Select(c => c.Type)));
        Assert.True(principal.IsInRole(Roles.FoiOfficer));
        Assert.Equal("Dana Price", principal.Identity!.Name);
        Assert.True((await authorization.AuthorizeAsync(principal, Policies.AdviseOnDpia)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(principal, Policies.AnswerFoi)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(principal, Policies.Administer)).Succeeded);

        var user = CurrentUser.From(principal)!;
        Assert.Equal("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", user.Id);
        Assert.Equal("dana.price@force.example", user.Username);
        Assert.Equal([Roles.DataProtectionOfficer, Roles.FoiOfficer], user.Roles);
    }

    [Fact]
    public async Task An_Entra_token_without_app_roles_is_signed_in_but_may_not_read_the_register()
    {
        var principal = await ValidateAsync(new Dictionary<string, object>
        {
            ["oid"] = "aaaaaaaa-bbbb-cccc-dddd-ffffffffffff",
            ["name"] = "No Role",
        });
        var authorization = _services.GetRequiredService<IAuthorizationService>();

        Assert.True(principal.Identity!.IsAuthenticated);
        Assert.False((await authorization.AuthorizeAsync(principal, Policies.ReadRegister)).Succeeded);
    }

    /// <summary>Validates a token signed by a test key exactly as the sign-in handler would, with production's parameters.</summary>
    private async Task<ClaimsPrincipal> ValidateAsync(Dictionary<string, object> claims)
    {
        var key = new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        var parameters = _options.TokenValidationParameters.Clone();
        parameters.IssuerSigningKey = key;
        parameters.IssuerValidator = null;
        parameters.ValidIssuer = Issuer;
        parameters.ValidAudience = ClientId;

        var result = await _options.TokenHandler.ValidateTokenAsync(token, parameters);

        Assert.True(result.IsValid, result.Exception?.Message);
        return new ClaimsPrincipal(result.ClaimsIdentity);
    }

    public void Dispose() => _services.Dispose();
}
