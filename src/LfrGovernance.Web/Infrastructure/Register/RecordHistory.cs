using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>One field one version changed, as people read it.</summary>
public sealed record FieldChangeLine(string Field, string Label, string Before, string After);

/// <summary>One version of a record, for the timeline on its page.</summary>
public sealed record HistoryItem(
    int Version, HistoryAction Action, string UserName, string UserRoles, DateTime OccurredAtUtc, string? Reason,
    IReadOnlyList<FieldChangeLine> Changes)
{
    public string ActionText => Action switch
    {
        HistoryAction.Created => "Created",
        HistoryAction.Updated => "Changed",
        HistoryAction.Retired => "Retired",
        HistoryAction.Reinstated => "Reinstated",
        _ => Action.ToString(),
    };
}

/// <summary>Reads a record's history for people: the timeline of its versions, and what changed since a version
/// (for the message a user sees when someone else saved first).</summary>
public static class RecordHistory
{
    /// <summary>Every version up to <paramref name="upToUtc"/> (all when null), newest first.</summary>
    public static Task<IReadOnlyList<HistoryItem>> TimelineAsync(GovernanceDbContext db, string recordType, Guid id,
        DateTime? upToUtc, RecordFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = db.History.AsNoTracking().Where(e => e.RecordType == recordType && e.RecordId == id);
        if (upToUtc is { } instant)
        {
            entries = entries.Where(e => e.OccurredAt <= instant);
        }
        return ReadAsync(db, entries.OrderByDescending(e => e.Version), fields, cancellationToken);
    }

    /// <summary>The versions saved after <paramref name="version"/>, oldest first.</summary>
    public static Task<IReadOnlyList<HistoryItem>> SinceAsync(GovernanceDbContext db, string recordType, Guid id,
        int version, RecordFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = db.History.AsNoTracking()
            .Where(e => e.RecordType == recordType && e.RecordId == id && e.Version > version)
            .OrderBy(e => e.Version);
        return ReadAsync(db, entries, fields, cancellationToken);
    }

    private static async Task<IReadOnlyList<HistoryItem>> ReadAsync(GovernanceDbContext db, IQueryable<HistoryEntry> entries, RecordFields fields,
        CancellationToken cancellationToken)
    {
        var rows = await entries
            .Select(e => new { e.Version, e.Action, e.UserName, e.UserRoles, e.OccurredAt, e.Reason, e.Changes })
            .ToListAsync(cancellationToken);
        var changes = rows.ToDictionary(row => row.Version, row => RecordSnapshot.DeserializeChanges(row.Changes));
        // Fields that refer to another record (SystemId, OwnerId...) are shown by that record's name.
        var referenced = changes.Values.SelectMany(list => list)
            .Where(change => change.Field.EndsWith("Id", StringComparison.Ordinal) && fields.Label(change.Field) is not null)
            .SelectMany(change => new[] { change.Before, change.After })
            .Select(value => Guid.TryParse(value, out var id) ? id : (Guid?)null)
            .OfType<Guid>().Distinct().ToList();
        var names = await RecordNames.FindAsync(db, referenced, cancellationToken);
        return rows.Select(row => new HistoryItem(
                row.Version, row.Action, row.UserName, RolesText(row.UserRoles), row.OccurredAt, row.Reason,
                Lines(changes[row.Version], row.Action == HistoryAction.Created, fields, names)))
            .ToList();
    }

    private static List<FieldChangeLine> Lines(IReadOnlyList<FieldChange> changes, bool created, RecordFields fields, IReadOnlyDictionary<Guid, string> names)
    {
        string Show(string field, string? stored) =>
            stored is not null && Guid.TryParse(stored, out var id) && names.TryGetValue(id, out var name) ? name : fields.Display(field, stored);
        return changes
            .Where(change => fields.Label(change.Field) is not null)
            .OrderBy(change => fields.Order(change.Field))
            .Select(change => new FieldChangeLine(change.Field, fields.Label(change.Field)!,
                created ? string.Empty : Show(change.Field, change.Before), Show(change.Field, change.After)))
            .ToList();
    }

    private static string RolesText(string roles) =>
        string.Join(", ", roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Roles.DisplayName));
}
