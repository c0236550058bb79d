using LfrGovernance.Core.Systems;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>The request's scope. ForceId null = every force in the register. Kinds empty = every kind.</summary>
/// <param name="From">The first day of the period asked about (a UK calendar day).</param>
/// <param name="To">The last day of the period asked about, included.</param>
/// <param name="ForceId">The force asked about, or null for every force the register holds.</param>
/// <param name="Kinds">The kinds of facial recognition asked about; empty for every kind.</param>
/// <param name="AsAtUtc">The instant the register is read as it stood, or null for the register as it is now. It must
/// be the instant of the <see cref="FoiRegister"/> the answer is generated from.</param>
public sealed record FoiScope(DateOnly From, DateOnly To, Guid? ForceId, IReadOnlySet<FacialRecognitionKind> Kinds, DateTime? AsAtUtc)
{
    /// <summary>True when the request names some kinds and not others, so records of the other kinds are left out.</summary>
    public bool FiltersKinds => Kinds.Count > 0 && Enum.GetValues<FacialRecognitionKind>().Any(kind => !Kinds.Contains(kind));

    /// <summary>Whether the request covers <paramref name="kind"/>.</summary>
    public bool Covers(FacialRecognitionKind kind) => !FiltersKinds || Kinds.Contains(kind);

    /// <summary>The kinds the request covers, in the enum's order (every kind when it names none).</summary>
    public IReadOnlyList<FacialRecognitionKind> CoveredKinds => [.. Enum.GetValues<FacialRecognitionKind>().Where(Covers)];

    /// <summary>The first instant of <see cref="From"/> in UK time, as UTC.</summary>
    public DateTime FromUtc => UkDays.StartUtc(From);

    /// <summary>The first instant after <see cref="To"/> in UK time, as UTC (the period ends just before it).</summary>
    public DateTime ToUtcExclusive => UkDays.StartUtc(To.AddDays(1));

    /// <summary>Whether a period from <paramref name="start"/> to <paramref name="end"/> (either open when null) shares
    /// at least a day with the request's period.</summary>
    public bool Overlaps(DateOnly? start, DateOnly? end) => (start is null || start <= To) && (end is null || end >= From);

    /// <summary>Throws when the period is back to front.</summary>
    public void Check()
    {
        if (To < From)
        {
            throw new ArgumentException($"The period ends ({To:yyyy-MM-dd}) before it starts ({From:yyyy-MM-dd}).", nameof(To));
        }
    }

    // Two scopes are the same request when they name the same kinds, whichever set holds them.
    public bool Equals(FoiScope? other) =>
        other is not null && From == other.From && To == other.To && ForceId == other.ForceId && AsAtUtc == other.AsAtUtc
        && CoveredKinds.SequenceEqual(other.CoveredKinds);

    public override int GetHashCode() =>
        HashCode.Combine(From, To, ForceId, AsAtUtc, CoveredKinds.Aggregate(0, (hash, kind) => (hash * 4) + (int)kind + 1));
}

/// <summary>UK calendar days and the UTC instants the register stores.</summary>
internal static class UkDays
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Midnight at the start of <paramref name="day"/> in UK time, as UTC (midnight always exists in the UK:
    /// the clocks change at 1am and 2am).</summary>
    public static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London);

    /// <summary>The UK calendar day an instant falls on.</summary>
    public static DateOnly Of(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London));
}
