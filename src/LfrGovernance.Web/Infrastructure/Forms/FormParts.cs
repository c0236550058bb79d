namespace LfrGovernance.Web.Infrastructure.Forms;

/// <summary>A text input or textarea for the shared <c>_Box</c> partial: the key it is posted under, its label, the
/// value shown back, a hint, and "text" or "textarea".</summary>
public sealed record FormBox(string Key, string Label, string? Value, string? Hint = null, string Type = "text");

/// <summary>One record offered in the shared <c>_Select</c> partial (a system, a person, an organisation).</summary>
public sealed record Choice(Guid Id, string Name);
