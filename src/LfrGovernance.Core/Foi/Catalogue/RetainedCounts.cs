using LfrGovernance.Core.Policies;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>The counts of retained images (FOI question 2b): for each category, the latest count made within the period.
/// Counts name no system, so they are in scope whatever the kinds asked about.</summary>
internal sealed class RetainedCounts
{
    private RetainedCounts(IReadOnlyList<RetainedImageCount> latest, int withheld)
    {
        Latest = latest;
        Withheld = withheld;
    }

    /// <summary>The latest count of each category within the period, by category.</summary>
    public IReadOnlyList<RetainedImageCount> Latest { get; }

    /// <summary>Counts in the period flagged "do not confirm or deny".</summary>
    public int Withheld { get; }

    public static async Task<RetainedCounts> LoadAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var (from, to) = (answer.Scope.From, answer.Scope.To);
        var counts = await FoiRegister.ListAsync(InScope.OfForce(await answer.Register.RecordsAsync<RetainedImageCount>(cancellationToken), answer.Scope)
            .Where(c => c.RetiredAt == null && c.CountedOn >= from && c.CountedOn <= to), cancellationToken);
        var latest = counts.Where(c => !c.DoNotConfirmOrDeny)
            .GroupBy(c => (c.Category, Other: c.Category == RetainedDataCategory.Other ? c.OtherCategory?.Trim().ToUpperInvariant() : null))
            .Select(g => g.OrderByDescending(c => c.CountedOn).ThenByDescending(c => c.Version).First())
            .OrderBy(c => c.Category).ThenBy(c => c.OtherCategory, StringComparer.Ordinal)
            .ToList();
        return new RetainedCounts(latest, counts.Count(c => c.DoNotConfirmOrDeny));
    }

    /// <summary>Says how many images were retained, or that no count is held.</summary>
    public void Tell(AnswerBuilder answer)
    {
        if (Latest.Count == 0)
        {
            answer.Say($"The register records no count of retained images made {answer.Period}");
            return;
        }
        answer.SayList("The latest counts of images retained are", Latest.Select(Describe));
        foreach (var count in Latest)
        {
            answer.Figure($"Retained: {FoiNames.Of(count.Category, count.OtherCategory)}, {FoiWording.Day(count.CountedOn)}", FoiWording.Number(count.Count),
                [Source(count)]);
        }
    }

    public static SourceRecord Source(RetainedImageCount count) =>
        new(nameof(RetainedImageCount), count.Id, $"{FoiNames.Of(count.Category, count.OtherCategory)}, counted on {FoiWording.Day(count.CountedOn)}")
        {
            Version = count.Version,
        };

    /// <summary>"alert images: 12 as at 31 December 2019, of which 2 kept beyond the retention rule ("...")".</summary>
    private static string Describe(RetainedImageCount c)
    {
        var text = $"{FoiNames.Of(c.Category, c.OtherCategory)}: {FoiWording.Number(c.Count)} as at {FoiWording.Day(c.CountedOn)}";
        if (c.BeyondPolicy > 0)
        {
            text += $", of which {FoiWording.Number(c.BeyondPolicy)} kept beyond the retention rule"
                + (string.IsNullOrWhiteSpace(c.ReasonBeyondPolicy) ? string.Empty : $" because {FoiWording.Quote(c.ReasonBeyondPolicy)}");
        }
        return text;
    }
}
