using System.Security.Claims;
using LfrGovernance.Core.Importing;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import;

/// <summary>The check of an uploaded file, against the register as it is now: per sheet, the records it would create
/// and update, the rows unchanged and those rejected, and every problem by sheet, row and column. Nothing is saved;
/// the page can be reloaded and linked to (by its uploader only).</summary>
public static class CheckImport
{
    /// <summary>The uploaded file, as the pages name it.</summary>
    public sealed record Upload(Guid Id, string FileName, string Sha256, long SizeBytes, DateTime UploadedAt);

    public sealed record Page(Upload Upload, ImportReport Report);

    public sealed class Handler(GovernanceDbContext db, ImportEngine engine)
    {
        /// <summary>The check, or null when there is no such upload of this user's waiting to be imported.</summary>
        public async Task<Page?> HandleAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            if (await FindWaitingAsync(db, id, user, cancellationToken) is not { } pending)
            {
                return null;
            }
            var staged = await engine.StageAsync(pending.Content, user, cancellationToken);
            // A check saves nothing: what the sheets staged is forgotten.
            db.ChangeTracker.Clear();
            return new Page(UploadOf(pending), staged.Report);
        }
    }

    public static Upload UploadOf(PendingImport pending) =>
        new((pending ?? throw new ArgumentNullException(nameof(pending))).Id, pending.FileName, pending.Sha256, pending.SizeBytes, pending.UploadedAt);

    /// <summary>The user's upload still waiting to be imported, with its content, untracked; null for anyone else's.</summary>
    public static async Task<PendingImport?> FindWaitingAsync(GovernanceDbContext db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (CurrentUser.From(user) is not { } current)
        {
            return null;
        }
        return await db.PendingImports.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == id && i.UserId == current.Id && i.ImportedAt == null, cancellationToken);
    }
}
