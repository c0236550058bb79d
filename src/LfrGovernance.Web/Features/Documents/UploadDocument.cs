using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Documents;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Documents;

/// <summary>Attaching a document to a record: the content is checked for what it really is (programs, scripts,
/// macros and mismatched names refused), its SHA-256 computed, and the file kept under that hash, never under the
/// user's name for it. The register keeps metadata only; it never holds biometric images or templates.</summary>
public static class UploadDocument
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter a title for the document")]
        [StringLength(RecordDocument.TitleLength, ErrorMessage = "Title must be 200 characters or fewer")]
        public string? Title { get; set; }

        public IFormFile? File { get; set; }
    }

    public sealed record Page(DocumentSubject Subject, Input Input, int MaxSizeMegabytes);

    public sealed class Handler(GovernanceDbContext db, DocumentStore store, DocumentSettings settings)
    {
        public async Task<Page?> LoadAsync(string? type, Guid id, Input input, CancellationToken cancellationToken) =>
            await DocumentSubjects.FindAsync(db, type, id, cancellationToken) is { } subject
                ? new Page(subject, input, settings.MaxSizeMegabytes)
                : null;

        /// <summary>Keeps the document and returns its id, or returns null with the problems in <paramref name="modelState"/>.</summary>
        public async Task<Guid?> HandleAsync(DocumentSubject subject, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(subject);
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            if (input.File is not { Length: > 0 } file)
            {
                modelState.AddModelError("Input.File", input.File is null ? "Select a file" : "The selected file is empty");
                return null;
            }
            if (file.Length > settings.MaxSizeBytes)
            {
                modelState.AddModelError("Input.File", TooLarge());
                return null;
            }
            if (!modelState.IsValid)
            {
                return null;
            }
            var fileName = Path.GetFileName(file.FileName.Replace('\\', '/'));
            if (fileName.Length is 0 or > RecordDocument.FileNameLength)
            {
                modelState.AddModelError("Input.File", "The file's name must be 1 to 255 characters long");
                return null;
            }

            await using var upload = file.OpenReadStream();
            using var staged = await store.StageAsync(upload, cancellationToken);
            if (staged is null)
            {
                modelState.AddModelError("Input.File", TooLarge());
                return null;
            }
            ContentCheck check;
            await using (var content = staged.OpenRead())
            {
                check = DocumentContent.Check(content, fileName);
            }
            if (!check.Accepted)
            {
                modelState.AddModelError("Input.File", check.Problem!);
                return null;
            }
            store.Keep(staged);
            var document = new RecordDocument
            {
                SubjectType = subject.Type,
                SubjectId = subject.Id,
                Title = input.Title!.Trim(),
                FileName = fileName,
                ContentType = check.Type!.ContentType,
                SizeBytes = staged.SizeBytes,
                Sha256 = staged.Sha256,
            };
            db.Documents.Add(document);
            await db.SaveChangesAsync(cancellationToken);
            return document.Id;
        }

        private string TooLarge() => $"The file must be smaller than {settings.MaxSizeMegabytes} MB";
    }
}
