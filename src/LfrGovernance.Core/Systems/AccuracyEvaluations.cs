namespace LfrGovernance.Core.Systems;

/// <summary>Figures drawn from a system's accuracy evaluations.</summary>
public static class AccuracyEvaluations
{
    /// <summary>The lowest threshold at which a current evaluation found no demographic imbalance and above which
    /// no current evaluation found one: the lowest setting the evaluations support without bias. Null when no
    /// evaluation found a threshold free of imbalance above every threshold where one was found.</summary>
    /// <remarks>An imbalance found at a threshold means settings at or below it are unsafe (NPL 2023: "at 0.58 and
    /// below"), so a clean result only counts when it lies above the highest threshold with an imbalance.</remarks>
    public static double? LowestThresholdWithoutImbalance(IEnumerable<AccuracyEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var current = evaluations.Where(e => !e.IsRetired).ToList();
        var highestWithImbalance = current.Where(e => e.DemographicImbalanceFound).Select(e => (double?)e.Threshold).Max();
        return current
            .Where(e => !e.DemographicImbalanceFound && (highestWithImbalance is not { } unsafeAt || e.Threshold > unsafeAt))
            .Select(e => (double?)e.Threshold)
            .Min();
    }

    /// <summary>True when <paramref name="defaultThreshold"/> is set below the lowest threshold the evaluations
    /// support without demographic imbalance.</summary>
    public static bool IsBelowLowestWithoutImbalance(double? defaultThreshold, double? lowestWithoutImbalance) =>
        defaultThreshold is { } threshold && lowestWithoutImbalance is { } lowest && threshold < lowest;
}
