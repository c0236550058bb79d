using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>The records a generator reads: the current register (the DbContext, no tracking) or the register as at an
/// instant (RegisterAsOf). Build it with FoiRegister.Current(db) / await FoiRegister.AsAtAsync(db, instant, ct).</summary>
/// <remarks>Generators are written once over <see cref="IQueryable{T}"/>: on the current register the queries run in
/// SQL; on the register as at an instant they run in memory over the records rebuilt from the history, loaded the
/// first time a generator asks for their type. Materialise through <see cref="ListAsync{T}"/> and the other helpers
/// here, which pick the EF Core or the in-memory way. One register serves one answer, or the catalogue's answers one
/// after another: like the context under it, it is not for use by two threads at once.</remarks>
public sealed class FoiRegister
{
    private readonly GovernanceDbContext _db;
    private readonly Dictionary<Type, object> _asAt = [];
    private readonly Dictionary<(string Name, FoiScope Scope), object> _shared = [];

    private FoiRegister(GovernanceDbContext db, DateTime? asAtUtc)
    {
        _db = db;
        AsAtUtc = asAtUtc;
    }

    /// <summary>The register as it is now.</summary>
    public static FoiRegister Current(GovernanceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new FoiRegister(db, null);
    }

    /// <summary>The register as it stood at <paramref name="instantUtc"/>: records that did not exist yet are absent, the
    /// others are as they were then (retired then means left out of answers).</summary>
    public static Task<FoiRegister> AsAtAsync(GovernanceDbContext db, DateTime instantUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        cancellationToken.ThrowIfCancellationRequested();
        // Records are rebuilt per type when first asked for (RecordsAsync): a single question reads few types.
        return Task.FromResult(new FoiRegister(db, DateTime.SpecifyKind(instantUtc, DateTimeKind.Utc)));
    }

    /// <summary>The instant the register is read as it stood, or null for the register as it is now.</summary>
    public DateTime? AsAtUtc { get; }

    /// <summary>Whether the records flagged "do not confirm or deny" are visible to whoever reads (the context's
    /// clearance): only then do answers report how many such records fall in scope.</summary>
    public bool ShowsDoNotConfirmOrDenyRecords => _db.ShowsDoNotConfirmOrDenyRecords;

    /// <summary>The moment the answer speaks of as "now": the register's instant, or the clock's time.</summary>
    public DateTime NowUtc => AsAtUtc ?? _db.Clock.GetUtcNow().UtcDateTime;

    /// <summary>The UK day of <see cref="NowUtc"/>.</summary>
    public DateOnly Today => UkDays.Of(NowUtc);

    /// <summary>When an answer is generated: always the clock's time, even for the register as at a past instant.</summary>
    public DateTime GeneratedAtUtc => _db.Clock.GetUtcNow().UtcDateTime;

    /// <summary>Every record of type <typeparamref name="T"/> the reader may see (retired ones included: generators leave
    /// them out), as a query: SQL on the current register, in memory as at an instant.</summary>
    /// <remarks>As at an instant, a record flagged "do not confirm or deny" now is flagged in the past too, for a cleared
    /// reader as for the others (who do not see it at all): an answer about the past never names a record the
    /// force has since decided to neither confirm nor deny.</remarks>
    public async ValueTask<IQueryable<T>> RecordsAsync<T>(CancellationToken cancellationToken) where T : RegisterRecord
    {
        if (AsAtUtc is not { } instant)
        {
            return _db.Set<T>().AsNoTracking();
        }
        if (!_asAt.TryGetValue(typeof(T), out var loaded))
        {
            var records = await RegisterAsOf.AllAsync<T>(_db, instant, cancellationToken);
            if (_db.ShowsDoNotConfirmOrDenyRecords)
            {
                var flaggedNow = (await _db.Set<T>().AsNoTracking().Where(r => r.DoNotConfirmOrDeny).Select(r => r.Id)
                    .ToListAsync(cancellationToken)).ToHashSet();
                foreach (var record in records.Where(r => flaggedNow.Contains(r.Id)))
                {
                    // A detached copy rebuilt from the history: marking it changes nothing stored.
                    record.DoNotConfirmOrDeny = true;
                }
            }
            loaded = records;
            _asAt[typeof(T)] = loaded;
        }
        return ((IReadOnlyList<T>)loaded).AsQueryable();
    }

    /// <summary>Runs the query: with EF Core on the current register, in memory as at an instant.</summary>
    public static async Task<List<T>> ListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return InDatabase(query) ? await query.ToListAsync(cancellationToken) : query.ToList();
    }

    /// <summary>Counts what the query finds, in SQL on the current register.</summary>
    public static async Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return InDatabase(query) ? await query.CountAsync(cancellationToken) : query.Count();
    }

    /// <summary>The first result, or null: for a query that computes one row of totals.</summary>
    public static async Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return InDatabase(query) ? await query.FirstOrDefaultAsync(cancellationToken) : query.FirstOrDefault();
    }

    private static bool InDatabase<T>(IQueryable<T> query) => query.Provider is IAsyncQueryProvider;

    /// <summary>Something several questions of one scope read (the deployments in scope, say), computed once per
    /// register and scope so that generating the whole catalogue reads it once.</summary>
    internal async Task<T> SharedAsync<T>(string name, FoiScope scope, Func<Task<T>> compute) where T : class
    {
        if (_shared.TryGetValue((name, scope), out var known))
        {
            return (T)known;
        }
        var value = await compute();
        _shared[(name, scope)] = value;
        return value;
    }
}
