namespace LfrGovernance.Web.Infrastructure.Forms;

/// <summary>What the text field partial (<c>Features/Shared/_FormText.cshtml</c>) shows: a GOV.UK text input or
/// textarea posted under <paramref name="Key"/>, with its label, hint and the error for the key.</summary>
/// <param name="Width">A GOV.UK width class such as "govuk-input--width-10", or null for full width.</param>
/// <param name="Rows">The rows of a textarea; 0 for a one-line input.</param>
/// <param name="Numeric">True for a number typed as text (a count, a rate, an amount).</param>
public sealed record FormField(string Key, string Label, string? Value, string? Hint = null, string? Width = null, int Rows = 0,
    bool Numeric = false, string? Prefix = null, string? Suffix = null);

/// <summary>What the choice partial (<c>Features/Shared/_FormChoice.cshtml</c>) shows: GOV.UK radios, or checkboxes
/// when <paramref name="Many"/>, posted under <paramref name="Key"/>.</summary>
/// <param name="Options">Each option's posted value and its text.</param>
/// <param name="Selected">The values selected.</param>
public sealed record FormChoice(string Key, string Legend, IReadOnlyList<(string Value, string Text)> Options, IReadOnlyCollection<string> Selected,
    string? Hint = null, bool Many = false, bool Inline = false);

/// <summary>What the handling partial (<c>Features/Shared/_FormHandling.cshtml</c>) shows: the handling marking
/// radios, and the "do not confirm or deny" checkbox for users cleared to see such records.</summary>
public sealed record FormHandling(LfrGovernance.Core.Records.RecordMarking? Marking, bool DoNotConfirmOrDeny, string What);
