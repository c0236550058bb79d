using LfrGovernance.Core.People;

namespace LfrGovernance.Core.Authorisation;

/// <summary>The force's authorisation rules, from the configuration section <c>Register:Authorisation</c>. The
/// defaults follow the College of Policing's guidance (domain section 4).</summary>
public sealed record AuthorisationSettings
{
    public const string Section = "Register:Authorisation";

    /// <summary>The lowest rank that may authorise, refuse, return, ratify or cancel.</summary>
    public Rank MinimumRank { get; init; } = Rank.Superintendent;

    /// <summary>The lowest rank that may authorise on the urgent path.</summary>
    public Rank UrgentRank { get; init; } = Rank.Inspector;

    /// <summary>How long an officer of the full rank has to ratify or cancel an urgent authorisation.</summary>
    public TimeSpan RatificationPeriod { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The readiness checks (by <see cref="ReadinessItem.Key"/>) that warn instead of blocking
    /// authorisation. The threshold check always warns.</summary>
    public IReadOnlyList<string> WarningChecks { get; init; } = [];
}
