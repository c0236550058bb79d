using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>One field one version changed, as people read it.</summary>
public sealed record FieldChangeLine(string Field, string Label, string Before, string After);

/// <summary>One version of a record, for the timeline on its page.</summary>
/// <param name="Decisions">The authorisation decisions saved with this version (a decision moves a deployment, and
/// answers a collaboration's request), each in one line.</param>
public sealed record HistoryItem(
    int Version, HistoryAction Action, string UserName, string UserRoles, DateTime OccurredAtUtc, string? Reason,
    IReadOnlyList<FieldChangeLine> Changes, IReadOnlyList<string> Decisions)
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
        return ReadAsync(db, entries.OrderByDescending(e => e.Version), fields, cancellationToken, (recordType, id));
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
        CancellationToken cancellationToken, (string RecordType, Guid Id)? subject = null)
    {
        var rows = await entries
            .Select(e => new { e.Version, e.Action, e.UserName, e.UserRoles, e.OccurredAt, e.Reason, e.Changes, e.ChangeSetId })
            .ToListAsync(cancellationToken);
        var decisions = subject is { } record ? await DecisionsByChangeSetAsync(db, record.RecordType, record.Id, cancellationToken) : null;
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
                Lines(changes[row.Version], row.Action == HistoryAction.Created, fields, names),
                decisions is not null && decisions.TryGetValue(row.ChangeSetId, out var made) ? made : []))
            .ToList();
    }

    /// <summary>The decisions on a deployment or collaboration, by the change set that saved each, found through the
    /// decisions' own index and history index rather than by reading every change set.</summary>
    private static async Task<Dictionary<Guid, List<string>>?> DecisionsByChangeSetAsync(GovernanceDbContext db, string recordType, Guid id,
        CancellationToken cancellationToken)
    {
        DecisionSubject? kind = recordType switch
        {
            nameof(Core.Deployments.Deployment) => DecisionSubject.Deployment,
            nameof(Core.Collaborations.Collaboration) => DecisionSubject.Collaboration,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }
        var decisions = await db.AuthorisationDecisions.AsNoTracking().Where(d => d.SubjectKind == kind && d.SubjectId == id)
            .ToListAsync(cancellationToken);
        if (decisions.Count == 0)
        {
            return null;
        }
        var ids = decisions.Select(d => d.Id).ToList();
        var saved = await db.History.AsNoTracking()
            .Where(e => e.RecordType == nameof(AuthorisationDecision) && ids.Contains(e.RecordId) && e.Action == HistoryAction.Created)
            .Select(e => new { e.RecordId, e.ChangeSetId })
            .ToListAsync(cancellationToken);
        var byId = decisions.ToDictionary(d => d.Id);
        return saved.GroupBy(e => e.ChangeSetId).ToDictionary(g => g.Key, g => g.Select(e => byId[e.RecordId].Describe()).ToList());
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
