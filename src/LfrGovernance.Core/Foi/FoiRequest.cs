using LfrGovernance.Core.Forces;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Core.Foi;

/// <summary>Who made the request, as the disclosure log and the figures group requesters (the person's contact
/// details are kept apart, in <see cref="FoiRequester"/>).</summary>
public enum FoiRequesterCategory
{
    Individual,
    Journalist,
    CampaignGroup,
    Business,
    Other,
}

/// <summary>The law the request is answered under: the Freedom of Information Act 2000, or the Environmental
/// Information Regulations 2004.</summary>
public enum FoiLegislation
{
    Foia,
    Eir,
}

/// <summary>Where a request stands.</summary>
public enum FoiRequestStatus
{
    Received,
    ClarificationRequested,
    InProgress,
    PublicInterestExtension,
    Responded,
    InternalReview,
    IcoComplaint,
    Closed,
}

/// <summary>A request for information (domain section 8): its reference (the force's own format, or a legacy one such
/// as <c>DM2018/1152</c>), when it was received, who asked (category only), under which law, where it stands, who
/// answers it, the scope the register's answers are computed for, and the dates that set its deadlines. Its numbered
/// questions are <see cref="FoiQuestion"/> records; clock pauses are <see cref="FoiClarification"/> records.</summary>
public sealed class FoiRequest : ForceRecord
{
    public const int ReferenceLength = 50;
    public const int SummaryLength = 300;
    public const int NotesLength = 4000;

    public string Reference { get; set; } = string.Empty;

    /// <summary>What the request is about, in a line, for lists.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>The day the request was received (it may be a non-working day: the count starts on the next working day).</summary>
    public DateOnly ReceivedOn { get; set; }

    public FoiRequesterCategory RequesterCategory { get; set; }

    public FoiLegislation Legislation { get; set; }

    public FoiRequestStatus Status { get; set; }

    /// <summary>The FOI officer answering it (a person record), if assigned.</summary>
    public Guid? AssigneeId { get; set; }

    /// <summary>The period the register's answers cover, when the request names one.</summary>
    public DateOnly? ScopeFrom { get; set; }

    public DateOnly? ScopeTo { get; set; }

    /// <summary>The kinds of facial recognition the request asks about (none: every kind).</summary>
    public FacialRecognitionKinds ScopeKinds { get; set; }

    /// <summary>The due date of the full response under a public interest extension (s.10(3)), when one is taken;
    /// the refusal notice is still due on the normal date.</summary>
    public DateOnly? ExtendedDueOn { get; set; }

    /// <summary>The day the final response was sent.</summary>
    public DateOnly? RespondedOn { get; set; }

    /// <summary>The day the requester asked for an internal review, if they did.</summary>
    public DateOnly? InternalReviewRequestedOn { get; set; }

    /// <summary>True when the internal review is extended to its latest date (40 working days).</summary>
    public bool InternalReviewExtended { get; set; }

    public DateOnly? InternalReviewDoneOn { get; set; }

    /// <summary>The day the requester complained to the Information Commissioner, if they did.</summary>
    public DateOnly? IcoComplaintOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The kinds of facial recognition as a set, for a request's scope.</summary>
[Flags]
public enum FacialRecognitionKinds
{
    None = 0,
    Live = 1 << (int)FacialRecognitionKind.Live,
    Retrospective = 1 << (int)FacialRecognitionKind.Retrospective,
    OperatorInitiated = 1 << (int)FacialRecognitionKind.OperatorInitiated,
}

/// <summary>The requester's contact details, kept apart from the request so that only the FOI team sees them.</summary>
public sealed class FoiRequester : ForceRecord
{
    public const int TextLength = 300;

    public Guid RequestId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? PostalAddress { get; set; }

    public string? Phone { get; set; }

    /// <summary>The organisation the requester writes for, if any (a newspaper, a campaign).</summary>
    public string? Organisation { get; set; }
}

/// <summary>A pause of the request's clock (domain section 8: "The clock stops while clarification or a fee is
/// awaited"): asked for on <see cref="RequestedOn"/>, answered on <see cref="AnsweredOn"/> (null while awaited).</summary>
public sealed class FoiClarification : ForceRecord
{
    public const int TextLength = 2000;

    public Guid RequestId { get; set; }

    public DateOnly RequestedOn { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    /// <summary>What was asked: the clarification, or the fee.</summary>
    public string What { get; set; } = string.Empty;

    /// <summary>True for a fee notice (s.9) rather than a request for clarification.</summary>
    public bool IsFee { get; set; }
}

/// <summary>A bank holiday the standing rules do not know (a jubilee, a state funeral, a coronation), kept by an
/// administrator or loaded from the GOV.UK bank-holidays file.</summary>
public sealed class OneOffBankHoliday : Records.RegisterRecord
{
    public const int NameLength = 200;

    public DateOnly Date { get; set; }

    public string Name { get; set; } = string.Empty;

    public UkNation Nations { get; set; } = UkNation.All;

    public OneOffHoliday ToHoliday() => new(Date, Name, Nations);
}
