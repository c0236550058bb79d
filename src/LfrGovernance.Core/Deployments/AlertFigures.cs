using System.Globalization;

namespace LfrGovernance.Core.Deployments;

/// <summary>"1 in N" false alerts per face seen. <see cref="OneIn"/> is null when no false alert was made.</summary>
public sealed record FalseAlertRate(long FacesSeen, int FalseAlerts)
{
    /// <summary>Faces seen per false alert, rounded to the nearest whole number.</summary>
    public long? OneIn => FalseAlerts == 0 ? null : (long)Math.Round((double)FacesSeen / FalseAlerts, MidpointRounding.AwayFromZero);

    /// <summary>The rate as forces publish it: "1 in 12,120", or "0 in 12,120" with no false alert.</summary>
    public override string ToString() => OneIn is { } n
        ? string.Create(CultureInfo.GetCultureInfo("en-GB"), $"1 in {n:N0}")
        : string.Create(CultureInfo.GetCultureInfo("en-GB"), $"0 in {FacesSeen:N0}");
}

/// <summary>The arithmetic of alert figures, shared by deployments, collaborations and reports so each figure is
/// computed one way only.</summary>
public static class AlertFigures
{
    /// <summary>The sum of two counts, or null if neither is recorded.</summary>
    public static int? Sum(int? first, int? second) => first is null && second is null ? null : (first ?? 0) + (second ?? 0);

    public static FalseAlertRate? PerFacesSeen(int? falseAlerts, long? facesSeen) =>
        falseAlerts is { } f && facesSeen is { } faces && faces > 0 ? new FalseAlertRate(faces, f) : null;

    /// <summary>False alerts as a percentage of all alerts, or null when there were no alerts.</summary>
    public static double? PercentOfAlerts(int? falseAlerts, int? totalAlerts) =>
        falseAlerts is { } f && totalAlerts is { } total && total > 0 ? 100.0 * f / total : null;

    /// <summary>A percentage as the register shows it: one decimal place, "9.1%".</summary>
    public static string FormatPercent(double percent) =>
        string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{percent:0.#}%");
}
