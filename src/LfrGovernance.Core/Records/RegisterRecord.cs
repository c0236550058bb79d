namespace LfrGovernance.Core.Records;

/// <summary>A record of the register. Every entity of the register derives from this: it is versioned by the
/// history mechanism on every save, never deleted (only retired, with a reason), and carries a concurrency token.</summary>
public abstract class RegisterRecord
{
    /// <summary>The record's identity, made by the application (not the database) so that history can name a
    /// record before it is inserted.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The number of saved versions; also the concurrency token: a save based on an older version fails.</summary>
    public int Version { get; set; }

    /// <summary>How carefully views of this record are handled.</summary>
    public RecordMarking Marking { get; set; } = RecordMarking.Official;

    /// <summary>True for a record whose existence must be neither confirmed nor denied (for example covert use): only
    /// users cleared for such records see it, and figures that include it say so.</summary>
    public bool DoNotConfirmOrDeny { get; set; }

    /// <summary>When the record was retired (UTC), or null while it is current.</summary>
    public DateTime? RetiredAt { get; set; }

    /// <summary>Why the record was retired.</summary>
    public string? RetirementReason { get; set; }

    public bool IsRetired => RetiredAt is not null;

    /// <summary>Retires the record. A reason is required: it goes into the history with the change.</summary>
    public void Retire(string reason, DateTime retiredAtUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Give a reason for retiring the record.");
        }
        if (IsRetired)
        {
            throw new DomainRuleException("The record is already retired.");
        }
        RetiredAt = retiredAtUtc;
        RetirementReason = reason.Trim();
    }

    /// <summary>Brings a retired record back into use.</summary>
    public void Reinstate()
    {
        if (!IsRetired)
        {
            throw new DomainRuleException("The record is not retired.");
        }
        RetiredAt = null;
        RetirementReason = null;
    }
}

/// <summary>Handling markings for a record (Government Security Classifications style).</summary>
public enum RecordMarking
{
    /// <summary>Ordinary register information: views are not logged.</summary>
    Official,

    /// <summary>Sensitive: every view is logged.</summary>
    OfficialSensitive,

    /// <summary>Sensitive, and whoever views it must first state why: the view and the purpose are logged.</summary>
    OfficialSensitivePurposeRequired,
}

/// <summary>A domain rule was broken; the message is for the user.</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message) { }

    public DomainRuleException() { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) { }
}
