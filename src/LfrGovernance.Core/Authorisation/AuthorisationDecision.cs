using LfrGovernance.Core.Forces;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Authorisation;

/// <summary>What a decision is about.</summary>
public enum DecisionSubject
{
    Deployment,

    /// <summary>A collaboration with an outside organisation (FOI question 1b: who authorised it, at what rank, by
    /// what process).</summary>
    Collaboration,
}

/// <summary>What the authorising officer decided.</summary>
public enum DecisionOutcome
{
    Authorised,
    Refused,
    ReturnedForChanges,

    /// <summary>Authorised on the urgent path by an officer of the urgent rank: an officer of the full rank must
    /// ratify it or cancel it within the ratification period.</summary>
    UrgentlyAuthorised,

    /// <summary>An urgent authorisation confirmed by an officer of the full rank.</summary>
    Ratified,

    /// <summary>An urgent authorisation cancelled by an officer of the full rank: the deployment is stopped.</summary>
    UrgentAuthorisationCancelled,
}

/// <summary>A signed decision on an application to deploy facial recognition or to collaborate with an outside
/// organisation (domain section 4): who decided, the rank they held at that moment, the signed-in identity, when,
/// why, on what conditions, and what the authoriser saw (the DPIA version and the readiness checklist).</summary>
/// <remarks>Once saved, a decision never changes, and is never retired: the register refuses the save
/// (<see cref="IUnchangeableRecord"/>). A decision is corrected or overtaken only by a later decision that supersedes
/// it, so every decision ever made stays on the record.</remarks>
public sealed class AuthorisationDecision : ForceRecord, IUnchangeableRecord
{
    public const int IdentityLength = 200;
    public const int TextLength = 4000;
    public const int ReadinessLength = 20000;

    public DecisionSubject SubjectKind { get; set; }

    /// <summary>The deployment or collaboration decided on.</summary>
    public Guid SubjectId { get; set; }

    public DecisionOutcome Outcome { get; set; }

    /// <summary>The person record of the officer who decided.</summary>
    public Guid DeciderId { get; set; }

    /// <summary>The rank the officer held when deciding. Kept, not looked up: a later promotion or demotion does not
    /// change the rank the decision was made at.</summary>
    public Rank RankHeld { get; set; }

    /// <summary>The signed-in account that made the decision (the Entra ID object id); for a decision recorded from a
    /// document, the account that recorded it.</summary>
    public string DeciderAccountObjectId { get; set; } = string.Empty;

    /// <summary>The deciding officer's name: the signed-in account's display name at the time, or for a decision
    /// recorded from a document, the name on the officer's person record.</summary>
    public string DeciderName { get; set; } = string.Empty;

    /// <summary>When the decision was made (UTC).</summary>
    public DateTime DecidedAt { get; set; }

    /// <summary>Why the officer decided as they did (always required).</summary>
    public string Rationale { get; set; } = string.Empty;

    /// <summary>Conditions the authorisation is given on, if any.</summary>
    public string? Conditions { get; set; }

    /// <summary>Why the urgent path was taken (required for an urgent authorisation).</summary>
    public string? UrgencyReason { get; set; }

    /// <summary>The process the decision followed (required for a collaboration: FOI question 1b).</summary>
    public string? ProcessFollowed { get; set; }

    /// <summary>The approved DPIA the authoriser relied on, if one was in force.</summary>
    public Guid? DpiaId { get; set; }

    /// <summary>The DPIA's own version label at the time (e.g. "2.1").</summary>
    public string? DpiaDocumentVersion { get; set; }

    /// <summary>The DPIA record's register version at the time, which names the exact text in its history.</summary>
    public int? DpiaRecordVersion { get; set; }

    /// <summary>The readiness checklist as it stood when the decision was made (JSON, see
    /// <see cref="ReadinessChecklist.Serialise"/>), or null for a decision that has none (a collaboration).</summary>
    public string? Readiness { get; set; }

    /// <summary>For a decision made outside the register (before the force adopted it, or on paper), the document it
    /// is recorded from, e.g. "Minutes of the LFR board, 12 March 2018"; null for a decision signed in the register.</summary>
    public string? RecordedFrom { get; set; }

    /// <summary>True for a decision recorded from a document rather than signed in the register by the officer.</summary>
    public bool IsRecorded => RecordedFrom is not null;

    /// <summary>The earlier decision on the same subject this one supersedes, if any.</summary>
    public Guid? SupersedesId { get; set; }

    /// <summary>True for the outcomes that let the subject go ahead.</summary>
    public bool Permits => Outcome is DecisionOutcome.Authorised or DecisionOutcome.UrgentlyAuthorised or DecisionOutcome.Ratified;

    /// <summary>The decision in one line: what, who, at what rank (held then).</summary>
    public string Describe() =>
        $"{DecisionOutcomes.DisplayName(Outcome)} by {DeciderName}, {Ranks.DisplayName(RankHeld)} (rank held at the time{(IsRecorded ? ", as recorded" : "")})";
}

/// <summary>Decisions in the words the pages use.</summary>
public static class DecisionOutcomes
{
    public static string DisplayName(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Authorised => "Authorised",
        DecisionOutcome.Refused => "Refused",
        DecisionOutcome.ReturnedForChanges => "Returned for changes",
        DecisionOutcome.UrgentlyAuthorised => "Authorised urgently",
        DecisionOutcome.Ratified => "Urgent authorisation ratified",
        DecisionOutcome.UrgentAuthorisationCancelled => "Urgent authorisation cancelled",
        _ => outcome.ToString(),
    };
}
