using System.Text.Json;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Foi.Catalogue;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>What a generated draft was built from, as a question keeps it (<see cref="FoiQuestion.GeneratedFigures"/>):
/// whether nothing was held, and every figure with its sources, for the question's page and the workbook's Figures and
/// Sources sheets.</summary>
public sealed record StoredAnswer(bool NothingHeld, IReadOnlyList<Figure> Figures, bool SourcesCut)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes the answer's figures, cutting each figure's sources to fewer and fewer until they fit the column
    /// (a list of thousands of deployments keeps its count and its first sources, and says so).</summary>
    public static string Serialise(GeneratedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var stored = new StoredAnswer(answer.NothingHeld, answer.Figures, false);
        var text = JsonSerializer.Serialize(stored, Json);
        for (var keep = 1000; text.Length > FoiQuestion.FiguresLength && keep >= 1; keep /= 4)
        {
            stored = new StoredAnswer(answer.NothingHeld, [.. answer.Figures.Select(f => f with { Sources = [.. f.Sources.Take(keep)] })], true);
            text = JsonSerializer.Serialize(stored, Json);
        }
        return text;
    }

    public static StoredAnswer? Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<StoredAnswer>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
