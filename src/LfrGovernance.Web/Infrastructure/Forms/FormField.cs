namespace LfrGovernance.Web.Infrastructure.Forms;

/// <summary>What the text field partial (<c>Features/Shared/_FormText.cshtml</c>) shows: a GOV.UK text input or
/// textarea posted under <paramref name="Key"/>, with its label, hint and the error for the key.</summary>
/// <param name="Width">A GOV.UK width class such as "govuk-input--width-10", or null for full width.</param>
/// <param name="Rows">The rows of a textarea; 0 for a one-line input.</param>
/// <param name="Numeric">True for a number typed as text that may have decimals (a rate, an amount).</param>
/// <param name="Count">True for a whole number typed as text (a count, a period): phones offer digits only.</param>
/// <param name="Spellcheck">False for codes, numbers and names that spell checking would only mark wrong.</param>
/// <param name="Autocomplete">The input's autocomplete attribute, or null for none.</param>
public sealed record FormField(string Key, string Label, string? Value, string? Hint = null, string? Width = null, int Rows = 0,
    bool Numeric = false, string? Prefix = null, string? Suffix = null, bool Count = false, bool Spellcheck = true, string? Autocomplete = null);

/// <summary>What the choice partial (<c>Features/Shared/_FormChoice.cshtml</c>) shows: GOV.UK radios, or checkboxes
/// when <paramref name="Many"/>, posted under <paramref name="Key"/>.</summary>
/// <param name="Options">Each option's posted value and its text.</param>
/// <param name="Selected">The values selected.</param>
public sealed record FormChoice(string Key, string Legend, IReadOnlyList<(string Value, string Text)> Options, IReadOnlyCollection<string> Selected,
    string? Hint = null, bool Many = false, bool Inline = false);

/// <summary>What the select partial (<c>Features/Shared/_FormSelect.cshtml</c>) shows: a GOV.UK select of records of
/// the register (systems, people, organisations, policies) posted under <paramref name="Key"/>.</summary>
/// <param name="Empty">The text of the first option, posted empty: "Not recorded", "Select a system".</param>
/// <param name="AddNew">Where to add a record that is not listed, and what it is ("organisation"), shown after the hint.</param>
public sealed record FormSelect(string Key, string Label, Guid? Selected, IReadOnlyList<Choice> Choices, string Empty,
    string? Hint = null, (string Href, string What)? AddNew = null);

/// <summary>One record offered in the shared <c>_FormSelect</c> partial (a system, a person, an organisation).</summary>
public sealed record Choice(Guid Id, string Name);
