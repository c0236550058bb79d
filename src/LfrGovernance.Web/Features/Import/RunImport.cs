using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import;

/// <summary>Importing an uploaded file: it is checked again against the register as it is now (it may have changed
/// since the check), and saved in one save, so one change set whose reason names the file and its SHA-256. By default
/// nothing is saved unless every row is valid; the user may instead choose to import only the valid rows. The upload
/// keeps the outcome as the log of the import and drops the file.</summary>
public static partial class RunImport
{
    /// <summary>What happened: saved (the result page follows), or not saved with the check to show again and why.</summary>
    public sealed record Outcome(bool Saved, CheckImport.Page? Check, string? Problem);

    public sealed record ResultPage(CheckImport.Upload Upload, DateTime ImportedAt, bool ValidRowsOnly, IReadOnlyList<SheetReport> Sheets,
        IReadOnlyDictionary<string, string> ListPaths);

    public static string ChangeReason(string fileName, string sha256) => $"Imported from {fileName} (SHA-256 {sha256})";

    public sealed class Handler(GovernanceDbContext db, ImportEngine engine, ImportSheets sheets, IRecordTextSearch textSearch, ILogger<Handler> logger)
    {
        /// <summary>Runs the import; null when there is no such upload of this user's waiting.</summary>
        public async Task<Outcome?> HandleAsync(Guid id, bool validRowsOnly, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            if (await CheckImport.FindWaitingAsync(db, id, user, cancellationToken) is not { } pending)
            {
                return null;
            }
            var staged = await engine.StageAsync(pending.Content, user, cancellationToken);
            var report = staged.Report;
            var page = new CheckImport.Page(CheckImport.UploadOf(pending), report);
            if (report.Refusal is not null)
            {
                db.ChangeTracker.Clear();
                return new Outcome(false, page, report.Refusal);
            }
            if (!report.AllValid && !validRowsOnly)
            {
                db.ChangeTracker.Clear();
                return new Outcome(false, page, "Nothing was imported: some rows have problems. Correct them and upload the file again, or import only the valid rows.");
            }
            if (report.Valid == 0)
            {
                db.ChangeTracker.Clear();
                return new Outcome(false, page, "Nothing was imported: the file has no valid rows.");
            }

            var now = db.Clock.GetUtcNow().UtcDateTime;
            db.ChangeReason = ChangeReason(pending.FileName, pending.Sha256);
            db.PendingImports.Attach(pending);
            Complete(pending, now, validRowsOnly, report, saved: true);
            try
            {
                // An import's new records go in bulk: one prepared insert per table, the text index filled once.
                await db.SaveChangesInBulkAsync(textSearch, cancellationToken);
            }
            catch (DbUpdateException e)
            {
                // Nothing of the import was saved (one save, one transaction); the upload keeps what went wrong.
                LogFailed(logger, e, pending.FileName, pending.Sha256);
                db.ChangeTracker.Clear();
                db.ChangeReason = null;
                var failed = e is DbUpdateConcurrencyException
                    ? "Nothing was imported: someone changed some of these records while the import was saving. Check the file again and import it."
                    : "Nothing was imported: the register could not save the records (" + (e.InnerException?.Message ?? e.Message) + ").";
                // The upload stays, to be checked and imported again; its log line says what happened last.
                var logged = failed.Length > Core.Importing.PendingImport.OutcomeLength ? failed[..Core.Importing.PendingImport.OutcomeLength] : failed;
                await db.PendingImports.Where(i => i.Id == pending.Id)
                    .ExecuteUpdateAsync(u => u.SetProperty(i => i.Outcome, logged), CancellationToken.None);
                return new Outcome(false, page, failed);
            }
            finally
            {
                db.ChangeReason = null;
            }
            LogImported(logger, pending.FileName, pending.Sha256, pending.UserId, pending.Outcome);
            return new Outcome(true, page, null);
        }

        /// <summary>The result of a saved import, for its uploader; null for anyone else or an import not saved.</summary>
        public async Task<ResultPage?> ResultAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var current = Authorization.CurrentUser.From(user);
            if (current is null)
            {
                return null;
            }
            var found = await db.PendingImports.AsNoTracking()
                .Where(i => i.Id == id && i.UserId == current.Id && i.Saved)
                .Select(i => new { i.Id, i.FileName, i.Sha256, i.SizeBytes, i.UploadedAt, i.ImportedAt, i.ValidRowsOnly, i.Counts })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }
            var counts = found.Counts is null ? [] : JsonSerializer.Deserialize<List<SheetReport>>(found.Counts) ?? [];
            var paths = sheets.All.Where(s => s.ListPath is not null).ToDictionary(s => s.Name, s => s.ListPath!, StringComparer.Ordinal);
            return new ResultPage(new CheckImport.Upload(found.Id, found.FileName, found.Sha256, found.SizeBytes, found.UploadedAt),
                found.ImportedAt!.Value, found.ValidRowsOnly, counts, paths);
        }

        private static void Complete(Core.Importing.PendingImport pending, DateTime now, bool validRowsOnly, ImportReport report, bool saved)
        {
            pending.ImportedAt = now;
            pending.ValidRowsOnly = validRowsOnly;
            pending.Saved = saved;
            pending.Content = [];
            pending.Counts = JsonSerializer.Serialize(report.Sheets);
            var words = string.Join("; ", report.Sheets.Select(s => string.Create(CultureInfo.InvariantCulture,
                $"{s.Sheet}: {s.Created} created, {s.Updated} updated, {s.Unchanged} unchanged, {s.Rejected} rejected")));
            pending.Outcome = words.Length > Core.Importing.PendingImport.OutcomeLength ? words[..Core.Importing.PendingImport.OutcomeLength] : words;
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Imported {FileName} (SHA-256 {Sha256}) by {UserId}: {Outcome}")]
    private static partial void LogImported(ILogger logger, string fileName, string sha256, string userId, string? outcome);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "The import of {FileName} (SHA-256 {Sha256}) failed to save; nothing was saved")]
    private static partial void LogFailed(ILogger logger, Exception exception, string fileName, string sha256);
}
