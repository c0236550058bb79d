namespace LfrGovernance.Core.History;

/// <summary>What kind of access was logged.</summary>
public enum AccessAction
{
    /// <summary>A record marked sensitive was viewed.</summary>
    Viewed,

    /// <summary>A list or log was exported to a file.</summary>
    Exported,

    /// <summary>A stored document or file was downloaded.</summary>
    Downloaded,
}

/// <summary>A log line of consultation and disclosure (Data Protection Act 2018 s.62): who looked at or took
/// what, when, and why where the record's marking asks. Appended only.</summary>
public sealed class AccessLogEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public DateTime OccurredAt { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public required string UserRoles { get; set; }

    public AccessAction Action { get; set; }

    /// <summary>The record's type, when one record was accessed.</summary>
    public string? RecordType { get; set; }

    public Guid? RecordId { get; set; }

    /// <summary>What was accessed, in words (e.g. "Audit log, XLSX").</summary>
    public required string Description { get; set; }

    /// <summary>The filters applied to an export, in words.</summary>
    public string? Filters { get; set; }

    /// <summary>The purpose the user stated, where the marking requires one.</summary>
    public string? Purpose { get; set; }
}
