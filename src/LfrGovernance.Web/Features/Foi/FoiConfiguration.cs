using System.Text.RegularExpressions;
using LfrGovernance.Core.Foi;
using LfrGovernance.Web.Infrastructure;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>Reads the FOI settings from <c>Register:Foi</c>; a reference format that cannot make a valid reference
/// stops the application at start with a message naming the setting.</summary>
public static partial class FoiConfiguration
{
    [GeneratedRegex(@"\{n+\}")]
    private static partial Regex Sequence();

    public static FoiSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(FoiSettings.Section);
        var settings = new FoiSettings();
        if (section[nameof(FoiSettings.ReferenceFormat)] is not { Length: > 0 } format)
        {
            return settings;
        }
        var candidate = new FoiSettings { ReferenceFormat = format.Trim() };
        if (Sequence().Count(candidate.ReferenceFormat) != 1 || !FoiRequestRules.IsReference(candidate.Reference(2026, 1)))
        {
            throw new StartupConfigurationException(
                $"{FoiSettings.Section}:ReferenceFormat must hold {{nnnn}} (the request's number in its year) once, may hold {{yyyy}}, and otherwise only letters, digits and . / - _, for example FOI/{{yyyy}}/{{nnnn}}; not \u201c{format}\u201d.");
        }
        return candidate;
    }
}
