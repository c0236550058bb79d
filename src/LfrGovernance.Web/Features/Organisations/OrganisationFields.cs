using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>An organisation's fields as people see them: labels, the names of its kinds, and the form that
/// creating and editing share.</summary>
public sealed class OrganisationFields : RecordFields
{
    public const string RecordType = nameof(Organisation);

    public static readonly OrganisationFields Instance = new();

    /// <summary>How the shared record pages name organisations and find their pages.</summary>
    public static readonly RecordKind<Organisation> Kind = new("organisation", "organisations", "/organisations", o => o.Name, Instance);

    public static readonly IReadOnlyList<OrganisationKind> Kinds = Enum.GetValues<OrganisationKind>();

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(Organisation.Name), "Name"),
        new(nameof(Organisation.Kind), "Type of organisation"),
        new(nameof(Organisation.Contact), "Contact"),
        new(nameof(Organisation.Notes), "Notes"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string KindName(OrganisationKind kind) => kind switch
    {
        OrganisationKind.LocalAuthority => "Local authority",
        OrganisationKind.OtherForce => "Another police force",
        OrganisationKind.Vendor => "Supplier",
        OrganisationKind.Academic => "University or research body",
        _ => kind.ToString(),
    };

    public override string Display(string field, string? stored) =>
        field == nameof(Organisation.Kind) && Enum.TryParse<OrganisationKind>(stored, out var kind)
            ? KindName(kind)
            : base.Display(field, stored);

    /// <summary>The fields the create and edit forms post.</summary>
    public class Form
    {
        [Required(ErrorMessage = "Enter the organisation's name")]
        [StringLength(Organisation.NameLength, ErrorMessage = "Name must be 200 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Select the type of organisation")]
        public OrganisationKind? Kind { get; set; }

        [StringLength(Organisation.ContactLength, ErrorMessage = "Contact must be 500 characters or fewer")]
        public string? Contact { get; set; }

        [StringLength(Organisation.NotesLength, ErrorMessage = "Notes must be 4,000 characters or fewer")]
        public string? Notes { get; set; }

        [Required(ErrorMessage = "Select a handling marking")]
        public RecordMarking? Marking { get; set; }

        public void ApplyTo(Organisation organisation)
        {
            ArgumentNullException.ThrowIfNull(organisation);
            organisation.Name = Name!.Trim();
            organisation.Kind = Kind!.Value;
            organisation.Contact = Blank(Contact);
            organisation.Notes = Blank(Notes);
            organisation.Marking = Marking!.Value;
        }

        /// <summary>The value the user entered for a field, written as history writes it, for conflict messages.</summary>
        public string? Entered(string field) => field switch
        {
            nameof(Organisation.Name) => Name?.Trim(),
            nameof(Organisation.Kind) => Kind is { } kind ? KindName(kind) : null,
            nameof(Organisation.Contact) => Blank(Contact) ?? "Not set",
            nameof(Organisation.Notes) => Blank(Notes) ?? "Not set",
            nameof(Organisation.Marking) => Marking is { } marking ? RecordMarkings.DisplayName(marking) : null,
            _ => null,
        };

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
