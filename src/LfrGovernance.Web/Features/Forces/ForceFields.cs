using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Forces;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>A force's fields as people see them: labels, and the form that creating and editing share.</summary>
public sealed class ForceFields : RecordFields
{
    public const string RecordType = nameof(Force);

    public static readonly ForceFields Instance = new();

    /// <summary>The rule that keeps the default force: new records would have no force to belong to.</summary>
    public const string DefaultCannotRetire = "The default force cannot be retired. Make another force the default first";

    /// <summary>How the shared record pages name forces and find their pages; the default force cannot be retired.</summary>
    public static readonly RecordKind<Force> Kind = new("force", "forces", "/forces", f => f.Name, Instance)
    {
        RetireRule = force => force.IsDefault ? DefaultCannotRetire : null,
    };

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(Force.Name), "Name"),
        new(nameof(Force.Code), "Code"),
        new(nameof(Force.IsDefault), "Default force"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    /// <summary>The error beside the code when another force (current or retired) already has it.</summary>
    public static string CodeTaken(string code) => $"Another force already has the code {code}";

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public override string Display(string field, string? stored) =>
        field == nameof(Force.IsDefault) && bool.TryParse(stored, out var isDefault)
            ? YesNo(isDefault)
            : base.Display(field, stored);

    /// <summary>A code as the register keeps it: trimmed, in capitals, so "exc" and "EXC" are the same code.</summary>
    public static string NormaliseCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }

    /// <summary>The fields the create and edit forms post.</summary>
    public class Form
    {
        [Required(ErrorMessage = "Enter the force's name")]
        [StringLength(Force.NameLength, ErrorMessage = "Name must be 200 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter the force's code")]
        [StringLength(Force.CodeLength, ErrorMessage = "Code must be 20 characters or fewer")]
        [RegularExpression(@"^\s*[A-Za-z0-9-]+\s*$", ErrorMessage = "Code must contain only letters, digits and hyphens")]
        public string? Code { get; set; }

        public void ApplyTo(Force force)
        {
            ArgumentNullException.ThrowIfNull(force);
            force.Name = Name!.Trim();
            force.Code = NormaliseCode(Code!);
        }

        /// <summary>The value the user entered for a field, written as history writes it, for conflict messages.</summary>
        public string? Entered(string field) => field switch
        {
            nameof(Force.Name) => Name?.Trim(),
            nameof(Force.Code) => Code is null ? null : NormaliseCode(Code),
            _ => null,
        };
    }
}
