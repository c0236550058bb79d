using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.People;

/// <summary>A person's fields as people see them: labels, and the form that creating and editing share.</summary>
public sealed class PersonFields : RecordFields
{
    public const string RecordType = nameof(Person);

    public static readonly PersonFields Instance = new();

    /// <summary>How the shared record pages name people and find their pages.</summary>
    public static readonly RecordKind<Person> Kind = new("person", "people", "/people", p => p.Name, Instance)
    {
        Pronoun = RecordPronoun.They,
        Keeps = "ranks and history",
    };

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(Person.Name), "Name"),
        new(nameof(Person.CollarOrWarrantNumber), "Collar or warrant number"),
        new(nameof(Person.AccountObjectId), "Sign-in account object ID"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    /// <summary>The fields the create and edit forms post.</summary>
    public class Form
    {
        [Required(ErrorMessage = "Enter the person's name")]
        [StringLength(Person.NameLength, ErrorMessage = "Name must be 200 characters or fewer")]
        public string? Name { get; set; }

        [StringLength(Person.NumberLength, ErrorMessage = "Collar or warrant number must be 50 characters or fewer")]
        public string? CollarOrWarrantNumber { get; set; }

        [StringLength(Person.AccountLength, ErrorMessage = "Sign-in account object ID must be 200 characters or fewer")]
        public string? AccountObjectId { get; set; }

        [Required(ErrorMessage = "Select a handling marking")]
        public RecordMarking? Marking { get; set; }

        public void ApplyTo(Person person)
        {
            ArgumentNullException.ThrowIfNull(person);
            person.Name = Name!.Trim();
            person.CollarOrWarrantNumber = Blank(CollarOrWarrantNumber);
            person.AccountObjectId = Blank(AccountObjectId);
            person.Marking = Marking!.Value;
        }

        /// <summary>The value the user entered for a field, written as history writes it, for conflict messages.</summary>
        public string? Entered(string field) => field switch
        {
            nameof(Person.Name) => Name?.Trim(),
            nameof(Person.CollarOrWarrantNumber) => Blank(CollarOrWarrantNumber) ?? "Not set",
            nameof(Person.AccountObjectId) => Blank(AccountObjectId) ?? "Not set",
            nameof(Person.Marking) => Marking is { } marking ? RecordMarkings.DisplayName(marking) : null,
            _ => null,
        };

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
