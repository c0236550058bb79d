using LfrGovernance.Core.Forces;

namespace LfrGovernance.Core.Systems;

/// <summary>The kinds of facial recognition (domain: live, retrospective, operator-initiated).</summary>
public enum FacialRecognitionKind
{
    /// <summary>Live (LFR): faces in a camera feed compared in real time against a watchlist.</summary>
    Live,

    /// <summary>Retrospective (RFR): images compared after the event.</summary>
    Retrospective,

    /// <summary>Operator-initiated (OIFR): an officer takes a photo on a mobile device.</summary>
    OperatorInitiated,
}

/// <summary>Where a system stands in the force's use of it.</summary>
public enum SystemStatus
{
    Proposed,
    Trial,
    InService,

    /// <summary>No longer used (the record itself stays current: it is what FOI answers about past use rely on).</summary>
    Decommissioned,
}

/// <summary>A facial recognition system the force uses or has considered: the product, its supplier, the algorithm
/// version, the default match threshold, its contract and costs, and (as child records) its accuracy evaluations.</summary>
public sealed class FacialRecognitionSystem : ForceRecord
{
    public const int NameLength = 200;
    public const int ShortTextLength = 200;
    public const int NotesLength = 4000;
    public const int CurrencyLength = 3;

    /// <summary>The name the force uses for the system, e.g. "Live facial recognition vans".</summary>
    public string Name { get; set; } = string.Empty;

    public FacialRecognitionKind Kind { get; set; }

    /// <summary>The product and algorithm, e.g. "NEC NeoFace Live".</summary>
    public string Product { get; set; } = string.Empty;

    /// <summary>The supplier, an organisation in the register.</summary>
    public Guid? SupplierId { get; set; }

    public string? AlgorithmVersion { get; set; }

    /// <summary>The match threshold the system is set to unless a deployment records another (0 to 1).</summary>
    public double? DefaultThreshold { get; set; }

    public SystemStatus Status { get; set; }

    public string? ContractReference { get; set; }

    public DateOnly? ContractStart { get; set; }

    public DateOnly? ContractEnd { get; set; }

    /// <summary>One-off costs (purchase, installation), in pence of <see cref="Currency"/>.</summary>
    public long? CapitalCostPence { get; set; }

    /// <summary>Recurring costs per year (licences, support), in pence of <see cref="Currency"/>.</summary>
    public long? AnnualCostPence { get; set; }

    /// <summary>ISO 4217 code of the costs.</summary>
    public string Currency { get; set; } = "GBP";

    public string? Notes { get; set; }
}

/// <summary>An accuracy evaluation of a system's algorithm (domain section 2): who tested it, when, at which
/// threshold, the rates found, and what it found about demographic differences.</summary>
public sealed class AccuracyEvaluation : ForceRecord
{
    public const int TextLength = 4000;

    public Guid SystemId { get; set; }

    /// <summary>Who carried out the evaluation, e.g. "National Physical Laboratory".</summary>
    public string Evaluator { get; set; } = string.Empty;

    public DateOnly EvaluatedOn { get; set; }

    public string? AlgorithmVersion { get; set; }

    /// <summary>The match threshold evaluated (0 to 1).</summary>
    public double Threshold { get; set; }

    /// <summary>True positive identification rate, as a percentage (e.g. 89).</summary>
    public double? TruePositiveIdentificationRate { get; set; }

    /// <summary>False positive rate, as a percentage (e.g. 0.017).</summary>
    public double? FalsePositiveRate { get; set; }

    public int? WatchlistSize { get; set; }

    /// <summary>True when the evaluation found a statistically significant demographic imbalance at this threshold.</summary>
    public bool DemographicImbalanceFound { get; set; }

    public string? DemographicFindings { get; set; }

    /// <summary>Where the report is published, or its reference.</summary>
    public string? ReportReference { get; set; }
}
