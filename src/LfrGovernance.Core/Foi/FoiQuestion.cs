using LfrGovernance.Core.Forces;

namespace LfrGovernance.Core.Foi;

/// <summary>One numbered question of a request ("1", "1a", "1b"...): its text as the requester wrote it, the catalogue
/// question it is mapped to (or none, answered freely), the draft the register generated and when (as the register
/// stood at an instant, when asked), the answer as the FOI officer words it, and whether that answer is final.</summary>
public sealed class FoiQuestion : ForceRecord
{
    public const int NumberLength = 10;
    public const int TextLength = 4000;
    public const int AnswerLength = 20000;
    public const int KeyLength = 50;
    public const int FingerprintLength = 100;
    public const int FiguresLength = 200000;

    public Guid RequestId { get; set; }

    /// <summary>The question's number as the request gives it: "1", "1a", "2".</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>The order of the question in the request.</summary>
    public int Position { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>The catalogue question the answer is generated from (<c>Catalogue.FoiCatalogue</c>), or null for a
    /// question answered freely.</summary>
    public string? CatalogueKey { get; set; }

    /// <summary>The answer as generated from the register, before the officer's wording.</summary>
    public string? GeneratedDraft { get; set; }

    /// <summary>When the draft was generated (UTC).</summary>
    public DateTime? GeneratedAt { get; set; }

    /// <summary>The instant the register was read as at, for a draft generated as the register stood then.</summary>
    public DateTime? GeneratedAsAt { get; set; }

    /// <summary>What the draft was built from (the source records and their versions, hashed): generating again and
    /// comparing tells whether the register has changed since.</summary>
    public string? GeneratedFingerprint { get; set; }

    /// <summary>The figures behind the draft and their source records (JSON), for the workbook's Figures and Sources sheets.</summary>
    public string? GeneratedFigures { get; set; }

    /// <summary>The answer as the FOI officer words it.</summary>
    public string? Answer { get; set; }

    /// <summary>True once the officer has marked the answer final.</summary>
    public bool IsFinal { get; set; }
}

/// <summary>An exemption applied to a question (domain section 8): the section, whether the force neither confirms nor
/// denies, the harm statement, and the public interest test (factors for disclosure, factors against, the balance).</summary>
public sealed class FoiExemption : ForceRecord
{
    public const int SectionLength = 20;
    public const int TextLength = 8000;

    public Guid QuestionId { get; set; }

    /// <summary>The section, as <see cref="FoiExemptionSections"/> names it: "s.24(2)", "s.31(1)(a)", "s.40(2)".</summary>
    public string Section { get; set; } = string.Empty;

    /// <summary>True when the force neither confirms nor denies that it holds the information (s.1(1)(a) disapplied).</summary>
    public bool NeitherConfirmNorDeny { get; set; }

    public string? HarmStatement { get; set; }

    public string? FactorsFavouringDisclosure { get; set; }

    public string? FactorsAgainstDisclosure { get; set; }

    public string? Balance { get; set; }

    /// <summary>The template the wording came from, if any.</summary>
    public Guid? TemplateId { get; set; }
}

/// <summary>Reusable exemption wording: a section with its usual harm statement and public interest test.</summary>
public sealed class ExemptionTemplate : ForceRecord
{
    public const int TitleLength = 200;

    public string Title { get; set; } = string.Empty;

    public string Section { get; set; } = string.Empty;

    public bool NeitherConfirmNorDeny { get; set; }

    public string? HarmStatement { get; set; }

    public string? FactorsFavouringDisclosure { get; set; }

    public string? FactorsAgainstDisclosure { get; set; }

    public string? Balance { get; set; }
}

/// <summary>A section of the Act an exemption can cite.</summary>
/// <param name="Qualified">True when the exemption is qualified, so a public interest test is required (s.2(2)(b)).</param>
/// <param name="MayNeitherConfirmNorDeny">True when the section, or its own subsection cited with it, lets the force neither confirm nor deny.</param>
public sealed record FoiExemptionSection(string Section, string Title, bool Qualified, bool MayNeitherConfirmNorDeny);

/// <summary>The sections FOI answers on facial recognition cite (domain section 8), and others a force may need.</summary>
public static class FoiExemptionSections
{
    public static readonly IReadOnlyList<FoiExemptionSection> All =
    [
        new("s.12", "Cost of compliance exceeds the appropriate limit", false, true),
        new("s.14", "Vexatious or repeated requests", false, false),
        new("s.21", "Information accessible to the applicant by other means", false, false),
        new("s.22", "Information intended for future publication", true, true),
        new("s.23(1)", "Information supplied by, or concerning, certain security bodies", false, false),
        new("s.23(5)", "Security bodies: neither confirm nor deny", false, true),
        new("s.24(1)", "National security", true, false),
        new("s.24(2)", "National security: neither confirm nor deny", true, true),
        new("s.30(1)", "Investigations and proceedings conducted by public authorities", true, true),
        new("s.31(1)(a)", "Law enforcement: the prevention or detection of crime", true, false),
        new("s.31(1)(b)", "Law enforcement: the apprehension or prosecution of offenders", true, false),
        new("s.31(3)", "Law enforcement: neither confirm nor deny", true, true),
        new("s.38(1)", "Health and safety", true, true),
        new("s.40(2)", "Personal information of third parties", false, false),
        new("s.40(5)", "Personal information: neither confirm nor deny", false, true),
        new("s.41(1)", "Information provided in confidence", false, false),
        new("s.43(2)", "Commercial interests", true, false),
    ];

    public static FoiExemptionSection? Find(string? section) => All.FirstOrDefault(s => s.Section == section);
}
