using System.Globalization;
using LfrGovernance.Core.Policies;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>How long retained-image figures stay current before the register warns they are out of date
/// (<c>Register:Retention:FiguresCurrentForDays</c>).</summary>
public sealed record RetentionSettings(int FiguresCurrentForDays)
{
    public const string FiguresCurrentForDaysKey = "Register:Retention:FiguresCurrentForDays";

    /// <summary>Reads the setting; a value that is not a whole number from 1 to 3,650 stops the application at start.</summary>
    public static RetentionSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var days = RetentionRules.DefaultFiguresCurrentForDays;
        if (configuration[FiguresCurrentForDaysKey] is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days is < 1 or > 3650))
        {
            throw new StartupConfigurationException($"{FiguresCurrentForDaysKey} must be a whole number of days from 1 to 3650, not \u201c{text}\u201d.");
        }
        return new RetentionSettings(days);
    }
}
