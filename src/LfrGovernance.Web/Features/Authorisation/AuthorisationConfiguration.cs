using System.Globalization;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.People;
using LfrGovernance.Web.Infrastructure;

namespace LfrGovernance.Web.Features.Authorisation;

/// <summary>Reads the force's authorisation rules from <c>Register:Authorisation</c>. A setting left out keeps the
/// College of Policing default (<see cref="AuthorisationSettings"/>); a value that cannot be right stops the application
/// at start with a message naming the setting.</summary>
public static class AuthorisationConfiguration
{
    private static readonly string RankNames = string.Join(", ", Enum.GetNames<Rank>());

    /// <summary>The settings, or a <see cref="StartupConfigurationException"/> naming an unknown rank, an urgent rank
    /// above the minimum rank, a ratification period that is not from 1 hour to 7 days, or an unknown check.</summary>
    public static AuthorisationSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AuthorisationSettings.Section);
        var defaults = new AuthorisationSettings();
        var minimum = RankSetting(section, nameof(AuthorisationSettings.MinimumRank), defaults.MinimumRank);
        var urgent = RankSetting(section, nameof(AuthorisationSettings.UrgentRank), defaults.UrgentRank);
        if (urgent > minimum)
        {
            throw new StartupConfigurationException(
                $"{AuthorisationSettings.Section}:UrgentRank ({urgent}) must not be above {AuthorisationSettings.Section}:MinimumRank ({minimum}): the urgent path is for officers below the full rank.");
        }
        var period = defaults.RatificationPeriod;
        if (section[nameof(AuthorisationSettings.RatificationPeriod)] is { Length: > 0 } text
            && (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out period) || period < TimeSpan.FromHours(1) || period > TimeSpan.FromDays(7)))
        {
            throw new StartupConfigurationException(
                $"{AuthorisationSettings.Section}:RatificationPeriod must be a period from 01:00:00 (1 hour) to 7.00:00:00 (7 days), written hours:minutes:seconds, not \u201c{text}\u201d.");
        }
        var checks = section.GetSection(nameof(AuthorisationSettings.WarningChecks)).GetChildren()
            .Select(c => c.Value?.Trim() ?? string.Empty).ToList();
        if (checks.FirstOrDefault(c => !ReadinessChecklist.Keys.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            throw new StartupConfigurationException(
                $"{AuthorisationSettings.Section}:WarningChecks names \u201c{unknown}\u201d, which is not a readiness check. The checks are: {string.Join(", ", ReadinessChecklist.Keys)}.");
        }
        return new AuthorisationSettings
        {
            MinimumRank = minimum,
            UrgentRank = urgent,
            RatificationPeriod = period,
            WarningChecks = [.. checks.Select(c => c.ToLowerInvariant()).Distinct()],
        };
    }

    private static Rank RankSetting(IConfigurationSection section, string name, Rank fallback)
    {
        if (section[name] is not { Length: > 0 } text)
        {
            return fallback;
        }
        // Names only: a number would be a rank nobody can check by reading the file.
        if (text.Trim().All(char.IsAsciiLetter) && Enum.TryParse<Rank>(text.Trim(), ignoreCase: true, out var rank))
        {
            return rank;
        }
        throw new StartupConfigurationException(
            $"{AuthorisationSettings.Section}:{name} is \u201c{text}\u201d, which is not a rank. Use one of: {RankNames}.");
    }
}
