using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Features.Retention;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.RetainedCounts;

/// <summary>A retained-image count's fields as people see them (FOI question 2b), and the form that creating and
/// editing share.</summary>
public sealed class RetainedCountFields : RecordFields
{
    public const string RecordType = nameof(RetainedImageCount);

    public static readonly RetainedCountFields Instance = new();

    public static readonly RecordKind<RetainedImageCount> Kind = new("retained-image count", "retained-image counts", "/retention/counts",
        c => RetentionFields.CategoryName(c.Category, c.OtherCategory) + " on " + c.CountedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), Instance);

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(RetainedImageCount.Category), "Category of data"),
        new(nameof(RetainedImageCount.OtherCategory), "Name of the category"),
        new(nameof(RetainedImageCount.CountedOn), "Counted on"),
        new(nameof(RetainedImageCount.Count), "Images held"),
        new(nameof(RetainedImageCount.BeyondPolicy), "Held beyond the retention rule"),
        new(nameof(RetainedImageCount.ReasonBeyondPolicy), "Why they are held beyond the rule"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public override string Display(string field, string? stored) => field switch
    {
        nameof(RetainedImageCount.Category) when Enum.TryParse<RetainedDataCategory>(stored, out var category) => RetentionFields.CategoryName(category),
        nameof(RetainedImageCount.Count) or nameof(RetainedImageCount.BeyondPolicy) when long.TryParse(stored, CultureInfo.InvariantCulture, out var n) => NumberInput.FormatCount(n),
        _ => base.Display(field, stored),
    };

    /// <summary>A day as pages show it: "1 June 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The fields the create and edit forms post. Numbers are posted as text, so a mistyped value is shown back.</summary>
    public class Form
    {
        [Required(ErrorMessage = "Select the category of data")]
        public RetainedDataCategory? Category { get; set; }

        [StringLength(PolicyDocument.TitleLength, ErrorMessage = "The name of the category must be 200 characters or fewer")]
        public string? OtherCategory { get; set; }

        public DateInput CountedOn { get; set; } = new();

        public string? Count { get; set; }

        public string? BeyondPolicy { get; set; }

        [StringLength(PolicyDocument.TextLength, ErrorMessage = "Why they are held beyond the rule must be 4,000 characters or fewer")]
        public string? ReasonBeyondPolicy { get; set; }

        [Required(ErrorMessage = "Select a handling marking")]
        public RecordMarking? Marking { get; set; }

        public bool DoNotConfirmOrDeny { get; set; }

        /// <summary>Reads and checks the form; changes <paramref name="count"/> only if every rule is met.</summary>
        public bool TryApply(RetainedImageCount count, GovernanceDbContext db, ModelStateDictionary modelState)
        {
            ArgumentNullException.ThrowIfNull(count);
            ArgumentNullException.ThrowIfNull(db);
            ArgumentNullException.ThrowIfNull(modelState);
            var countedOn = CountedOn.ReadDay(modelState, "Input.CountedOn", "the date of the count", required: true);
            var held = NumberInput.ReadCount(Count, modelState, "Input.Count", "the number of images", required: true);
            var beyond = NumberInput.ReadCount(BeyondPolicy, modelState, "Input.BeyondPolicy", "the number held beyond the retention rule");
            if (!modelState.IsValid)
            {
                return false;
            }
            var proposed = new RetainedImageCount
            {
                Category = Category!.Value,
                OtherCategory = Category == RetainedDataCategory.Other ? Blank(OtherCategory) : null,
                CountedOn = countedOn!.Value,
                Count = (int)held!.Value,
                BeyondPolicy = (int)(beyond ?? 0),
                ReasonBeyondPolicy = Blank(ReasonBeyondPolicy),
            };
            var today = UkTime.Today(db.Clock);
            foreach (var breach in RetentionRules.Check(proposed, today))
            {
                modelState.AddModelError($"Input.{breach.Field}", breach.Message);
            }
            if (!modelState.IsValid)
            {
                return false;
            }
            count.Category = proposed.Category;
            count.OtherCategory = proposed.OtherCategory;
            count.CountedOn = proposed.CountedOn;
            count.Count = proposed.Count;
            count.BeyondPolicy = proposed.BeyondPolicy;
            count.ReasonBeyondPolicy = proposed.BeyondPolicy > 0 ? proposed.ReasonBeyondPolicy : null;
            RecordHandling.Apply(db, count, Marking!.Value, DoNotConfirmOrDeny);
            return true;
        }

        public void LoadFrom(RetainedImageCount count)
        {
            ArgumentNullException.ThrowIfNull(count);
            Category = count.Category;
            OtherCategory = count.OtherCategory;
            CountedOn = DateInput.From(count.CountedOn);
            Count = count.Count.ToString(CultureInfo.InvariantCulture);
            BeyondPolicy = count.BeyondPolicy.ToString(CultureInfo.InvariantCulture);
            ReasonBeyondPolicy = count.ReasonBeyondPolicy;
            Marking = count.Marking;
            DoNotConfirmOrDeny = count.DoNotConfirmOrDeny;
        }

        /// <summary>The value the user entered for a field, written as history writes it, for conflict messages.</summary>
        public string? Entered(string field) => field switch
        {
            nameof(RetainedImageCount.Category) => Category is { } category ? RetentionFields.CategoryName(category) : null,
            nameof(RetainedImageCount.OtherCategory) => Blank(OtherCategory),
            nameof(RetainedImageCount.Count) => Count?.Trim(),
            nameof(RetainedImageCount.BeyondPolicy) => BeyondPolicy?.Trim(),
            nameof(RetainedImageCount.ReasonBeyondPolicy) => Blank(ReasonBeyondPolicy),
            nameof(RegisterRecord.Marking) => Marking is { } marking ? RecordMarkings.DisplayName(marking) : null,
            _ => null,
        };

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
