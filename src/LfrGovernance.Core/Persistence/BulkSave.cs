using System.Data.Common;
using LfrGovernance.Core.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LfrGovernance.Core.Persistence;

/// <summary>A save for many new records at once (an import): the same rules, the same history entries in one change
/// set and the same single transaction as <c>SaveChanges</c>, but each table's new rows go through one prepared
/// INSERT reused row after row, and the database's text index is filled once for them all.</summary>
/// <remarks>
/// <para>Why: EF Core's SQLite provider sends one new command per inserted row, prepared each time, and a text index
/// kept by a trigger is written (and flushed) row by row; for 10,000 deployments and their 10,000 history entries that
/// was most of an import's time.</para>
/// <para>How: <see cref="HistoryInterceptor"/> does what it does at the start of every save (checks the rules, takes
/// the writer lock, adds the history entries); the new rows (records and history entries) are then inserted table by
/// table, principals first, with the values and parameter types EF Core itself would send; the rest (updated records,
/// other rows) is saved by <c>SaveChanges</c> in the same transaction, which writes no second history; the commit ends
/// it. Nothing here is particular to one database engine.</para>
/// <para>A failed bulk save saves nothing (the transaction rolls back) and clears the context: what it tracked can no
/// longer be trusted to match the database. Errors come as <see cref="DbUpdateException"/>, as from SaveChanges.</para>
/// </remarks>
public static class BulkSave
{
    /// <summary>Saves every change the context tracks, new rows in bulk; returns the number of rows written.</summary>
    public static async Task<int> SaveChangesInBulkAsync(this GovernanceDbContext db, IRecordTextSearch textSearch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(textSearch);
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A bulk save runs in a transaction of its own: it cannot join one already open.");
        }
        var committed = false;
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            // The writer lock first, then the database's, in the order every save takes them.
            await HistoryInterceptor.BeginBulkAsync(db, cancellationToken);
            // Every change was detected when the history was written: what follows looks at the entries as they stand.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
            var written = 0;
            foreach (var (type, rows) in InsertionOrder(added))
            {
                written += await InsertAsync(db, type, rows, textSearch, cancellationToken);
            }
            foreach (var entry in added)
            {
                entry.State = EntityState.Unchanged;
            }
            written += await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            committed = true;
            return written;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
            HistoryInterceptor.EndBulk(db, committed);
        }
    }

    /// <summary>The new rows by entity type, each type after the types it refers to, and within a type that refers to
    /// itself (an assessment superseding another), each row after the row it refers to.</summary>
    public static IReadOnlyList<(IEntityType Type, IReadOnlyList<EntityEntry> Rows)> InsertionOrder(IEnumerable<EntityEntry> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        var byType = added.GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        var types = DependencyOrder(byType.Keys.OrderBy(t => t.Name, StringComparer.Ordinal),
            type => type.GetForeignKeys().Select(k => k.PrincipalEntityType).Where(p => p != type && byType.ContainsKey(p)).Distinct().OrderBy(p => p.Name, StringComparer.Ordinal),
            type => $"{type.DisplayName()} refers to itself through other types: its new rows cannot be ordered.");
        return [.. types.Select(type => (type, (IReadOnlyList<EntityEntry>)RowsInOrder(type, byType[type])))];
    }

    private static List<EntityEntry> RowsInOrder(IEntityType type, List<EntityEntry> rows)
    {
        var selfReferences = type.GetForeignKeys().Where(k => k.PrincipalEntityType == type).ToList();
        if (selfReferences.Count == 0)
        {
            return rows;
        }
        if (selfReferences.Any(k => k.Properties.Count != 1 || k.PrincipalKey.Properties.Count != 1))
        {
            throw new InvalidOperationException($"{type.DisplayName()} refers to itself by a composite key: its new rows cannot be ordered.");
        }
        var byKey = rows.ToDictionary(r => r.CurrentValues[type.FindPrimaryKey()!.Properties[0]]!);
        return DependencyOrder(rows,
            row => selfReferences
                .Select(key => row.CurrentValues[key.Properties[0]] is { } target && byKey.TryGetValue(target, out var principal) && principal != row ? principal : null)
                .OfType<EntityEntry>(),
            _ => $"New {type.DisplayName()} rows refer to each other in a circle: they cannot be ordered.");
    }

    /// <summary>The items, each after those it depends on (depth first, otherwise in the order given); a circle of
    /// dependencies is refused with <paramref name="circle"/>'s message.</summary>
    private static List<T> DependencyOrder<T>(IEnumerable<T> items, Func<T, IEnumerable<T>> dependsOn, Func<T, string> circle) where T : notnull
    {
        var ordered = new List<T>();
        var done = new HashSet<T>();
        var visiting = new HashSet<T>();
        void Visit(T item)
        {
            if (done.Contains(item))
            {
                return;
            }
            if (!visiting.Add(item))
            {
                throw new InvalidOperationException(circle(item));
            }
            foreach (var first in dependsOn(item))
            {
                Visit(first);
            }
            visiting.Remove(item);
            done.Add(item);
            ordered.Add(item);
        }
        foreach (var item in items)
        {
            Visit(item);
        }
        return ordered;
    }

    /// <summary>Inserts the rows of one table with one prepared command, and has the text index, if the database keeps
    /// one for the type, filled for them at once afterwards.</summary>
    private static async Task<int> InsertAsync(GovernanceDbContext db, IEntityType type, IReadOnlyList<EntityEntry> rows, IRecordTextSearch textSearch, CancellationToken cancellationToken)
    {
        var table = type.GetTableName() ?? throw new InvalidOperationException($"{type.DisplayName()} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var columns = type.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(store)))
            .Where(c => c.Column is not null)
            .ToList();
        // Every value is sent as the entity holds it: a column whose value the database would make is not for this path.
        if (columns.Any(c => c.Property.ValueGenerated != ValueGenerated.Never || c.Property.GetComputedColumnSql(store) is not null
            || c.Property.GetDefaultValueSql(store) is not null || c.Property.FindAnnotation(RelationalAnnotationNames.DefaultValue) is not null))
        {
            throw new InvalidOperationException($"{type.DisplayName()} has values the database generates: save it with SaveChanges, not in bulk.");
        }
        var sql = db.GetService<ISqlGenerationHelper>();
        var names = columns.Select((_, i) => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var parameters = names.Select(sql.GenerateParameterName).ToList();
        var mappings = columns.Select(c => c.Property.GetRelationalTypeMapping()).ToList();

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        command.CommandText = "INSERT INTO " + sql.DelimitIdentifier(table, type.GetSchema())
            + " (" + string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column!))) + ")"
            + " VALUES (" + string.Join(", ", names.Select(sql.GenerateParameterNamePlaceholder)) + ")";

        var index = await textSearch.BeginBulkInsertAsync(db, type.ClrType, cancellationToken);
        var prepared = false;
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            var values = row.CurrentValues;
            for (var i = 0; i < columns.Count; i++)
            {
                // As EF Core binds them: the column's type mapping converts the value (enums to names, instants to UTC).
                command.Parameters.Add(mappings[i].CreateParameter(command, parameters[i], values[columns[i].Property], columns[i].Property.IsNullable));
            }
            if (!prepared)
            {
                await command.PrepareAsync(cancellationToken);
                prepared = true;
            }
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException e)
            {
                throw new DbUpdateException($"A new {type.DisplayName()} could not be saved: {e.Message}", e, [row]);
            }
        }
        if (index is not null)
        {
            await index.CompleteAsync(cancellationToken);
        }
        return rows.Count;
    }
}
