using System.Collections.Concurrent;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Documents;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LfrGovernance.Core.History;

/// <summary>Writes one history entry for every register record a save inserts, updates or retires, in the same
/// save (so in the same transaction: a failed save writes none). It covers every <see cref="RegisterRecord"/>
/// type without further code, refuses deletions, refuses any change to history already written, and refuses any
/// change to a record written once (<see cref="IUnchangeableRecord"/>, such as a signed decision).</summary>
public sealed class HistoryInterceptor : SaveChangesInterceptor
{
    public static readonly HistoryInterceptor Instance = new();

    // One writer at a time per database, so that each entry chains to the one really before it.
    // (Within one process; a multi-instance deployment will take a database lock instead.)
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Writers = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<DbContext, SemaphoreSlim> Held = new();

    // The chain head as this process last saved it, per database, read and written only under the writer lock:
    // it spares a query on every save. Forgotten after any failed save, and then read again from the database.
    // The database keeps its own copy (the HistoryChainHead row) by a trigger on each history insert, in the same
    // transaction, so that a save sends one statement fewer; the head a save will leave waits here until it succeeds.
    private static readonly ConcurrentDictionary<string, HistoryChainHead> KnownHeads = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<DbContext, HistoryChainHead> PendingHeads = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is GovernanceDbContext db && !Bulk.ContainsKey(db) && Prepare(db) is { } writer)
        {
            writer.Wait();
            Held[db] = writer;
            try
            {
                AppendHistory(db);
            }
            catch
            {
                Release(db);
                throw;
            }
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is GovernanceDbContext db && !Bulk.ContainsKey(db) && Prepare(db) is { } writer)
        {
            await writer.WaitAsync(cancellationToken);
            Held[db] = writer;
            try
            {
                AppendHistory(db);
            }
            catch
            {
                Release(db);
                throw;
            }
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData?.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    // A bulk save's transaction is still open when its SaveChanges ends: it remembers the head once it commits.
    private static void Saved(DbContext? context)
    {
        if (context is not null && Bulk.ContainsKey(context))
        {
            return;
        }
        RememberHead(context);
        Release(context);
    }

    // A bulk save's transaction is still open when its SaveChanges fails: it cleans up after its rollback.
    private static void Failed(DbContext? context)
    {
        if (context is not null && Bulk.ContainsKey(context))
        {
            return;
        }
        Abandon(context);
    }

    // The contexts in the middle of a bulk save (BulkSave): their history is written before their SaveChanges.
    private static readonly ConcurrentDictionary<DbContext, bool> Bulk = new();

    /// <summary>The first half of a save, for <see cref="Persistence.BulkSave"/>, which sends the new rows itself:
    /// checks the rules, takes the writer lock and adds the history entries to the context, as a save would. Until
    /// <see cref="EndBulk"/>, the context's SaveChanges writes no more history and keeps the lock. Changes that touch
    /// no register record take neither.</summary>
    internal static async Task BeginBulkAsync(GovernanceDbContext db, CancellationToken cancellationToken)
    {
        if (Prepare(db) is not { } writer)
        {
            return;
        }
        await writer.WaitAsync(cancellationToken);
        Held[db] = writer;
        Bulk[db] = true;
        try
        {
            AppendHistory(db);
        }
        catch
        {
            EndBulk(db, committed: false);
            throw;
        }
    }

    /// <summary>The end of a bulk save: the head it wrote is remembered when it committed, forgotten when not, and
    /// the next writer is let in.</summary>
    internal static void EndBulk(DbContext db, bool committed)
    {
        if (!Bulk.TryRemove(db, out _))
        {
            return;
        }
        if (committed)
        {
            RememberHead(db);
            Release(db);
        }
        else
        {
            Abandon(db);
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Failed(eventData?.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData?.Context);
        return Task.CompletedTask;
    }

    // A stale edit ends here, not in SaveChangesFailed: the same clean-up applies.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Failed(eventData?.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Failed(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        Failed(eventData?.Context);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData?.Context);
        return Task.CompletedTask;
    }

    /// <summary>Checks the rules and says whether this save changes any register record.</summary>
    private static SemaphoreSlim? Prepare(GovernanceDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var changesRecords = false;
        using var _ = WithoutDetecting(db);
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case HistoryEntry or AccessLogEntry when entry.State is EntityState.Modified or EntityState.Deleted:
                    throw new InvalidOperationException("History and the access log are append-only: an entry cannot be changed or removed.");
                case RegisterRecord when entry.State == EntityState.Deleted:
                    throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} records are retired, never deleted.");
                case IUnchangeableRecord when entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)):
                    throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} records cannot be changed once saved, nor retired: record a new one that supersedes it.");
                case RegisterRecord when entry.State is EntityState.Added or EntityState.Modified:
                    changesRecords = true;
                    break;
            }
        }
        return changesRecords ? Writers.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1)) : null;
    }

    private static void AppendHistory(GovernanceDbContext db)
    {
        // Prepare detected every change; each look at the entries would detect them all again (a tenth of a second
        // for 10,000 new records, several times over).
        using var _ = WithoutDetecting(db);
        AssignDefaultForce(db);
        KeepPartsInStep(db);
        var actor = db.ChangeAuthor.Current;
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var changeSet = Guid.NewGuid();
        var head = CurrentHead(db);

        var changed = db.ChangeTracker.Entries<RegisterRecord>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))))
            .ToList();
        foreach (var entry in changed)
        {
            var added = entry.State == EntityState.Added;
            var changes = RecordSnapshot.Changes(entry, added);
            var action = added ? HistoryAction.Created : ActionOf(entry);
            // Set through the entry, not the entity, so the change is saved even when the caller has turned off
            // automatic change detection (bulk loads do).
            entry.Property(r => r.Version).CurrentValue = added ? 1 : entry.Property(r => r.Version).OriginalValue + 1;

            var history = new HistoryEntry
            {
                Sequence = head.LastSequence + 1,
                RecordType = entry.Metadata.ClrType.Name,
                RecordId = entry.Entity.Id,
                Version = entry.Entity.Version,
                Action = action,
                Snapshot = RecordSnapshot.Capture(entry),
                Changes = RecordSnapshot.Serialize(changes),
                ChangeSetId = changeSet,
                UserId = actor.UserId,
                UserName = actor.DisplayName,
                UserRoles = string.Join(',', actor.Roles),
                OccurredAt = now,
                Reason = string.IsNullOrWhiteSpace(db.ChangeReason) ? null : db.ChangeReason.Trim(),
                PreviousHash = head.LastHash,
                Hash = string.Empty,
            };
            history.Hash = HistoryHash.Compute(history);
            head.LastSequence = history.Sequence;
            head.LastHash = history.Hash;
            db.Set<HistoryEntry>().Add(history);
        }
        PendingHeads[db] = head;
    }

    /// <summary>Turns the context's automatic change detection off until disposed, then back as it was.</summary>
    private static DetectionPause WithoutDetecting(DbContext db)
    {
        var was = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return new DetectionPause(db, was);
    }

    private readonly struct DetectionPause(DbContext db, bool was) : IDisposable
    {
        public void Dispose() => db.ChangeTracker.AutoDetectChangesEnabled = was;
    }

    /// <summary>The rule that every record belongs to a force: a new record that names none gets the default force.</summary>
    private static void AssignDefaultForce(GovernanceDbContext db)
    {
        var homeless = db.ChangeTracker.Entries<Forces.ForceRecord>()
            .Where(e => e.State == EntityState.Added && e.Entity.ForceId == Guid.Empty)
            .ToList();
        if (homeless.Count == 0)
        {
            return;
        }
        var defaultForce = db.ChangeTracker.Entries<Forces.Force>().Where(e => e.Entity.IsDefault).Select(e => (Guid?)e.Entity.Id).FirstOrDefault()
            ?? db.Forces.Where(f => f.IsDefault).Select(f => (Guid?)f.Id).SingleOrDefault()
            ?? throw new InvalidOperationException("The register has no default force, so a new record cannot belong to one.");
        foreach (var entry in homeless)
        {
            entry.Property(r => r.ForceId).CurrentValue = defaultForce;
        }
    }

    /// <summary>The rule of <see cref="RecordParts"/>: a part added takes its owner's handling, and an owner whose
    /// marking or do-not-confirm-or-deny flag changed passes them on to its parts (and its documents).</summary>
    private static void KeepPartsInStep(GovernanceDbContext db)
    {
        var tracked = db.ChangeTracker.Entries<RegisterRecord>().ToList();
        var byKey = new Dictionary<(Type, Guid), RegisterRecord>();
        foreach (var entry in tracked)
        {
            byKey.TryAdd((entry.Metadata.ClrType, entry.Entity.Id), entry.Entity);
        }
        var added = tracked.Where(e => e.State == EntityState.Added)
            .Select(e => (Part: e, Owner: OwnerOf(db, e)))
            .Where(p => p.Owner is not null)
            .Select(p => (p.Part, Owner: p.Owner!.Value))
            .ToList();
        // The owners not in this save are read once per owner type (an import adds thousands of alerts to deployments
        // already in the register), not once per part.
        var stored = new Dictionary<(Type, Guid), (RecordMarking, bool)>();
        foreach (var ofType in added.Where(p => !byKey.ContainsKey(p.Owner)).GroupBy(p => p.Owner.Type))
        {
            var handling = (Dictionary<Guid, (RecordMarking, bool)>)StoredHandlingQuery.MakeGenericMethod(ofType.Key)
                .Invoke(null, [db, ofType.Select(p => p.Owner.Id).Distinct().ToList()])!;
            foreach (var (id, found) in handling)
            {
                stored[(ofType.Key, id)] = found;
            }
        }
        foreach (var (part, owner) in added)
        {
            if (byKey.TryGetValue(owner, out var tracking))
            {
                Apply(part, tracking.Marking, tracking.DoNotConfirmOrDeny);
            }
            else if (stored.TryGetValue(owner, out var found))
            {
                Apply(part, found.Item1, found.Item2);
            }
        }
        // A part can own parts of its own (an FOI question's exemptions): a part whose handling changes is an owner in turn.
        var owners = new Queue<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<RegisterRecord>>(tracked
            .Where(e => e.State == EntityState.Modified && (Changed(e.Property(r => r.Marking)) || Changed(e.Property(r => r.DoNotConfirmOrDeny)))));
        while (owners.TryDequeue(out var owner))
        {
            var type = owner.Metadata.ClrType;
            var parts = RecordParts.PartsOf(type)
                .SelectMany(p => (IEnumerable<RegisterRecord>)PartsQuery.MakeGenericMethod(p.Part).Invoke(null, [db, p.OwnerKey, owner.Entity.Id])!)
                .Concat(db.Set<RecordDocument>().IgnoreQueryFilters().Where(d => d.SubjectType == type.Name && d.SubjectId == owner.Entity.Id))
                .Concat(RecordParts.DecisionSubjectOf(type) is { } subject
                    ? db.Set<AuthorisationDecision>().IgnoreQueryFilters().Where(d => d.SubjectKind == subject && d.SubjectId == owner.Entity.Id)
                    : Enumerable.Empty<RegisterRecord>())
                .ToList();
            foreach (var part in parts)
            {
                var entry = db.Entry(part);
                if (Apply(entry, owner.Entity.Marking, owner.Entity.DoNotConfirmOrDeny) && RecordParts.PartsOf(entry.Metadata.ClrType).Any())
                {
                    owners.Enqueue(entry);
                }
            }
        }
    }

    private static bool Changed<T>(Microsoft.EntityFrameworkCore.ChangeTracking.PropertyEntry<RegisterRecord, T> property) =>
        !EqualityComparer<T>.Default.Equals(property.OriginalValue, property.CurrentValue);

    /// <summary>Gives the part its owner's handling; true when that changed it.</summary>
    private static bool Apply(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<RegisterRecord> part, RecordMarking marking, bool doNotConfirmOrDeny)
    {
        var changed = false;
        // Through the entry, so that the change is saved even with automatic change detection off.
        if (part.Entity.Marking != marking)
        {
            part.Property(r => r.Marking).CurrentValue = marking;
            changed = true;
        }
        if (part.Entity.DoNotConfirmOrDeny != doNotConfirmOrDeny)
        {
            part.Property(r => r.DoNotConfirmOrDeny).CurrentValue = doNotConfirmOrDeny;
            changed = true;
        }
        return changed;
    }

    /// <summary>The owner of a part or a document, or null for a record that is neither.</summary>
    private static (Type Type, Guid Id)? OwnerOf(GovernanceDbContext db, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<RegisterRecord> entry)
    {
        if (entry.Entity is AuthorisationDecision decision)
        {
            return (RecordParts.TypeOf(decision.SubjectKind), decision.SubjectId);
        }
        if (entry.Entity is RecordDocument document)
        {
            return db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == document.SubjectType)?.ClrType is { } subject
                ? (subject, document.SubjectId)
                : null;
        }
        return RecordParts.Of(entry.Metadata.ClrType) is { } part ? (part.Owner, (Guid)entry.Property(part.OwnerKey).CurrentValue!) : null;
    }

    private static readonly System.Reflection.MethodInfo PartsQuery =
        typeof(HistoryInterceptor).GetMethod(nameof(PartsOfOwner), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static readonly System.Reflection.MethodInfo StoredHandlingQuery =
        typeof(HistoryInterceptor).GetMethod(nameof(StoredHandling), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static List<TPart> PartsOfOwner<TPart>(GovernanceDbContext db, string ownerKey, Guid ownerId) where TPart : RegisterRecord =>
        db.Set<TPart>().IgnoreQueryFilters().Where(p => EF.Property<Guid>(p, ownerKey) == ownerId).ToList();

    /// <summary>The stored handling of the owners with these ids (those found), read in slices that keep the query's
    /// parameters within every engine's limit.</summary>
    private static Dictionary<Guid, (RecordMarking, bool)> StoredHandling<TOwner>(GovernanceDbContext db, List<Guid> ownerIds) where TOwner : RegisterRecord
    {
        var handling = new Dictionary<Guid, (RecordMarking, bool)>();
        foreach (var slice in ownerIds.Chunk(500))
        {
            foreach (var owner in db.Set<TOwner>().IgnoreQueryFilters().AsNoTracking().Where(o => slice.Contains(o.Id))
                .Select(o => new { o.Id, o.Marking, o.DoNotConfirmOrDeny }))
            {
                handling[owner.Id] = (owner.Marking, owner.DoNotConfirmOrDeny);
            }
        }
        return handling;
    }

    /// <summary>The chain head to extend: the values this process last saved, else the database's (none yet: the
    /// genesis). Only read: the database moves its head row itself as each entry is inserted.</summary>
    private static HistoryChainHead CurrentHead(GovernanceDbContext db)
    {
        var known = KnownHeads.TryGetValue(Key(db), out var head)
            ? head
            : db.Set<HistoryChainHead>().AsNoTracking().SingleOrDefault(h => h.Id == HistoryChainHead.SingletonId) ?? new HistoryChainHead();
        return new HistoryChainHead { LastSequence = known.LastSequence, LastHash = known.LastHash };
    }

    private static string Key(DbContext db) => db.Database.GetConnectionString() ?? string.Empty;

    private static HistoryAction ActionOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<RegisterRecord> entry)
    {
        var retired = entry.Property(r => r.RetiredAt);
        if (retired.OriginalValue is null && retired.CurrentValue is not null)
        {
            return HistoryAction.Retired;
        }
        return retired.OriginalValue is not null && retired.CurrentValue is null ? HistoryAction.Reinstated : HistoryAction.Updated;
    }

    /// <summary>After a failed save, the entries and chain head this save added are dropped from the context, so
    /// that the context can be used again without them (the database has none of them: the save rolled back).</summary>
    private static void Forget(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        KnownHeads.TryRemove(Key(context), out _);
        PendingHeads.TryRemove(context, out _);
        foreach (var entry in context.ChangeTracker.Entries<HistoryEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
        foreach (var entry in context.ChangeTracker.Entries<RegisterRecord>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = entry.Property(r => r.Version).OriginalValue;
        }
    }

    /// <summary>A save that did not happen: drop what it added to the context and let the next writer in.</summary>
    private static void Abandon(DbContext? context)
    {
        Forget(context);
        Release(context);
    }

    private static void RememberHead(DbContext? context)
    {
        if (context is not null && Held.ContainsKey(context) && PendingHeads.TryRemove(context, out var head))
        {
            KnownHeads[Key(context)] = head;
        }
    }

    private static void Release(DbContext? context)
    {
        if (context is not null && Held.TryRemove(context, out var writer))
        {
            writer.Release();
        }
    }
}
