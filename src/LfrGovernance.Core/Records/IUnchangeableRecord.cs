namespace LfrGovernance.Core.Records;

/// <summary>A record written once: after its first save the register refuses any change to it, retirement included
/// (see <see cref="History.HistoryInterceptor"/>). Signed decisions are such records: a later record supersedes them.
/// The one exception is made by the register itself, not by a user: a record that is a part of another (see
/// <see cref="RecordParts"/>) takes its owner's marking and do-not-confirm-or-deny flag when the owner's change.</summary>
public interface IUnchangeableRecord;
