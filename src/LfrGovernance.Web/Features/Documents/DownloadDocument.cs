using System.Text;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Documents;

/// <summary>Downloading a document: only as an attachment, never shown in the browser, and logged in the access
/// log like an export (Data Protection Act 2018 s.62), with the user's stated purpose when the document's marking (its
/// record's) asks for one. A document of a record the user may not see is not found.</summary>
public static class DownloadDocument
{
    /// <param name="Path">The kept file.</param>
    /// <param name="FileName">A safe name to save it as.</param>
    public sealed record File(string Path, string FileName);

    public sealed class Handler(GovernanceDbContext db, DocumentStore store)
    {
        /// <param name="purpose">Why the user needs it, when the document's marking asks.</param>
        public async Task<File?> HandleAsync(Guid id, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (document is null
                || await DocumentSubjects.FindAsync(db, document.SubjectType, document.SubjectId, cancellationToken) is not { } subject
                || store.Find(document.Sha256) is not { } path)
            {
                return null;
            }
            var description = $"Document \u201c{document.Title}\u201d ({document.FileName}) of {subject.Noun} \u201c{subject.Name}\u201d";
            db.AccessLog.Add(new AccessLogEntry
            {
                OccurredAt = db.Clock.GetUtcNow().UtcDateTime,
                UserId = user.Id,
                UserName = user.DisplayName,
                UserRoles = string.Join(',', user.Roles),
                Action = AccessAction.Downloaded,
                RecordType = nameof(Core.Documents.RecordDocument),
                RecordId = document.Id,
                Description = description.Length > 500 ? description[..500] : description,
                Purpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim(),
            });
            await db.SaveChangesAsync(cancellationToken);
            return new File(path, SafeFileName(document.FileName));
        }
    }

    /// <summary>The uploaded name reduced to letters, digits, spaces, dots, hyphens and underscores (at most 100
    /// characters, keeping the ending), so that it cannot reach a header or a path as anything but a name.</summary>
    public static string SafeFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var ending = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        static string Clean(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text.Normalize(NormalizationForm.FormKD))
            {
                builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ' ' or '.' ? c : c < 128 ? '_' : '\0');
            }
            return builder.ToString().Replace("\0", string.Empty, StringComparison.Ordinal).Trim(' ', '.');
        }
        stem = Clean(stem);
        ending = Clean(ending).Length > 0 ? "." + Clean(ending) : string.Empty;
        if (stem.Length == 0)
        {
            stem = "document";
        }
        return stem[..Math.Min(stem.Length, 100 - ending.Length)] + ending;
    }
}
