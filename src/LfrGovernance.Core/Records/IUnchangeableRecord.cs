namespace LfrGovernance.Core.Records;

/// <summary>A record written once: after its first save the register refuses any change to it, retirement included
/// (see <see cref="History.HistoryInterceptor"/>). Signed decisions are such records: a later record supersedes them.</summary>
public interface IUnchangeableRecord;
