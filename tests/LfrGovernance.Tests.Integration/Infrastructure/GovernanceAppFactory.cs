using System.Security.Claims;
using System.Text.Encodings.Web;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LfrGovernance.Tests.Integration.Infrastructure;

/// <summary>The real application on a TestServer, with its own SQLite file migrated by the real migrations.</summary>
/// <remarks>By default it runs as Production with local sign-in explicitly allowed, so production headers,
/// cookies and error pages are what the tests see. A request carrying <see cref="TestUserHeader"/> is signed in
/// as that user (roles from <see cref="TestRolesHeader"/>); any other request goes through the app's own sign-in.</remarks>
public class GovernanceAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The host tests address: not localhost, which HSTS deliberately leaves out.</summary>
    public const string Host = "lfrgovernance.test";

    public const string TestUserHeader = "X-Test-User";
    public const string TestRolesHeader = "X-Test-Roles";
    private const string TestScheme = "Test";
    private const string SelectorScheme = "TestOrApp";

    private readonly string _folder = Directory.CreateTempSubdirectory("lfrgov-it-").FullName;

    /// <summary>The hosting environment; Production unless a test says otherwise.</summary>
    public string Environment { get; init; } = "Production";

    /// <summary>Settings on top of appsettings.json, as an operator would set them.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Authentication:Mode"] = "Local",
        ["Authentication:Local:AllowOutsideDevelopment"] = "true",
    };

    /// <summary>Services replaced or added after the application's own.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public string DatabasePath => Path.Combine(_folder, "register.db");

    public string KeysFolder => Path.Combine(_folder, "keys");

    public string DocumentsFolder => Path.Combine(_folder, "documents");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Governance", $"Data Source={DatabasePath}");
        builder.UseSetting("DataProtection:KeysFolder", KeysFolder);
        builder.UseSetting("Register:Documents:Folder", DocumentsFolder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            // Requests with the test header authenticate (and are forbidden) through the test handler;
            // all others go to the application's own scheme, so its sign-in and challenges are exercised.
            var appScheme = new SchemeName();
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                appScheme.Value = options.DefaultAuthenticateScheme ?? options.DefaultScheme!;
                options.DefaultAuthenticateScheme = SelectorScheme;
                options.DefaultForbidScheme = SelectorScheme;
            });
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestScheme, _ => { })
                .AddPolicyScheme(SelectorScheme, SelectorScheme, options => options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(TestUserHeader) ? TestScheme : appScheme.Value);
            ConfigureServices?.Invoke(services);
        });
    }

    /// <summary>A client that does not follow redirects, over https as production is served.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://" + Host),
        HandleCookies = true,
    });

    /// <summary>A client signed in as a user with these roles (none: signed in, but with no role).</summary>
    public HttpClient CreateClientFor(params string[] roles) => CreateClientForUser("test-user", roles);

    public HttpClient CreateClientForUser(string userId, params string[] roles)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(TestUserHeader, userId);
        client.DefaultRequestHeaders.Add(TestRolesHeader, string.Join(',', roles));
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left to the OS's temp clean-up.
            }
        }
    }

    private sealed class SchemeName
    {
        public string Value { get; set; } = string.Empty;
    }

    /// <summary>Signs in the user named by the request's headers, with the same claim types as production.</summary>
    private sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var userId = Request.Headers[TestUserHeader].ToString();
            var claims = new List<Claim>
            {
                new(GovernanceClaimTypes.ObjectId, userId),
                new(GovernanceClaimTypes.Name, $"Test {userId}"),
                new(GovernanceClaimTypes.Username, $"{userId}@test.invalid"),
            };
            claims.AddRange(Request.Headers[TestRolesHeader].ToString()
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(role => new Claim(GovernanceClaimTypes.Role, role)));
            var identity = new ClaimsIdentity(claims, TestScheme, GovernanceClaimTypes.Name, GovernanceClaimTypes.Role);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), TestScheme)));
        }
    }
}
