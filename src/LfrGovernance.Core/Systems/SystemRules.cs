using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Systems;

/// <summary>The consistency rules of a system record and of its accuracy evaluations (domain section 2). Each breach
/// names the field to show it beside.</summary>
public static class SystemRules
{
    public static IReadOnlyList<RuleBreach> Check(FacialRecognitionSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var breaches = new List<RuleBreach>();
        if (system.DefaultThreshold is { } threshold && threshold is < 0 or > 1)
        {
            breaches.Add(new(nameof(FacialRecognitionSystem.DefaultThreshold), "The default threshold must be between 0 and 1"));
        }
        if (system.ContractStart is { } start && system.ContractEnd is { } end && end < start)
        {
            breaches.Add(new(nameof(FacialRecognitionSystem.ContractEnd), "The contract end must be the same as or after the contract start"));
        }
        if (system.CapitalCostPence < 0)
        {
            breaches.Add(new(nameof(FacialRecognitionSystem.CapitalCostPence), "The capital cost cannot be negative"));
        }
        if (system.AnnualCostPence < 0)
        {
            breaches.Add(new(nameof(FacialRecognitionSystem.AnnualCostPence), "The annual cost cannot be negative"));
        }
        if (system.Currency is not { Length: FacialRecognitionSystem.CurrencyLength } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            breaches.Add(new(nameof(FacialRecognitionSystem.Currency), "The currency must be a three-letter code in capitals, like GBP"));
        }
        return breaches;
    }

    /// <param name="today">Today in the UK: an evaluation cannot have been carried out after it.</param>
    public static IReadOnlyList<RuleBreach> Check(AccuracyEvaluation evaluation, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var breaches = new List<RuleBreach>();
        if (evaluation.Threshold is < 0 or > 1 || double.IsNaN(evaluation.Threshold))
        {
            breaches.Add(new(nameof(AccuracyEvaluation.Threshold), "The threshold must be between 0 and 1"));
        }
        if (evaluation.TruePositiveIdentificationRate is { } tpir && tpir is < 0 or > 100)
        {
            breaches.Add(new(nameof(AccuracyEvaluation.TruePositiveIdentificationRate), "The true positive identification rate must be between 0 and 100"));
        }
        if (evaluation.FalsePositiveRate is { } fpr && fpr is < 0 or > 100)
        {
            breaches.Add(new(nameof(AccuracyEvaluation.FalsePositiveRate), "The false positive rate must be between 0 and 100"));
        }
        if (evaluation.WatchlistSize < 0)
        {
            breaches.Add(new(nameof(AccuracyEvaluation.WatchlistSize), "The watchlist size cannot be negative"));
        }
        if (evaluation.EvaluatedOn > today)
        {
            breaches.Add(new(nameof(AccuracyEvaluation.EvaluatedOn), "The date of the evaluation must be today or in the past"));
        }
        if (evaluation.DemographicImbalanceFound && string.IsNullOrWhiteSpace(evaluation.DemographicFindings))
        {
            breaches.Add(new(nameof(AccuracyEvaluation.DemographicFindings), "Describe the demographic imbalance the evaluation found"));
        }
        return breaches;
    }
}
