using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Forces;

/// <summary>A police force. Every other record of the register belongs to one (see <see cref="ForceRecord"/>);
/// one force is the default, the force this copy of the register is run by.</summary>
public sealed class Force : RegisterRecord
{
    public const int NameLength = 200;
    public const int CodeLength = 20;

    /// <summary>The force's name, e.g. "Example Constabulary".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>A short code used in references, e.g. "EXC".</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>True for the one force that records belong to unless they say otherwise.</summary>
    public bool IsDefault { get; set; }
}

/// <summary>A register record that belongs to a force. Records made without a force are given the default force
/// when saved, so no record is ever without one.</summary>
public abstract class ForceRecord : RegisterRecord
{
    public Guid ForceId { get; set; }
}
