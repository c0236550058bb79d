namespace LfrGovernance.Core.History;

/// <summary>What happened to a record in one version.</summary>
public enum HistoryAction
{
    Created,
    Updated,
    Retired,
    Reinstated,
}

/// <summary>One version of one register record: appended in the same transaction as the change, never updated
/// or deleted, and chained to the entry before it by a SHA-256 hash so that tampering shows.</summary>
public sealed class HistoryEntry
{
    /// <summary>Position in the chain, from 1, with no gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>The record's type (its entity name, e.g. "Organisation").</summary>
    public required string RecordType { get; set; }

    public Guid RecordId { get; set; }

    /// <summary>The record's version after this change, from 1.</summary>
    public int Version { get; set; }

    public HistoryAction Action { get; set; }

    /// <summary>Every stored field of the record after the change, as JSON.</summary>
    public required string Snapshot { get; set; }

    /// <summary>The fields this change altered, with their values before and after, as JSON.</summary>
    public required string Changes { get; set; }

    /// <summary>All the changes saved together share this id.</summary>
    public Guid ChangeSetId { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>The roles the user held at the time, comma-separated.</summary>
    public required string UserRoles { get; set; }

    /// <summary>When the change was saved (UTC).</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>Why, where the user said (required when retiring).</summary>
    public string? Reason { get; set; }

    /// <summary>The hash of the entry before this one (64 zeros for the first).</summary>
    public required string PreviousHash { get; set; }

    /// <summary>SHA-256 over this entry's content and <see cref="PreviousHash"/>, lower-case hex.</summary>
    public required string Hash { get; set; }
}

/// <summary>The end of the chain: the last sequence and hash, so that entries removed from the end show too.</summary>
public sealed class HistoryChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = HistoryHash.Genesis;
}
