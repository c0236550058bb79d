using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>A facial recognition system's fields as people see them: labels, the names of kinds and statuses, and
/// the form that creating and editing share.</summary>
public sealed class SystemFields : RecordFields
{
    public static readonly SystemFields Instance = new();

    /// <summary>How the shared record pages name systems and find their pages.</summary>
    public static readonly RecordKind<FacialRecognitionSystem> Kind = new("system", "systems", "/systems", s => s.Name, Instance);

    public static readonly IReadOnlyList<FacialRecognitionKind> Kinds = Enum.GetValues<FacialRecognitionKind>();

    public static readonly IReadOnlyList<SystemStatus> Statuses = Enum.GetValues<SystemStatus>();

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(FacialRecognitionSystem.Name), "Name"),
        new(nameof(FacialRecognitionSystem.Kind), "Kind of facial recognition"),
        new(nameof(FacialRecognitionSystem.Product), "Product"),
        new(nameof(FacialRecognitionSystem.SupplierId), "Supplier"),
        new(nameof(FacialRecognitionSystem.AlgorithmVersion), "Algorithm version"),
        new(nameof(FacialRecognitionSystem.DefaultThreshold), "Default match threshold"),
        new(nameof(FacialRecognitionSystem.Status), "Status"),
        new(nameof(FacialRecognitionSystem.ContractReference), "Contract reference"),
        new(nameof(FacialRecognitionSystem.ContractStart), "Contract start"),
        new(nameof(FacialRecognitionSystem.ContractEnd), "Contract end"),
        new(nameof(FacialRecognitionSystem.CapitalCostPence), "Capital cost"),
        new(nameof(FacialRecognitionSystem.AnnualCostPence), "Annual cost"),
        new(nameof(FacialRecognitionSystem.Currency), "Currency"),
        new(nameof(FacialRecognitionSystem.Notes), "Notes"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string KindName(FacialRecognitionKind kind) => kind switch
    {
        FacialRecognitionKind.Live => "Live (LFR)",
        FacialRecognitionKind.Retrospective => "Retrospective (RFR)",
        FacialRecognitionKind.OperatorInitiated => "Operator-initiated (OIFR)",
        _ => kind.ToString(),
    };

    public static string StatusName(SystemStatus status) => status switch
    {
        SystemStatus.InService => "In service",
        _ => status.ToString(),
    };

    public static string StatusTagClass(SystemStatus status) => status switch
    {
        SystemStatus.InService => "govuk-tag--green",
        SystemStatus.Trial => "govuk-tag--yellow",
        SystemStatus.Proposed => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };

    /// <summary>A threshold as pages show it: "0.6".</summary>
    public static string Threshold(double? threshold) =>
        threshold is { } t ? t.ToString("0.####", English) : "Not set";

    /// <summary>A day as pages show it: "5 April 2023".</summary>
    public static string Day(DateOnly? day) => day is { } d ? d.ToString("d MMMM yyyy", English) : "Not set";

    /// <summary>Today in the UK, by the given clock.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return UkTime.Today(clock);
    }

    public override string Display(string field, string? stored) => field switch
    {
        nameof(FacialRecognitionSystem.Kind) when Enum.TryParse<FacialRecognitionKind>(stored, out var kind) => KindName(kind),
        nameof(FacialRecognitionSystem.Status) when Enum.TryParse<SystemStatus>(stored, out var status) => StatusName(status),
        nameof(FacialRecognitionSystem.CapitalCostPence) or nameof(FacialRecognitionSystem.AnnualCostPence)
            when long.TryParse(stored, CultureInfo.InvariantCulture, out var pence) => NumberInput.FormatMoney(pence),
        _ => base.Display(field, stored),
    };

    /// <summary>The fields the create and edit forms post. Numbers and dates are posted as typed, so a mistyped one
    /// is shown back; <see cref="Read"/> turns them into the record's values.</summary>
    public class Form
    {
        [Required(ErrorMessage = "Enter the system's name")]
        [StringLength(FacialRecognitionSystem.NameLength, ErrorMessage = "Name must be 200 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Select the kind of facial recognition")]
        public FacialRecognitionKind? Kind { get; set; }

        [Required(ErrorMessage = "Enter the product")]
        [StringLength(FacialRecognitionSystem.ShortTextLength, ErrorMessage = "Product must be 200 characters or fewer")]
        public string? Product { get; set; }

        public Guid? SupplierId { get; set; }

        [StringLength(FacialRecognitionSystem.ShortTextLength, ErrorMessage = "Algorithm version must be 200 characters or fewer")]
        public string? AlgorithmVersion { get; set; }

        public string? DefaultThreshold { get; set; }

        [Required(ErrorMessage = "Select the system's status")]
        public SystemStatus? Status { get; set; }

        [StringLength(FacialRecognitionSystem.ShortTextLength, ErrorMessage = "Contract reference must be 200 characters or fewer")]
        public string? ContractReference { get; set; }

        public DateInput ContractStart { get; set; } = new();

        public DateInput ContractEnd { get; set; } = new();

        public string? CapitalCost { get; set; }

        public string? AnnualCost { get; set; }

        [Required(ErrorMessage = "Enter the currency of the costs, like GBP")]
        public string? Currency { get; set; } = "GBP";

        [StringLength(FacialRecognitionSystem.NotesLength, ErrorMessage = "Notes must be 4,000 characters or fewer")]
        public string? Notes { get; set; }

        [Required(ErrorMessage = "Select a handling marking")]
        public RecordMarking? Marking { get; set; } = RecordMarking.Official;

        public bool DoNotConfirmOrDeny { get; set; }

        /// <summary>The form for a stored system.</summary>
        public void LoadFrom(FacialRecognitionSystem system)
        {
            ArgumentNullException.ThrowIfNull(system);
            Name = system.Name;
            Kind = system.Kind;
            Product = system.Product;
            SupplierId = system.SupplierId;
            AlgorithmVersion = system.AlgorithmVersion;
            DefaultThreshold = system.DefaultThreshold?.ToString("0.####", CultureInfo.InvariantCulture);
            Status = system.Status;
            ContractReference = system.ContractReference;
            ContractStart = DateInput.From(system.ContractStart);
            ContractEnd = DateInput.From(system.ContractEnd);
            CapitalCost = NumberInput.PenceForInput(system.CapitalCostPence);
            AnnualCost = NumberInput.PenceForInput(system.AnnualCostPence);
            Currency = system.Currency;
            Notes = system.Notes;
            Marking = system.Marking;
            DoNotConfirmOrDeny = system.DoNotConfirmOrDeny;
        }

        /// <summary>Writes the form into <paramref name="system"/>, adding any value that cannot be read and any
        /// broken rule to <paramref name="modelState"/>. The "do not confirm or deny" flag is changed only by a user
        /// cleared for such records.</summary>
        public void Read(FacialRecognitionSystem system, ModelStateDictionary modelState, bool clearedForDoNotConfirmOrDeny)
        {
            ArgumentNullException.ThrowIfNull(system);
            ArgumentNullException.ThrowIfNull(modelState);
            var threshold = NumberInput.ReadDecimal(DefaultThreshold, modelState, "Input.DefaultThreshold", "the default threshold", 0, 1);
            var start = ContractStart.ReadDay(modelState, "Input.ContractStart", "the contract start");
            var end = ContractEnd.ReadDay(modelState, "Input.ContractEnd", "the contract end");
            var capital = NumberInput.ReadPence(CapitalCost, modelState, "Input.CapitalCost", "the capital cost");
            var annual = NumberInput.ReadPence(AnnualCost, modelState, "Input.AnnualCost", "the annual cost");
            if (!modelState.IsValid)
            {
                return;
            }
            system.Name = Name!.Trim();
            system.Kind = Kind!.Value;
            system.Product = Product!.Trim();
            system.SupplierId = SupplierId;
            system.AlgorithmVersion = Blank(AlgorithmVersion);
            system.DefaultThreshold = threshold;
            system.Status = Status!.Value;
            system.ContractReference = Blank(ContractReference);
            system.ContractStart = start;
            system.ContractEnd = end;
            system.CapitalCostPence = capital;
            system.AnnualCostPence = annual;
            system.Currency = Currency!.Trim().ToUpperInvariant();
            system.Notes = Blank(Notes);
            RecordHandling.Apply(system, Marking!.Value, DoNotConfirmOrDeny, clearedForDoNotConfirmOrDeny);
            foreach (var breach in SystemRules.Check(system))
            {
                modelState.AddModelError(KeyOf(breach.Field), breach.Message);
            }
        }

        /// <summary>The value the user entered for a field, written as history writes it, for conflict messages.</summary>
        public string? Entered(string field) => field switch
        {
            nameof(FacialRecognitionSystem.Name) => Name?.Trim(),
            nameof(FacialRecognitionSystem.Kind) => Kind is { } kind ? KindName(kind) : null,
            nameof(FacialRecognitionSystem.Product) => Product?.Trim(),
            nameof(FacialRecognitionSystem.AlgorithmVersion) => Blank(AlgorithmVersion) ?? "Not set",
            nameof(FacialRecognitionSystem.DefaultThreshold) => Blank(DefaultThreshold) ?? "Not set",
            nameof(FacialRecognitionSystem.Status) => Status is { } status ? StatusName(status) : null,
            nameof(FacialRecognitionSystem.ContractReference) => Blank(ContractReference) ?? "Not set",
            nameof(FacialRecognitionSystem.Currency) => Blank(Currency),
            nameof(FacialRecognitionSystem.Notes) => Blank(Notes) ?? "Not set",
            nameof(RegisterRecord.Marking) => Marking is { } marking ? RecordMarkings.DisplayName(marking) : null,
            _ => null,
        };

        /// <summary>The form key a rule's field is shown under.</summary>
        public static string KeyOf(string field) => "Input." + field switch
        {
            nameof(FacialRecognitionSystem.CapitalCostPence) => nameof(CapitalCost),
            nameof(FacialRecognitionSystem.AnnualCostPence) => nameof(AnnualCost),
            _ => field,
        };

        internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
