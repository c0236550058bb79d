using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Documents;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Records;

/// <summary>A link to any register record by its type and id, as FOI answers' sources name them: it leads to the
/// record's page, or for a part (a watchlist category, an alert, a decision, a document) to its owner's page. A record
/// the user may not see answers 404, like its page.</summary>
[Authorize(Policy = Policies.ReadRegister)]
[Route("records")]
public sealed class RecordLinksController(GovernanceDbContext db) : Controller
{
    /// <summary>The pages of the record types that have one.</summary>
    private static readonly Dictionary<string, string> Pages = new(StringComparer.Ordinal)
    {
        ["Deployment"] = "/deployments",
        ["Collaboration"] = "/collaborations",
        ["FacialRecognitionSystem"] = "/systems",
        ["Assessment"] = "/assessments",
        ["PolicyDocument"] = "/policies",
        ["RetentionRule"] = "/retention",
        ["RetainedImageCount"] = "/retention/counts",
        ["Organisation"] = "/organisations",
        ["Person"] = "/people",
        ["ImageSharing"] = "/collaborations/sharings",
        ["AccuracyEvaluation"] = "/systems/evaluations",
    };

    /// <summary>The path of a record's page from its type and id, for links in pages and exports.</summary>
    public static string PathOf(string recordType, Guid id) => $"/records/{Uri.EscapeDataString(recordType)}/{id}";

    [HttpGet("{type}/{id:guid}")]
    public async Task<IActionResult> Open(string type, Guid id, CancellationToken cancellationToken)
    {
        var entity = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == type && typeof(RegisterRecord).IsAssignableFrom(t.ClrType));
        if (entity is null)
        {
            return NotFound();
        }
        // Read through the record type's set, so the query filters apply: a record hidden from the user is not found.
        var read = typeof(RecordLinksController).GetMethod(nameof(FindVisibleAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(entity.ClrType);
        if (await (Task<RegisterRecord?>)read.Invoke(this, [id, cancellationToken])! is not { } record)
        {
            return NotFound();
        }
        if (Pages.TryGetValue(type, out var page))
        {
            return Redirect($"{page}/{id}");
        }
        return record switch
        {
            AuthorisationDecision decision when Pages.TryGetValue(RecordParts.TypeOf(decision.SubjectKind).Name, out var subject) =>
                Redirect($"{subject}/{decision.SubjectId}#decisions"),
            RecordDocument document when Pages.TryGetValue(document.SubjectType, out var owner) => Redirect($"{owner}/{document.SubjectId}#documents"),
            _ when RecordParts.Of(entity.ClrType) is { } part && Pages.TryGetValue(part.Owner.Name, out var owner)
                && entity.FindProperty(part.OwnerKey)?.PropertyInfo?.GetValue(record) is Guid ownerId => Redirect($"{owner}/{ownerId}"),
            _ => NotFound(),
        };
    }

    private async Task<RegisterRecord?> FindVisibleAsync<T>(Guid id, CancellationToken cancellationToken) where T : RegisterRecord =>
        await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
}
