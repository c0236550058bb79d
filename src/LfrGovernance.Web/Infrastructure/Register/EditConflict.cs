using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>What an edit form tells the user when someone else saved the record after they opened it: who changed
/// which field from what to what, beside the field when the form holds it; and the version to rebase the form on, so
/// that saving again overwrites deliberately.</summary>
/// <param name="LatestName">The record's name now, for the page heading.</param>
/// <param name="LatestVersion">The version the form is now based on.</param>
/// <param name="Message">The summary's first sentence: who saved, and when.</param>
public sealed record EditConflict(string LatestName, int LatestVersion, string Message)
{
    /// <summary>The error key for conflicts on fields the form does not hold: the error summary links them to the
    /// first field.</summary>
    public const string Key = "";

    /// <summary>Adds one error per field changed since <paramref name="version"/> to <paramref name="modelState"/> and
    /// describes the conflict.</summary>
    /// <param name="entered">The form's value for a field as history writes it, or null when the form has no such field.</param>
    public static async Task<EditConflict> ExplainAsync<TRecord>(GovernanceDbContext db, RecordKind<TRecord> kind, Guid id, int version,
        Func<string, string?> entered, ModelStateDictionary modelState, CancellationToken cancellationToken)
        where TRecord : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(entered);
        ArgumentNullException.ThrowIfNull(modelState);
        var latest = await db.Set<TRecord>().AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
        var since = await RecordHistory.SinceAsync(db, kind.RecordType, id, version, kind.Fields, cancellationToken);
        var conflicts = RecordConflicts.Summarise(since);
        foreach (var line in conflicts)
        {
            var yours = entered(line.Field);
            modelState.AddModelError(yours is null ? Key : $"Input.{line.Field}", line.Message(yours));
        }
        if (conflicts.Count == 0)
        {
            modelState.AddModelError(Key, $"Someone else saved this {kind.Singular} after you opened this page");
        }
        var message = since.Count > 0
            ? $"{RecordConflicts.Names(since)} saved changes to this {kind.Singular} at {UkTime.Format(since[^1].OccurredAtUtc)} ({UkTime.ZoneName}), after you opened it."
            : $"Someone else saved changes to this {kind.Singular} after you opened it.";
        return new EditConflict(kind.NameOf(latest), latest.Version, message);
    }
}
