using System.Text.Json;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Audit;

/// <summary>The change history log: every version of every register record, newest first, filtered and paged.</summary>
public static class ChangeHistory
{
    public sealed class Input : AuditFilterInput
    {
        /// <summary>The record type (entity name), or empty for all.</summary>
        public string? RecordType { get; set; }

        /// <summary>A <see cref="HistoryAction"/> name, or empty for all.</summary>
        public string? Action { get; set; }
    }

    public sealed record Row(
        long Sequence,
        DateTime OccurredAt,
        string UserId,
        string UserName,
        string UserRoles,
        string RecordType,
        Guid RecordId,
        string? RecordName,
        int Version,
        HistoryAction Action,
        string? Reason,
        IReadOnlyList<FieldChange> Changes);

    public sealed record Page(Input Input, IReadOnlyList<Row> Rows, Pager Pager, IReadOnlyList<string> RecordTypes, string FiltersInWords);

    /// <summary>The entries the filters select, newest first, and the filters in words; shared with the export.</summary>
    public sealed record Selection(IQueryable<HistoryEntry> Entries, string FiltersInWords);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            var selection = Select(db, input, modelState);
            var total = await selection.Entries.CountAsync(cancellationToken);
            var pager = Pager.For(input.Page, total);
            var rows = await ToRowsAsync(selection.Entries.Skip(pager.Skip).Take(pager.Size), cancellationToken);
            var recordTypes = await db.History.Select(e => e.RecordType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
            return new Page(input, rows, pager, recordTypes, selection.FiltersInWords);
        }
    }

    /// <summary>Applies the filters. Dates that are not real add errors to <paramref name="modelState"/> and are ignored.</summary>
    public static Selection Select(GovernanceDbContext db, Input input, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        var dates = DateRange.Read(input, modelState);
        var entries = db.History.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.User))
        {
            var pattern = AuditText.ContainsPattern(input.User);
            entries = entries.Where(e => EF.Functions.Like(e.UserName, pattern, "\\") || EF.Functions.Like(e.UserId, pattern, "\\"));
        }
        var recordType = string.IsNullOrWhiteSpace(input.RecordType) ? null : input.RecordType.Trim();
        if (recordType is not null)
        {
            entries = entries.Where(e => e.RecordType == recordType);
        }
        var action = ParseAction(input.Action);
        if (action is { } chosen)
        {
            entries = entries.Where(e => e.Action == chosen);
        }
        if (dates.FromUtc is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }
        if (dates.ToUtcExclusive is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }
        var words = AuditText.Describe([
            AuditText.UserFilter(input),
            ("record type", recordType),
            ("action", action?.ToString()),
            .. AuditText.DateFilters(dates),
        ]);
        return new Selection(entries.OrderByDescending(e => e.Sequence), words);
    }

    public static async Task<IReadOnlyList<Row>> ToRowsAsync(IQueryable<HistoryEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var rows = await Stored(entries).ToListAsync(cancellationToken);
        return [.. rows.Select(ToRow)];
    }

    /// <summary>The rows one at a time as the database reads them, for an export of any length.</summary>
    public static async IAsyncEnumerable<Row> StreamRows(IQueryable<HistoryEntry> entries,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await foreach (var entry in Stored(entries).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return ToRow(entry);
        }
    }

    private sealed record StoredEntry(long Sequence, DateTime OccurredAt, string UserId, string UserName, string UserRoles, string RecordType,
        Guid RecordId, string Snapshot, int Version, HistoryAction Action, string? Reason, string Changes);

    private static IQueryable<StoredEntry> Stored(IQueryable<HistoryEntry> entries) =>
        entries.Select(e => new StoredEntry(e.Sequence, e.OccurredAt, e.UserId, e.UserName, e.UserRoles, e.RecordType, e.RecordId, e.Snapshot,
            e.Version, e.Action, e.Reason, e.Changes));

    private static Row ToRow(StoredEntry e) => e.RecordType == RequesterRecordType
        ? new Row(e.Sequence, e.OccurredAt, e.UserId, e.UserName, e.UserRoles, e.RecordType, e.RecordId, null, e.Version, e.Action, e.Reason,
            [.. RecordSnapshot.DeserializeChanges(e.Changes).Select(c => c with { Before = Withheld(c.Before), After = Withheld(c.After) })])
        : new Row(e.Sequence, e.OccurredAt, e.UserId, e.UserName, e.UserRoles, e.RecordType, e.RecordId,
            NameIn(e.Snapshot), e.Version, e.Action, e.Reason, RecordSnapshot.DeserializeChanges(e.Changes));

    /// <summary>An FOI requester's contact details are for the FOI team only (issue: FOI casework): the log shows that
    /// they changed, when and by whom, not what they are.</summary>
    private const string RequesterRecordType = nameof(Core.Foi.FoiRequester);

    private static string? Withheld(string? value) => value is null ? null : "(withheld: FOI team only)";

    /// <summary>The record's name at that version, for records that have one, so a person can tell records apart.</summary>
    private static string? NameIn(string snapshot)
    {
        try
        {
            using var json = JsonDocument.Parse(snapshot);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("Name", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null; // an altered snapshot: the verifier reports it; the log still shows the entry
        }
    }

    private static HistoryAction? ParseAction(string? value) =>
        Enum.GetValues<HistoryAction>().Select(a => (HistoryAction?)a)
            .FirstOrDefault(a => string.Equals(a.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A field change as one line of text: "Name: City Museum → City Museum and Gallery".</summary>
    public static string Describe(FieldChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return $"{change.Field}: {change.Before ?? "(none)"} → {change.After ?? "(none)"}";
    }
}
