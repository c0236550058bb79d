using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Persistence;

/// <summary>A database engine's own text index over the fields a list searches: it finds the records whose text
/// contains a term without reading every row. Each engine brings its own (SQLite: a full-text table kept by
/// triggers; see <c>SqliteRecordTextSearch</c>); where it has none for a record type, or cannot serve a term, the
/// list falls back to its portable search, which gives the same answer more slowly.</summary>
public interface IRecordTextSearch
{
    /// <summary>The records of <typeparamref name="TRecord"/> whose searched text contains <paramref name="term"/>,
    /// in any case, as a query the caller can filter, sort and page further; or null when this database has no index
    /// for the type or the term is one its index cannot serve.</summary>
    /// <param name="term">The search as typed, trimmed.</param>
    IQueryable<TRecord>? Containing<TRecord>(GovernanceDbContext db, string term) where TRecord : RegisterRecord;

    /// <summary>Before many new records of <paramref name="recordType"/> are inserted in the context's open
    /// transaction (<see cref="BulkSave"/>): stops indexing them one by one, and returns what indexes the records
    /// inserted since at once; or null when this database keeps no index for the type. A rollback undoes both.</summary>
    Task<IBulkIndexing?> BeginBulkInsertAsync(GovernanceDbContext db, Type recordType, CancellationToken cancellationToken);
}

/// <summary>The text index's side of a bulk insert (<see cref="IRecordTextSearch.BeginBulkInsertAsync"/>).</summary>
public interface IBulkIndexing
{
    /// <summary>Indexes the records inserted since the bulk insert began, and indexes later ones one by one again.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
