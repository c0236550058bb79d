using LfrGovernance.Core.Documents;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Documents;

/// <summary>The documents attached to one record, for the shared <c>_Documents</c> partial on the record's page.</summary>
public static class RecordDocuments
{
    public sealed record Row(Guid Id, string Title, string FileName, string ContentType, long SizeBytes, bool Retired);

    /// <param name="AsAtUtc">The instant the register is viewed at, when it is not the current register.</param>
    public sealed record Section(string SubjectType, Guid SubjectId, IReadOnlyList<Row> Documents, DateTime? AsAtUtc);

    /// <summary>The record's current documents (as they stood at <paramref name="asAtUtc"/> when given).</summary>
    public static async Task<Section> ForAsync(GovernanceDbContext db, string subjectType, Guid subjectId, DateTime? asAtUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        IReadOnlyList<Row> rows;
        if (asAtUtc is { } instant)
        {
            rows = (await RegisterAsOf.AllAsync<RecordDocument>(db, instant, cancellationToken))
                .Where(d => d.SubjectType == subjectType && d.SubjectId == subjectId && !d.IsRetired)
                .OrderBy(d => d.Title, StringComparer.CurrentCultureIgnoreCase)
                .Select(d => new Row(d.Id, d.Title, d.FileName, d.ContentType, d.SizeBytes, false))
                .ToList();
        }
        else
        {
            rows = await db.Documents.AsNoTracking()
                .Where(d => d.SubjectType == subjectType && d.SubjectId == subjectId && d.RetiredAt == null)
                .OrderBy(d => d.Title)
                .Select(d => new Row(d.Id, d.Title, d.FileName, d.ContentType, d.SizeBytes, false))
                .ToListAsync(cancellationToken);
        }
        return new Section(subjectType, subjectId, rows, asAtUtc);
    }

    /// <summary>A size as people read it: "812 bytes", "48 KB", "2.4 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => FormattableString.Invariant($"{bytes / 1024.0:0} KB"),
        _ => FormattableString.Invariant($"{bytes / 1024.0 / 1024.0:0.0} MB"),
    };

    /// <summary>The name of the type the content was found to be.</summary>
    public static string TypeName(string contentType) =>
        DocumentContent.AcceptedTypes.FirstOrDefault(t => t.ContentType == contentType)?.Name ?? contentType;
}
