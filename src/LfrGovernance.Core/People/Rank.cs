namespace LfrGovernance.Core.People;

/// <summary>Police ranks in England and Wales, lowest to highest: the order is what rank rules compare.</summary>
/// <remarks>The Metropolitan Police and City of London Police name the senior ranks differently; see
/// <see cref="Ranks.DisplayName"/>.</remarks>
public enum Rank
{
    Constable = 1,
    Sergeant = 2,
    Inspector = 3,
    ChiefInspector = 4,
    Superintendent = 5,
    ChiefSuperintendent = 6,
    AssistantChiefConstable = 7,
    DeputyChiefConstable = 8,
    ChiefConstable = 9,
}

public static class Ranks
{
    public static readonly IReadOnlyList<Rank> LowestToHighest = Enum.GetValues<Rank>().Order().ToList();

    /// <summary>The rank's name, with the London equivalent for the senior ranks.</summary>
    public static string DisplayName(Rank rank) => rank switch
    {
        Rank.Constable => "Constable",
        Rank.Sergeant => "Sergeant",
        Rank.Inspector => "Inspector",
        Rank.ChiefInspector => "Chief Inspector",
        Rank.Superintendent => "Superintendent",
        Rank.ChiefSuperintendent => "Chief Superintendent",
        Rank.AssistantChiefConstable => "Assistant Chief Constable (Commander in London)",
        Rank.DeputyChiefConstable => "Deputy Chief Constable (Deputy Assistant Commissioner in London)",
        Rank.ChiefConstable => "Chief Constable (Assistant Commissioner and above in London)",
        _ => rank.ToString(),
    };

    /// <summary>True when <paramref name="held"/> is <paramref name="minimum"/> or higher.</summary>
    public static bool IsAtLeast(this Rank held, Rank minimum) => held >= minimum;
}
