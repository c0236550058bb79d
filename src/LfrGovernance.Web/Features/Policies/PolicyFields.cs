using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

// Not "Features.Policies": that namespace would hide Authorization.Policies from every feature.
namespace LfrGovernance.Web.Features.PolicyDocuments;

/// <summary>A policy document's fields as people see them: labels, the names of its kinds, and the form that
/// creating and editing share.</summary>
public sealed class PolicyFields : RecordFields
{
    public const string RecordType = nameof(PolicyDocument);

    public static readonly PolicyFields Instance = new();

    public static readonly RecordKind<PolicyDocument> Kind = new("policy", "policies", "/policies", p => p.Title, Instance);

    public static readonly IReadOnlyList<PolicyKind> Kinds = Enum.GetValues<PolicyKind>();

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(PolicyDocument.Title), "Title"),
        new(nameof(PolicyDocument.Kind), "Kind of policy"),
        new(nameof(PolicyDocument.DocumentVersion), "Version"),
        new(nameof(PolicyDocument.CreatedOn), "Created"),
        new(nameof(PolicyDocument.ApprovedOn), "Approved"),
        new(nameof(PolicyDocument.NextReviewOn), "Next review"),
        new(nameof(PolicyDocument.OwnerId), "Owner"),
        new(nameof(PolicyDocument.Summary), "Summary"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string KindName(PolicyKind kind) => kind switch
    {
        PolicyKind.DeploymentPolicy => "Deployment policy",
        PolicyKind.CollaborationPolicy => "Collaboration or data sharing policy",
        PolicyKind.RetentionPolicy => "Retention policy",
        PolicyKind.StandardOperatingProcedure => "Standard operating procedure",
        PolicyKind.AppropriatePolicyDocument => "Appropriate policy document",
        PolicyKind.Guidance => "Guidance",
        _ => kind.ToString(),
    };

    /// <summary>A day as pages show it: "5 January 2024".</summary>
    public static string Day(DateOnly? day, string none = "Not set") =>
        day is { } d ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : none;

    public override string Display(string field, string? stored) => field switch
    {
        nameof(PolicyDocument.Kind) when Enum.TryParse<PolicyKind>(stored, out var kind) => KindName(kind),
        nameof(RegisterRecord.DoNotConfirmOrDeny) => stored == "True" ? "Yes" : "No",
        _ => base.Display(field, stored),
    };

    /// <summary>The fields the create and edit forms post.</summary>
    public class Form
    {
        [Required(ErrorMessage = "Enter the policy's title")]
        [StringLength(PolicyDocument.TitleLength, ErrorMessage = "Title must be 200 characters or fewer")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Select the kind of policy")]
        public PolicyKind? Kind { get; set; }

        [Required(ErrorMessage = "Enter the policy's version, for example 1.0")]
        [StringLength(20, ErrorMessage = "Version must be 20 characters or fewer")]
        public string? DocumentVersion { get; set; }

        public DateInput CreatedOn { get; set; } = new();

        public DateInput ApprovedOn { get; set; } = new();

        public DateInput NextReviewOn { get; set; } = new();

        public Guid? OwnerId { get; set; }

        [StringLength(PolicyDocument.TextLength, ErrorMessage = "Summary must be 4,000 characters or fewer")]
        public string? Summary { get; set; }

        [Required(ErrorMessage = "Select a handling marking")]
        public RecordMarking? Marking { get; set; }

        public bool DoNotConfirmOrDeny { get; set; }

        /// <summary>Copies the form onto <paramref name="policy"/> after checking the dates, the owner and the domain
        /// rules; returns false, with each problem in <paramref name="modelState"/>, when something is wrong. The
        /// "do not confirm or deny" flag is changed only by users cleared to see such records.</summary>
        public async Task<bool> TryApplyAsync(PolicyDocument policy, GovernanceDbContext db, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(policy);
            ArgumentNullException.ThrowIfNull(db);
            ArgumentNullException.ThrowIfNull(modelState);
            var created = CreatedOn.ReadDay(modelState, "Input.CreatedOn", "the date the policy was created", required: true);
            var approved = ApprovedOn.ReadDay(modelState, "Input.ApprovedOn", "the date the policy was approved");
            var review = NextReviewOn.ReadDay(modelState, "Input.NextReviewOn", "the date of the next review");
            if (OwnerId is { } owner && owner != policy.OwnerId
                && !await db.People.AnyAsync(p => p.Id == owner && p.RetiredAt == null, cancellationToken))
            {
                modelState.AddModelError("Input.OwnerId", "Select the owner from the list");
            }
            if (!modelState.IsValid)
            {
                return false;
            }
            var today = UkTime.Today(db.Clock);
            var proposed = new PolicyDocument { CreatedOn = created!.Value, ApprovedOn = approved, NextReviewOn = review };
            foreach (var breach in PolicyRules.Check(proposed, today))
            {
                modelState.AddModelError($"Input.{breach.Field}", breach.Message);
            }
            if (!modelState.IsValid)
            {
                return false;
            }
            policy.Title = Title!.Trim();
            policy.Kind = Kind!.Value;
            policy.DocumentVersion = DocumentVersion!.Trim();
            policy.CreatedOn = created.Value;
            policy.ApprovedOn = approved;
            policy.NextReviewOn = review;
            policy.OwnerId = OwnerId;
            policy.Summary = Blank(Summary);
            RecordHandling.Apply(db, policy, Marking!.Value, DoNotConfirmOrDeny);
            return true;
        }

        public void LoadFrom(PolicyDocument policy)
        {
            ArgumentNullException.ThrowIfNull(policy);
            Title = policy.Title;
            Kind = policy.Kind;
            DocumentVersion = policy.DocumentVersion;
            CreatedOn = DateInput.From(policy.CreatedOn);
            ApprovedOn = DateInput.From(policy.ApprovedOn);
            NextReviewOn = DateInput.From(policy.NextReviewOn);
            OwnerId = policy.OwnerId;
            Summary = policy.Summary;
            Marking = policy.Marking;
            DoNotConfirmOrDeny = policy.DoNotConfirmOrDeny;
        }

        /// <summary>The value the user entered for a field, written as history writes it, for conflict messages.</summary>
        public string? Entered(string field) => field switch
        {
            nameof(PolicyDocument.Title) => Title?.Trim(),
            nameof(PolicyDocument.Kind) => Kind is { } kind ? KindName(kind) : null,
            nameof(PolicyDocument.DocumentVersion) => DocumentVersion?.Trim(),
            nameof(PolicyDocument.Summary) => Blank(Summary) ?? "Not set",
            nameof(RegisterRecord.Marking) => Marking is { } marking ? RecordMarkings.DisplayName(marking) : null,
            _ => null,
        };

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
