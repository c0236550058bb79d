using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace LfrGovernance.Web.Infrastructure.Authentication;

/// <summary>The sign-in settings after validation, with what the rest of the application needs to know.</summary>
/// <param name="Mode">How people sign in.</param>
/// <param name="ShowDemoWarning">True when local sign-in runs outside Development: every page then says so.</param>
/// <param name="EntraAuthority">The Entra instance (for the Content-Security-Policy), or null in local mode.</param>
/// <param name="SessionIdleTimeout">How long a session lasts without activity.</param>
public sealed record AuthenticationSettings(
    AuthenticationMode Mode,
    bool ShowDemoWarning,
    Uri? EntraAuthority,
    TimeSpan SessionIdleTimeout)
{
    /// <summary>The settings Entra sign-in cannot do without.</summary>
    public static readonly IReadOnlyList<string> RequiredEntraSettings = ["AzureAd:Instance", "AzureAd:TenantId", "AzureAd:ClientId"];

    /// <summary>Reads and checks the settings; throws <see cref="StartupConfigurationException"/> with every
    /// problem found, so an operator can fix them in one go.</summary>
    public static AuthenticationSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var problems = new List<string>();

        var modeText = configuration["Authentication:Mode"];
        AuthenticationMode mode;
        if (string.IsNullOrWhiteSpace(modeText))
        {
            // Unset: Development signs in locally, anything else needs Entra ID.
            mode = environment.IsDevelopment() ? AuthenticationMode.Local : AuthenticationMode.Entra;
        }
        else if (!modeText.All(char.IsLetter) || !Enum.TryParse(modeText, ignoreCase: true, out mode))
        {
            throw new StartupConfigurationException(
                $"Authentication:Mode is '{modeText}'. It must be 'Entra' (production) or 'Local' (development and demonstrations).");
        }

        var idleMinutes = ReadInteger(configuration, "Authentication:SessionIdleMinutes", 60, problems);
        if (idleMinutes is < 5 or > 24 * 60)
        {
            problems.Add($"Authentication:SessionIdleMinutes is {idleMinutes}; it must be between 5 and 1440.");
        }

        Uri? authority = null;
        var showDemoWarning = false;
        if (mode == AuthenticationMode.Local)
        {
            var allowed = ReadBoolean(configuration, "Authentication:Local:AllowOutsideDevelopment", problems);
            if (!environment.IsDevelopment() && !allowed)
            {
                var missing = MissingEntraSettings(configuration);
                problems.Add(
                    $"Local sign-in (Authentication:Mode=Local) is for development, and this is the '{environment.EnvironmentName}' environment. "
                    + "Configure Entra ID sign-in: set Authentication:Mode=Entra"
                    + (missing.Count > 0 ? $" and the missing settings {string.Join(", ", missing)}" : string.Empty)
                    + ". To run a demonstration with demo users instead, set Authentication:Local:AllowOutsideDevelopment=true; every page then carries a warning.");
            }
            showDemoWarning = !environment.IsDevelopment();
        }
        else
        {
            var missing = MissingEntraSettings(configuration);
            if (missing.Count > 0)
            {
                problems.Add(
                    $"Entra ID sign-in is not configured: missing {string.Join(", ", missing)}. "
                    + "Set them (see docs/operations/entra-id.md and appsettings.sample.json), "
                    + "or for development and demonstrations set Authentication:Mode=Local.");
            }
            else if (!Uri.TryCreate(configuration["AzureAd:Instance"], UriKind.Absolute, out authority) || authority.Scheme != Uri.UriSchemeHttps)
            {
                problems.Add($"AzureAd:Instance is '{configuration["AzureAd:Instance"]}'; it must be an https address such as https://login.microsoftonline.com/.");
            }
        }

        if (problems.Count > 0)
        {
            throw new StartupConfigurationException(string.Join(Environment.NewLine, problems));
        }
        return new AuthenticationSettings(mode, showDemoWarning, authority, TimeSpan.FromMinutes(idleMinutes));
    }

    private static int ReadInteger(IConfiguration configuration, string key, int defaultValue, List<string> problems)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        problems.Add($"{key} is '{text}'; it must be a whole number.");
        return defaultValue;
    }

    private static bool ReadBoolean(IConfiguration configuration, string key, List<string> problems)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        if (bool.TryParse(text, out var value))
        {
            return value;
        }
        problems.Add($"{key} is '{text}'; it must be true or false.");
        return false;
    }

    private static List<string> MissingEntraSettings(IConfiguration configuration) =>
        RequiredEntraSettings.Where(key => string.IsNullOrWhiteSpace(configuration[key])).ToList();
}
