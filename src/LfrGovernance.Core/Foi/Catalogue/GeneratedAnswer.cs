namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>A register record an answer's figure was drawn from. RecordType = CLR name, e.g. "Deployment".</summary>
/// <param name="RecordType">The record's type as the history names it, e.g. "Deployment".</param>
/// <param name="Reference">What a person knows the record by: its reference, title or name.</param>
public sealed record SourceRecord(string RecordType, Guid Id, string Reference)
{
    /// <summary>The record's version when the answer read it, so that a page can show the record as it was then.</summary>
    public int Version { get; init; }
}

/// <summary>One fact, figure or list item of an answer, with the records it comes from: every figure is traceable.</summary>
public sealed record Figure(string Label, string Value, IReadOnlyList<SourceRecord> Sources);

/// <summary>A draft answer to one question of the catalogue, generated from the register.</summary>
/// <param name="QuestionKey">The question's <see cref="IFoiQuestion.Key"/>.</param>
/// <param name="Draft">The answer in plain English, as the force would send it. It never counts, lists or hints at
/// records flagged "do not confirm or deny".</param>
/// <param name="Figures">The facts and figures the draft states, each with its sources.</param>
/// <param name="NothingHeld">True when the register holds nothing in scope: the draft then says "No information is held."</param>
/// <param name="DoNotConfirmOrDenyInScope">How many records flagged "do not confirm or deny" would otherwise have been in
/// scope. Always 0 unless the register is read by someone cleared for such records; for the cleared officer's eyes only.</param>
/// <param name="GeneratedAtUtc">When the answer was generated (the register's clock).</param>
/// <param name="AsAtUtc">The instant the register was read as it stood, or null for the register as it is now.</param>
/// <param name="Fingerprint">A hash of the records the answer was built from (their ids and versions): generating the
/// answer again and comparing tells whether the register has changed since.</param>
public sealed record GeneratedAnswer(string QuestionKey, string Draft, IReadOnlyList<Figure> Figures, bool NothingHeld,
    int DoNotConfirmOrDenyInScope, DateTime GeneratedAtUtc, DateTime? AsAtUtc, string Fingerprint);

/// <summary>A standard question of FOI requests about facial recognition, and the generator of its answer.</summary>
public interface IFoiQuestion
{
    /// <summary>The key pages and exports name the question by, e.g. "q1a" or "outcomes".</summary>
    string Key { get; }

    /// <summary>The question's number in the typical request ("1", "1a"...); empty for a recurring question.</summary>
    string Number { get; }

    /// <summary>A short title, e.g. "Images shared".</summary>
    string Title { get; }

    /// <summary>The question as requesters usually put it.</summary>
    string Wording { get; }

    /// <summary>Generates the answer for <paramref name="scope"/> from <paramref name="register"/>.</summary>
#pragma warning disable CA1716 // "register" is the domain's word; the register is only used from C#, where it is no keyword.
    Task<GeneratedAnswer> GenerateAsync(FoiRegister register, FoiScope scope, CancellationToken cancellationToken);
#pragma warning restore CA1716
}
