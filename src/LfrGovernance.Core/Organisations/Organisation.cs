using LfrGovernance.Core.Forces;

namespace LfrGovernance.Core.Organisations;

/// <summary>The kinds of outside organisation a force works with on facial recognition.</summary>
public enum OrganisationKind
{
    Museum,
    Retailer,
    Landowner,
    Venue,
    LocalAuthority,
    OtherForce,
    Vendor,
    Academic,
    Other,
}

/// <summary>An organisation outside the force: a partner in a collaboration, a supplier, an evaluator.</summary>
public sealed class Organisation : ForceRecord
{
    public const int NameLength = 200;
    public const int ContactLength = 500;
    public const int NotesLength = 4000;

    public string Name { get; set; } = string.Empty;

    public OrganisationKind Kind { get; set; }

    /// <summary>Who to contact there and how.</summary>
    public string? Contact { get; set; }

    public string? Notes { get; set; }
}
