using LfrGovernance.Core.Forces;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.People;

/// <summary>A person the register names: an officer or member of staff, with the ranks they have held, and
/// optionally the sign-in account they use, so that a decision can be tied to the rank held when it was made.</summary>
public sealed class Person : ForceRecord
{
    public const int NameLength = 200;
    public const int NumberLength = 50;
    public const int AccountLength = 200;

    public string Name { get; set; } = string.Empty;

    /// <summary>Collar number or warrant number.</summary>
    public string? CollarOrWarrantNumber { get; set; }

    /// <summary>The sign-in account's object id (the Entra ID "oid" claim), if the person uses the service.</summary>
    public string? AccountObjectId { get; set; }

    /// <summary>Every rank held, each over a period; the periods do not overlap.</summary>
    public List<RankHeld> Ranks { get; } = [];

    /// <summary>The rank held on <paramref name="date"/>, or null when none was.</summary>
    public Rank? RankOn(DateOnly date) =>
        Ranks.Where(r => !r.IsRetired && r.From <= date && (r.To is null || r.To >= date)).Select(r => (Rank?)r.Rank).FirstOrDefault();

    /// <summary>Records that from <paramref name="from"/> the person holds <paramref name="rank"/>: the rank held until
    /// then ends the day before. Throws <see cref="DomainRuleException"/> if that would overlap or reorder the history.</summary>
    public RankHeld ChangeRank(Rank rank, DateOnly from)
    {
        var current = Ranks.Where(r => !r.IsRetired).OrderByDescending(r => r.From).FirstOrDefault();
        if (current is not null)
        {
            if (from <= current.From)
            {
                throw new DomainRuleException($"The new rank must start after {current.From:d MMMM yyyy}, when the current rank started.");
            }
            if (current.To is { } end && from <= end)
            {
                throw new DomainRuleException($"The new rank must start after {end:d MMMM yyyy}, when the last rank ended.");
            }
            if (current.Rank == rank && current.To is null)
            {
                throw new DomainRuleException($"{Core.People.Ranks.DisplayName(rank)} is already the current rank.");
            }
            current.To ??= from.AddDays(-1);
        }
        var held = new RankHeld { PersonId = Id, Rank = rank, From = from, ForceId = ForceId };
        Ranks.Add(held);
        return held;
    }
}

/// <summary>A rank a person held over a period (the last one open-ended while it is held).</summary>
public sealed class RankHeld : ForceRecord
{
    public Guid PersonId { get; set; }

    public Rank Rank { get; set; }

    /// <summary>The first day the rank was held.</summary>
    public DateOnly From { get; set; }

    /// <summary>The last day the rank was held, or null while it is held.</summary>
    public DateOnly? To { get; set; }
}
