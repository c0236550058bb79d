using LfrGovernance.Core.Foi;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>A question's and an exemption's fields as people see them, for their histories and the shared retire pages.</summary>
public sealed class QuestionFields : RecordFields
{
    public static readonly QuestionFields Instance = new();

    public static readonly RecordKind<FoiQuestion> Kind = new("question", "questions", "/foi/questions", q => "question " + q.Number, Instance);

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(FoiQuestion.Number), "Number"),
        new(nameof(FoiQuestion.Text), "Question"),
        new(nameof(FoiQuestion.CatalogueKey), "Answered from the register by"),
        new(nameof(FoiQuestion.GeneratedAt), "Draft generated"),
        new(nameof(FoiQuestion.GeneratedAsAt), "Register read as at"),
        new(nameof(FoiQuestion.Answer), "Answer"),
        new(nameof(FoiQuestion.IsFinal), "Final"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;
}

/// <summary>An exemption's fields as people see them.</summary>
public sealed class ExemptionFields : RecordFields
{
    public static readonly ExemptionFields Instance = new();

    public static readonly RecordKind<FoiExemption> Kind = new("exemption", "exemptions", "/foi/exemptions", e => e.Section, Instance);

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(FoiExemption.Section), "Section"),
        new(nameof(FoiExemption.NeitherConfirmNorDeny), "Neither confirm nor deny"),
        new(nameof(FoiExemption.HarmStatement), "Harm statement"),
        new(nameof(FoiExemption.FactorsFavouringDisclosure), "Factors favouring disclosure"),
        new(nameof(FoiExemption.FactorsAgainstDisclosure), "Factors against disclosure"),
        new(nameof(FoiExemption.Balance), "Balance"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;
}
