using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>A collaboration's fields as people see them: labels, the names of manners and statuses, and the form
/// that creating and editing share.</summary>
public sealed class CollaborationFields : RecordFields
{
    public static readonly CollaborationFields Instance = new();

    /// <summary>How the shared record pages name collaborations and find their pages.</summary>
    public static readonly RecordKind<Collaboration> Kind = new("collaboration", "collaborations", "/collaborations",
        c => c.Reference + " " + c.Title, Instance);

    /// <summary>Every manner a user can select (not None).</summary>
    public static readonly IReadOnlyList<CollaborationManner> Manners =
        Enum.GetValues<CollaborationManner>().Where(m => m != CollaborationManner.None).ToList();

    public static readonly IReadOnlyList<CollaborationStatus> Statuses = Enum.GetValues<CollaborationStatus>();

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(Collaboration.Reference), "Reference"),
        new(nameof(Collaboration.Title), "Title"),
        new(nameof(Collaboration.OrganisationId), "Organisation"),
        new(nameof(Collaboration.Manner), "Manner of collaboration"),
        new(nameof(Collaboration.Status), "Status"),
        new(nameof(Collaboration.Description), "Description"),
        new(nameof(Collaboration.StartedOn), "Started"),
        new(nameof(Collaboration.EndedOn), "Ended"),
        new(nameof(Collaboration.Locations), "Locations"),
        new(nameof(Collaboration.CostPence), "Cost"),
        new(nameof(Collaboration.Currency), "Currency"),
        new(nameof(Collaboration.PaidBy), "Paid by"),
        new(nameof(Collaboration.DataSharingAgreement), "Data-sharing agreement in place"),
        new(nameof(Collaboration.DataSharingAgreementReference), "Data-sharing agreement reference"),
        new(nameof(Collaboration.ControllerRoles), "Controller roles"),
        new(nameof(Collaboration.MatchAlertProtocol), "Match-alert protocol"),
        new(nameof(Collaboration.Alerts), "Alerts"),
        new(nameof(Collaboration.AlertsActedOn), "Alerts acted on"),
        new(nameof(Collaboration.TruePositives), "True positives"),
        new(nameof(Collaboration.FalsePositives), "False positives"),
        new(nameof(Collaboration.Notes), "Notes"),
        new(nameof(Collaboration.DecisionRequestedAt), "Decision asked for"),
        new(nameof(Collaboration.DecisionCase), "Case for the collaboration"),
        new(nameof(Collaboration.ApplicantId), "Asked for by"),
        new(nameof(Collaboration.ApplicantAccountObjectId), "Asked for by (sign-in account)"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string MannerName(CollaborationManner manner) => manner switch
    {
        CollaborationManner.ImageSharing => "Image sharing",
        CollaborationManner.JointOperation => "Joint operation",
        CollaborationManner.TechnologyProvision => "Technology provision",
        _ => manner.ToString(),
    };

    /// <summary>The manners of a collaboration, as a list for people: "Advice, Image sharing".</summary>
    public static string MannerNames(CollaborationManner manners) =>
        manners == CollaborationManner.None ? "None recorded" : string.Join(", ", Manners.Where(m => manners.HasFlag(m)).Select(MannerName));

    public static string StatusTagClass(CollaborationStatus status) => status switch
    {
        CollaborationStatus.Active => "govuk-tag--green",
        CollaborationStatus.Proposed => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };

    public static string Day(DateOnly? day) => day is { } d ? d.ToString("d MMMM yyyy", English) : "Not set";

    /// <summary>The period as pages show it: "1 May 2018 to 30 September 2018", "From 1 May 2018".</summary>
    public static string Period(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => "Not recorded",
        ({ } s, null) => $"From {Day(s)}",
        (null, { } e) => $"Until {Day(e)}",
        ({ } s, { } e) => $"{Day(s)} to {Day(e)}",
    };

    public static string Count(int? count) => count is { } c ? NumberInput.FormatCount(c) : "Not recorded";

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", null => "Not known" };

    public override string Display(string field, string? stored) => field switch
    {
        nameof(Collaboration.Manner) when int.TryParse(stored, CultureInfo.InvariantCulture, out var flags) => MannerNames((CollaborationManner)flags),
        nameof(Collaboration.Manner) when Enum.TryParse<CollaborationManner>(stored, out var manner) => MannerNames(manner),
        nameof(Collaboration.CostPence) when long.TryParse(stored, CultureInfo.InvariantCulture, out var pence) => NumberInput.FormatMoney(pence),
        nameof(Collaboration.DataSharingAgreement) when bool.TryParse(stored, out var yes) => YesNo(yes),
        _ => base.Display(field, stored),
    };

    /// <summary>The fields the create and edit forms post; numbers and dates as typed.</summary>
    public class Form
    {
        [Required(ErrorMessage = "Enter the collaboration's reference")]
        [StringLength(Collaboration.ReferenceLength, ErrorMessage = "Reference must be 50 characters or fewer")]
        public string? Reference { get; set; }

        [Required(ErrorMessage = "Enter a title")]
        [StringLength(Collaboration.ShortTextLength, ErrorMessage = "Title must be 200 characters or fewer")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Select the organisation")]
        public Guid? OrganisationId { get; set; }

        public List<CollaborationManner> Manner { get; set; } = [];

        [Required(ErrorMessage = "Select the collaboration's status")]
        public CollaborationStatus? Status { get; set; }

        [StringLength(Collaboration.LongTextLength, ErrorMessage = "Description must be 4,000 characters or fewer")]
        public string? Description { get; set; }

        public DateInput StartedOn { get; set; } = new();

        public DateInput EndedOn { get; set; } = new();

        [StringLength(Collaboration.MediumTextLength, ErrorMessage = "Locations must be 2,000 characters or fewer")]
        public string? Locations { get; set; }

        public string? Cost { get; set; }

        [Required(ErrorMessage = "Enter the currency of the cost, like GBP")]
        public string? Currency { get; set; } = "GBP";

        [StringLength(Collaboration.ShortTextLength, ErrorMessage = "Paid by must be 200 characters or fewer")]
        public string? PaidBy { get; set; }

        public bool? DataSharingAgreement { get; set; }

        [StringLength(Collaboration.ShortTextLength, ErrorMessage = "The agreement reference must be 200 characters or fewer")]
        public string? DataSharingAgreementReference { get; set; }

        [StringLength(Collaboration.MediumTextLength, ErrorMessage = "Controller roles must be 2,000 characters or fewer")]
        public string? ControllerRoles { get; set; }

        [StringLength(Collaboration.LongTextLength, ErrorMessage = "The match-alert protocol must be 4,000 characters or fewer")]
        public string? MatchAlertProtocol { get; set; }

        public string? Alerts { get; set; }

        public string? AlertsActedOn { get; set; }

        public string? TruePositives { get; set; }

        public string? FalsePositives { get; set; }

        [StringLength(Collaboration.LongTextLength, ErrorMessage = "Notes must be 4,000 characters or fewer")]
        public string? Notes { get; set; }

        [Required(ErrorMessage = "Select a handling marking")]
        public RecordMarking? Marking { get; set; } = RecordMarking.Official;

        public bool DoNotConfirmOrDeny { get; set; }

        public void LoadFrom(Collaboration c)
        {
            ArgumentNullException.ThrowIfNull(c);
            Reference = c.Reference;
            Title = c.Title;
            OrganisationId = c.OrganisationId;
            Manner = Manners.Where(m => c.Manner.HasFlag(m)).ToList();
            Status = c.Status;
            Description = c.Description;
            StartedOn = DateInput.From(c.StartedOn);
            EndedOn = DateInput.From(c.EndedOn);
            Locations = c.Locations;
            Cost = NumberInput.PenceForInput(c.CostPence);
            Currency = c.Currency;
            PaidBy = c.PaidBy;
            DataSharingAgreement = c.DataSharingAgreement;
            DataSharingAgreementReference = c.DataSharingAgreementReference;
            ControllerRoles = c.ControllerRoles;
            MatchAlertProtocol = c.MatchAlertProtocol;
            Alerts = c.Alerts?.ToString(CultureInfo.InvariantCulture);
            AlertsActedOn = c.AlertsActedOn?.ToString(CultureInfo.InvariantCulture);
            TruePositives = c.TruePositives?.ToString(CultureInfo.InvariantCulture);
            FalsePositives = c.FalsePositives?.ToString(CultureInfo.InvariantCulture);
            Notes = c.Notes;
            Marking = c.Marking;
            DoNotConfirmOrDeny = c.DoNotConfirmOrDeny;
        }

        /// <summary>Writes the form into <paramref name="c"/>, adding any value that cannot be read and any broken rule
        /// to <paramref name="modelState"/>. The "do not confirm or deny" flag is changed only by a cleared user.</summary>
        public void Read(Collaboration c, ModelStateDictionary modelState, bool clearedForDoNotConfirmOrDeny)
        {
            ArgumentNullException.ThrowIfNull(c);
            ArgumentNullException.ThrowIfNull(modelState);
            var started = StartedOn.ReadDay(modelState, "Input.StartedOn", "the start");
            var ended = EndedOn.ReadDay(modelState, "Input.EndedOn", "the end");
            var cost = NumberInput.ReadPence(Cost, modelState, "Input.Cost", "the cost");
            var alerts = NumberInput.ReadCount(Alerts, modelState, "Input.Alerts", "alerts");
            var actedOn = NumberInput.ReadCount(AlertsActedOn, modelState, "Input.AlertsActedOn", "alerts acted on");
            var truePositives = NumberInput.ReadCount(TruePositives, modelState, "Input.TruePositives", "true positives");
            var falsePositives = NumberInput.ReadCount(FalsePositives, modelState, "Input.FalsePositives", "false positives");
            // Checked here as well as by the rules, so that it shows with the other missing answers.
            if (Manner.Count == 0)
            {
                modelState.AddModelError("Input.Manner", "Select at least one way the force and the organisation worked together");
            }
            var currency = Blank(Currency)?.ToUpperInvariant();
            if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
            {
                modelState.AddModelError("Input.Currency", "The currency must be a three-letter code, like GBP");
            }
            if (!modelState.IsValid)
            {
                return;
            }
            c.Reference = Reference!.Trim();
            c.Title = Title!.Trim();
            c.OrganisationId = OrganisationId!.Value;
            c.Manner = Manner.Aggregate(CollaborationManner.None, (all, m) => all | m);
            c.Status = Status!.Value;
            c.Description = Blank(Description);
            c.StartedOn = started;
            c.EndedOn = ended;
            c.Locations = Blank(Locations);
            c.CostPence = cost;
            c.Currency = currency!;
            c.PaidBy = Blank(PaidBy);
            c.DataSharingAgreement = DataSharingAgreement;
            c.DataSharingAgreementReference = Blank(DataSharingAgreementReference);
            c.ControllerRoles = Blank(ControllerRoles);
            c.MatchAlertProtocol = Blank(MatchAlertProtocol);
            c.Alerts = (int?)alerts;
            c.AlertsActedOn = (int?)actedOn;
            c.TruePositives = (int?)truePositives;
            c.FalsePositives = (int?)falsePositives;
            c.Notes = Blank(Notes);
            RecordHandling.Apply(c, Marking!.Value, DoNotConfirmOrDeny, clearedForDoNotConfirmOrDeny);
            foreach (var breach in CollaborationRules.Check(c).Where(b => b.Field != nameof(Collaboration.Manner)))
            {
                modelState.AddModelError("Input." + (breach.Field == nameof(Collaboration.CostPence) ? nameof(Cost) : breach.Field), breach.Message);
            }
        }

        /// <summary>The value the user entered for a field, written as history writes it, for conflict messages.</summary>
        public string? Entered(string field) => field switch
        {
            nameof(Collaboration.Reference) => Reference?.Trim(),
            nameof(Collaboration.Title) => Title?.Trim(),
            nameof(Collaboration.Manner) => MannerNames(Manner.Aggregate(CollaborationManner.None, (all, m) => all | m)),
            nameof(Collaboration.Status) => Status?.ToString(),
            nameof(Collaboration.Description) => Blank(Description) ?? "Not set",
            nameof(Collaboration.Locations) => Blank(Locations) ?? "Not set",
            nameof(Collaboration.PaidBy) => Blank(PaidBy) ?? "Not set",
            nameof(Collaboration.ControllerRoles) => Blank(ControllerRoles) ?? "Not set",
            nameof(Collaboration.MatchAlertProtocol) => Blank(MatchAlertProtocol) ?? "Not set",
            nameof(Collaboration.Alerts) => Blank(Alerts) ?? "Not set",
            nameof(Collaboration.AlertsActedOn) => Blank(AlertsActedOn) ?? "Not set",
            nameof(Collaboration.TruePositives) => Blank(TruePositives) ?? "Not set",
            nameof(Collaboration.FalsePositives) => Blank(FalsePositives) ?? "Not set",
            nameof(Collaboration.Notes) => Blank(Notes) ?? "Not set",
            nameof(RegisterRecord.Marking) => Marking is { } marking ? RecordMarkings.DisplayName(marking) : null,
            _ => null,
        };

        internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
