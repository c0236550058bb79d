using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Retention;

/// <summary>A retention rule's fields as people see them, the names of the data categories and period units, and the
/// form that creating and editing share.</summary>
public sealed class RetentionFields : RecordFields
{
    public const string RecordType = nameof(RetentionRule);

    public static readonly RetentionFields Instance = new();

    public static readonly RecordKind<RetentionRule> Kind = new("retention rule", "retention rules", "/retention",
        r => CategoryName(r.Category, r.OtherCategory), Instance);

    public static readonly IReadOnlyList<RetainedDataCategory> Categories = Enum.GetValues<RetainedDataCategory>();

    public static readonly IReadOnlyList<RetentionPeriodUnit> Units = Enum.GetValues<RetentionPeriodUnit>();

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(RetentionRule.Category), "Category of data"),
        new(nameof(RetentionRule.OtherCategory), "Name of the category"),
        new(nameof(RetentionRule.Period), "Period"),
        new(nameof(RetentionRule.PeriodUnit), "Unit"),
        new(nameof(RetentionRule.DeletionMethod), "How it is deleted"),
        new(nameof(RetentionRule.PolicyDocumentId), "Policy that sets it"),
        new(nameof(RetentionRule.AppliesFrom), "Applies from"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string CategoryName(RetainedDataCategory category, string? other = null) => category switch
    {
        RetainedDataCategory.NonMatchedBiometric => "Biometric data of people not matched",
        RetainedDataCategory.AlertImages => "Alert images",
        RetainedDataCategory.Watchlist => "Watchlist",
        RetainedDataCategory.CctvFootage => "CCTV footage",
        RetainedDataCategory.ImagesSharedWithPartners => "Images shared with partners",
        RetainedDataCategory.Other => string.IsNullOrWhiteSpace(other) ? "Other" : other.Trim(),
        _ => category.ToString(),
    };

    public static string UnitName(RetentionPeriodUnit unit) => unit switch
    {
        RetentionPeriodUnit.Immediately => "Immediately (period 0)",
        _ => unit.ToString(),
    };

    public override string Display(string field, string? stored) => field switch
    {
        nameof(RetentionRule.Category) when Enum.TryParse<RetainedDataCategory>(stored, out var category) => CategoryName(category),
        nameof(RetentionRule.PeriodUnit) when Enum.TryParse<RetentionPeriodUnit>(stored, out var unit) => UnitName(unit),
        nameof(RegisterRecord.DoNotConfirmOrDeny) => stored == "True" ? "Yes" : "No",
        _ => base.Display(field, stored),
    };

    /// <summary>The fields the create and edit forms post. The period is posted as text, so a mistyped value is shown back.</summary>
    public class Form
    {
        [Required(ErrorMessage = "Select the category of data")]
        public RetainedDataCategory? Category { get; set; }

        [StringLength(PolicyDocument.TitleLength, ErrorMessage = "The name of the category must be 200 characters or fewer")]
        public string? OtherCategory { get; set; }

        public string? Period { get; set; }

        [Required(ErrorMessage = "Select the unit of the period")]
        public RetentionPeriodUnit? PeriodUnit { get; set; }

        [Required(ErrorMessage = "Enter how the data is deleted")]
        [StringLength(1000, ErrorMessage = "How it is deleted must be 1,000 characters or fewer")]
        public string? DeletionMethod { get; set; }

        public Guid? PolicyDocumentId { get; set; }

        public DateInput AppliesFrom { get; set; } = new();

        [Required(ErrorMessage = "Select a handling marking")]
        public RecordMarking? Marking { get; set; }

        public bool DoNotConfirmOrDeny { get; set; }

        public async Task<bool> TryApplyAsync(RetentionRule rule, GovernanceDbContext db, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(rule);
            ArgumentNullException.ThrowIfNull(db);
            ArgumentNullException.ThrowIfNull(modelState);
            var period = NumberInput.ReadCount(Period, modelState, "Input.Period", "the period", required: true, max: 10_000);
            var appliesFrom = AppliesFrom.ReadDay(modelState, "Input.AppliesFrom", "the date the rule applies from");
            if (PolicyDocumentId is { } policy && policy != rule.PolicyDocumentId
                && !await db.Policies.AnyAsync(p => p.Id == policy && p.RetiredAt == null, cancellationToken))
            {
                modelState.AddModelError("Input.PolicyDocumentId", "Select the policy from the list");
            }
            if (!modelState.IsValid)
            {
                return false;
            }
            var proposed = new RetentionRule
            {
                Category = Category!.Value,
                OtherCategory = Category == RetainedDataCategory.Other ? Blank(OtherCategory) : null,
                Period = (int)period!.Value,
                PeriodUnit = PeriodUnit!.Value,
                DeletionMethod = DeletionMethod!.Trim(),
            };
            foreach (var breach in RetentionRules.Check(proposed))
            {
                modelState.AddModelError($"Input.{breach.Field}", breach.Message);
            }
            if (!modelState.IsValid)
            {
                return false;
            }
            rule.Category = proposed.Category;
            rule.OtherCategory = proposed.OtherCategory;
            rule.Period = proposed.Period;
            rule.PeriodUnit = proposed.PeriodUnit;
            rule.DeletionMethod = proposed.DeletionMethod;
            rule.PolicyDocumentId = PolicyDocumentId;
            rule.AppliesFrom = appliesFrom;
            RecordHandling.Apply(db, rule, Marking!.Value, DoNotConfirmOrDeny);
            return true;
        }

        public void LoadFrom(RetentionRule rule)
        {
            ArgumentNullException.ThrowIfNull(rule);
            Category = rule.Category;
            OtherCategory = rule.OtherCategory;
            Period = rule.Period.ToString(System.Globalization.CultureInfo.InvariantCulture);
            PeriodUnit = rule.PeriodUnit;
            DeletionMethod = rule.DeletionMethod;
            PolicyDocumentId = rule.PolicyDocumentId;
            AppliesFrom = DateInput.From(rule.AppliesFrom);
            Marking = rule.Marking;
            DoNotConfirmOrDeny = rule.DoNotConfirmOrDeny;
        }

        /// <summary>The value the user entered for a field, written as history writes it, for conflict messages.</summary>
        public string? Entered(string field) => field switch
        {
            nameof(RetentionRule.Category) => Category is { } category ? CategoryName(category) : null,
            nameof(RetentionRule.Period) => Period?.Trim(),
            nameof(RetentionRule.DeletionMethod) => DeletionMethod?.Trim(),
            nameof(RegisterRecord.Marking) => Marking is { } marking ? RecordMarkings.DisplayName(marking) : null,
            _ => null,
        };

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
