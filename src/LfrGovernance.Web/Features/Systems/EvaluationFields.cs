using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>An accuracy evaluation's fields as people see them, and the form that adding and changing one share.
/// An evaluation is its own record (with its own history) shown on its system's page.</summary>
public sealed class EvaluationFields : RecordFields
{
    public static readonly EvaluationFields Instance = new();

    /// <summary>How the shared retire and reinstate pages name an evaluation. Its own address sends the user to the
    /// system's page, where evaluations are shown.</summary>
    public static readonly RecordKind<AccuracyEvaluation> Kind = new("accuracy evaluation", "accuracy evaluations", "/systems/evaluations",
        e => e.Evaluator, Instance);

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(AccuracyEvaluation.Evaluator), "Evaluator"),
        new(nameof(AccuracyEvaluation.EvaluatedOn), "Date of the evaluation"),
        new(nameof(AccuracyEvaluation.AlgorithmVersion), "Algorithm version"),
        new(nameof(AccuracyEvaluation.Threshold), "Threshold"),
        new(nameof(AccuracyEvaluation.TruePositiveIdentificationRate), "True positive identification rate (%)"),
        new(nameof(AccuracyEvaluation.FalsePositiveRate), "False positive rate (%)"),
        new(nameof(AccuracyEvaluation.WatchlistSize), "Watchlist size"),
        new(nameof(AccuracyEvaluation.DemographicImbalanceFound), "Demographic imbalance found"),
        new(nameof(AccuracyEvaluation.DemographicFindings), "Demographic findings"),
        new(nameof(AccuracyEvaluation.ReportReference), "Report"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    /// <summary>A percentage as pages show it: "89%", "0.017%".</summary>
    public static string Percent(double? rate) =>
        rate is { } r ? r.ToString("0.####", CultureInfo.GetCultureInfo("en-GB")) + "%" : "Not given";

    public override string Display(string field, string? stored) => field switch
    {
        nameof(AccuracyEvaluation.DemographicImbalanceFound) => bool.TryParse(stored, out var found) ? (found ? "Yes" : "No") : base.Display(field, stored),
        _ => base.Display(field, stored),
    };

    /// <summary>The fields the add and change forms post; numbers and the date as typed.</summary>
    public class Form
    {
        [Required(ErrorMessage = "Enter who carried out the evaluation")]
        [StringLength(FacialRecognitionSystem.ShortTextLength, ErrorMessage = "Evaluator must be 200 characters or fewer")]
        public string? Evaluator { get; set; }

        public DateInput EvaluatedOn { get; set; } = new();

        [StringLength(FacialRecognitionSystem.ShortTextLength, ErrorMessage = "Algorithm version must be 200 characters or fewer")]
        public string? AlgorithmVersion { get; set; }

        public string? Threshold { get; set; }

        public string? TruePositiveIdentificationRate { get; set; }

        public string? FalsePositiveRate { get; set; }

        public string? WatchlistSize { get; set; }

        [Required(ErrorMessage = "Select whether the evaluation found a demographic imbalance")]
        public bool? DemographicImbalanceFound { get; set; }

        [StringLength(AccuracyEvaluation.TextLength, ErrorMessage = "Demographic findings must be 4,000 characters or fewer")]
        public string? DemographicFindings { get; set; }

        [StringLength(FacialRecognitionSystem.ShortTextLength, ErrorMessage = "Report must be 200 characters or fewer")]
        public string? ReportReference { get; set; }

        public void LoadFrom(AccuracyEvaluation evaluation)
        {
            ArgumentNullException.ThrowIfNull(evaluation);
            Evaluator = evaluation.Evaluator;
            EvaluatedOn = DateInput.From(evaluation.EvaluatedOn);
            AlgorithmVersion = evaluation.AlgorithmVersion;
            Threshold = evaluation.Threshold.ToString("0.####", CultureInfo.InvariantCulture);
            TruePositiveIdentificationRate = evaluation.TruePositiveIdentificationRate?.ToString("0.####", CultureInfo.InvariantCulture);
            FalsePositiveRate = evaluation.FalsePositiveRate?.ToString("0.######", CultureInfo.InvariantCulture);
            WatchlistSize = evaluation.WatchlistSize?.ToString(CultureInfo.InvariantCulture);
            DemographicImbalanceFound = evaluation.DemographicImbalanceFound;
            DemographicFindings = evaluation.DemographicFindings;
            ReportReference = evaluation.ReportReference;
        }

        /// <summary>Writes the form into <paramref name="evaluation"/>, adding any value that cannot be read and any
        /// broken rule to <paramref name="modelState"/>.</summary>
        /// <param name="today">Today in the UK.</param>
        public void Read(AccuracyEvaluation evaluation, DateOnly today, ModelStateDictionary modelState)
        {
            ArgumentNullException.ThrowIfNull(evaluation);
            ArgumentNullException.ThrowIfNull(modelState);
            var on = EvaluatedOn.ReadDay(modelState, "Input.EvaluatedOn", "the date of the evaluation", required: true);
            var threshold = NumberInput.ReadDecimal(Threshold, modelState, "Input.Threshold", "the threshold", 0, 1, required: true);
            var tpir = NumberInput.ReadDecimal(TruePositiveIdentificationRate, modelState, "Input.TruePositiveIdentificationRate",
                "the true positive identification rate", 0, 100);
            var fpr = NumberInput.ReadDecimal(FalsePositiveRate, modelState, "Input.FalsePositiveRate", "the false positive rate", 0, 100);
            var size = NumberInput.ReadCount(WatchlistSize, modelState, "Input.WatchlistSize", "the watchlist size");
            if (!modelState.IsValid)
            {
                return;
            }
            evaluation.Evaluator = Evaluator!.Trim();
            evaluation.EvaluatedOn = on!.Value;
            evaluation.AlgorithmVersion = SystemFields.Form.Blank(AlgorithmVersion);
            evaluation.Threshold = threshold!.Value;
            evaluation.TruePositiveIdentificationRate = tpir;
            evaluation.FalsePositiveRate = fpr;
            evaluation.WatchlistSize = (int?)size;
            evaluation.DemographicImbalanceFound = DemographicImbalanceFound!.Value;
            evaluation.DemographicFindings = SystemFields.Form.Blank(DemographicFindings);
            evaluation.ReportReference = SystemFields.Form.Blank(ReportReference);
            foreach (var breach in SystemRules.Check(evaluation, today))
            {
                modelState.AddModelError("Input." + breach.Field, breach.Message);
            }
        }

        /// <summary>The value the user entered for a field, written as history writes it, for conflict messages.</summary>
        public string? Entered(string field) => field switch
        {
            nameof(AccuracyEvaluation.Evaluator) => Evaluator?.Trim(),
            nameof(AccuracyEvaluation.AlgorithmVersion) => SystemFields.Form.Blank(AlgorithmVersion) ?? "Not set",
            nameof(AccuracyEvaluation.Threshold) => SystemFields.Form.Blank(Threshold),
            nameof(AccuracyEvaluation.TruePositiveIdentificationRate) => SystemFields.Form.Blank(TruePositiveIdentificationRate) ?? "Not set",
            nameof(AccuracyEvaluation.FalsePositiveRate) => SystemFields.Form.Blank(FalsePositiveRate) ?? "Not set",
            nameof(AccuracyEvaluation.WatchlistSize) => SystemFields.Form.Blank(WatchlistSize) ?? "Not set",
            nameof(AccuracyEvaluation.DemographicImbalanceFound) => DemographicImbalanceFound is { } found ? (found ? "Yes" : "No") : null,
            nameof(AccuracyEvaluation.DemographicFindings) => SystemFields.Form.Blank(DemographicFindings) ?? "Not set",
            nameof(AccuracyEvaluation.ReportReference) => SystemFields.Form.Blank(ReportReference) ?? "Not set",
            _ => null,
        };
    }
}
