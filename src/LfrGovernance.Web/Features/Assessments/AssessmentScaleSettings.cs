using LfrGovernance.Core.Assessments;
using LfrGovernance.Web.Infrastructure;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>Reads the scales risks and measures are graded on from <c>Register:Assessments:Scales</c>. A scale not
/// configured keeps the ICO's values; a configured scale replaces it whole.</summary>
public static class AssessmentScaleSettings
{
    public const string Section = "Register:Assessments:Scales";

    /// <summary>The scales, or a <see cref="StartupConfigurationException"/> naming a scale with no values, a blank
    /// value or a value twice.</summary>
    public static AssessmentScales Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var defaults = new AssessmentScales();
        return new AssessmentScales
        {
            Likelihood = Scale(section, nameof(AssessmentScales.Likelihood), defaults.Likelihood),
            Severity = Scale(section, nameof(AssessmentScales.Severity), defaults.Severity),
            Overall = Scale(section, nameof(AssessmentScales.Overall), defaults.Overall),
            Effect = Scale(section, nameof(AssessmentScales.Effect), defaults.Effect),
        };
    }

    private static IReadOnlyList<string> Scale(IConfigurationSection section, string name, IReadOnlyList<string> fallback)
    {
        var scale = section.GetSection(name);
        if (!scale.Exists())
        {
            return fallback;
        }
        var values = scale.GetChildren().Select(c => c.Value?.Trim()).ToList();
        if (values.Count == 0 || values.Any(string.IsNullOrEmpty))
        {
            throw new StartupConfigurationException($"{Section}:{name} must list at least one value, none of them blank.");
        }
        if (values.Any(v => v!.Length > 50))
        {
            throw new StartupConfigurationException($"{Section}:{name}: each value must be 50 characters or fewer.");
        }
        if (values.Distinct(StringComparer.OrdinalIgnoreCase).Count() != values.Count)
        {
            throw new StartupConfigurationException($"{Section}:{name} lists a value twice.");
        }
        return [.. values!];
    }
}
