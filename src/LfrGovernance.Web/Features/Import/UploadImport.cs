using System.Security.Claims;
using System.Security.Cryptography;
using LfrGovernance.Core.Importing;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import;

/// <summary>Uploading a workbook to import: the file is checked (a real, readable .xlsx without password or macros,
/// within the limits) and kept server-side for the uploading user only, until they import it. Nothing is imported
/// yet: the next page is the check.</summary>
public static class UploadImport
{
    public const string FileField = "Input.File";

    public sealed class Input
    {
        public IFormFile? File { get; set; }
    }

    /// <summary>The upload form: the limits, the sheets the user may import, and their recent imports.</summary>
    public sealed record Page(string MaxFileSize, int MaxRows, IReadOnlyList<string> Sheets, IReadOnlyList<RecentImport> Recent);

    public sealed record RecentImport(Guid Id, string FileName, DateTime UploadedAt, DateTime? ImportedAt, bool Saved, string? Outcome);

    public sealed class Handler(GovernanceDbContext db, ImportSheets sheets, ImportSettings settings)
    {
        public async Task<Page> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var current = CurrentUser.From(user) ?? throw new InvalidOperationException("Nobody is signed in.");
            var recent = await db.PendingImports.AsNoTracking()
                .Where(i => i.UserId == current.Id)
                .OrderByDescending(i => i.UploadedAt).Take(10)
                .Select(i => new RecentImport(i.Id, i.FileName, i.UploadedAt, i.ImportedAt, i.Saved, i.Outcome))
                .ToListAsync(cancellationToken);
            return new Page(ImportSettings.InWords(settings.MaxFileBytes), settings.MaxRows,
                [.. (await sheets.AllowedAsync(user)).Select(s => s.Name)], recent);
        }

        /// <summary>Keeps the file and returns its id, or null with the problem in <paramref name="modelState"/>.</summary>
        public async Task<Guid?> HandleAsync(Input input, ClaimsPrincipal user, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var current = CurrentUser.From(user) ?? throw new InvalidOperationException("Nobody is signed in.");
            if (input.File is not { Length: > 0 } file)
            {
                modelState.AddModelError(FileField, input.File is null ? "Select a workbook to import" : "The selected file is empty");
                return null;
            }
            if (file.Length > settings.MaxFileBytes)
            {
                modelState.AddModelError(FileField, ImportFileCheck.TooBig(settings));
                return null;
            }
            var fileName = Path.GetFileName(file.FileName.Replace('\\', '/')).Trim();
            if (fileName.Length > PendingImport.FileNameLength)
            {
                fileName = fileName[..PendingImport.FileNameLength];
            }
            if (fileName.Length == 0)
            {
                fileName = "workbook.xlsx";
            }
            byte[] content;
            await using (var stream = file.OpenReadStream())
            {
                using var buffer = new MemoryStream((int)file.Length);
                await stream.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }
            var problem = ImportFileCheck.Check(content, settings) ?? ImportWorkbookReader.Read(content, settings).Problem;
            if (problem is not null)
            {
                modelState.AddModelError(FileField, problem);
                return null;
            }

            var now = db.Clock.GetUtcNow().UtcDateTime;
            await PruneAsync(now, cancellationToken);
            var pending = new PendingImport
            {
                UserId = current.Id,
                UserName = current.DisplayName,
                FileName = fileName,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                SizeBytes = content.LongLength,
                Content = content,
                UploadedAt = now,
            };
            db.PendingImports.Add(pending);
            await db.SaveChangesAsync(cancellationToken);
            return pending.Id;
        }

        /// <summary>Uploads nobody imported are dropped after a day; imported ones keep their log line (their content
        /// was dropped when they were imported).</summary>
        private async Task PruneAsync(DateTime now, CancellationToken cancellationToken)
        {
            var before = now - ImportSettings.KeepUploadsFor;
            // An import drops its file when it is saved; what was never imported goes after a day.
            await db.PendingImports.Where(i => i.UploadedAt < before && i.ImportedAt == null).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
