using System.Linq.Expressions;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Documents;

/// <summary>A record a document is attached to, as the user may see it.</summary>
/// <param name="Type">The record type as history names it ("PolicyDocument").</param>
/// <param name="Noun">What people call it ("policy").</param>
public sealed record DocumentSubject(string Type, Guid Id, string Noun, string Name, string Path, RecordMarking Marking, bool DoNotConfirmOrDeny);

/// <summary>The record types documents can be attached to, each found through the context, so that the "do not
/// confirm or deny" filter applies: a record the user may not see is not found.</summary>
public static class DocumentSubjects
{
    private sealed record Known(string Noun, string BasePath, Func<GovernanceDbContext, Guid, CancellationToken, Task<DocumentSubject?>> Find);

    private static readonly Dictionary<string, Known> KnownTypes = new(StringComparer.Ordinal)
    {
        [nameof(PolicyDocument)] = Of<PolicyDocument>("policy", "/policies", r => r.Title),
        [nameof(RetentionRule)] = Of<RetentionRule>("retention rule", "/retention", r => "Retention rule"),
        [nameof(RetainedImageCount)] = Of<RetainedImageCount>("retained-image count", "/retention/counts", r => "Retained-image count"),
        [nameof(Organisation)] = Of<Organisation>("organisation", "/organisations", r => r.Name),
        [nameof(Person)] = Of<Person>("person", "/people", r => r.Name),
        [nameof(Deployment)] = Of<Deployment>("deployment", "/deployments", r => r.Reference),
        [nameof(FacialRecognitionSystem)] = Of<FacialRecognitionSystem>("system", "/systems", r => r.Name),
        [nameof(Collaboration)] = Of<Collaboration>("collaboration", "/collaborations", r => r.Title),
        [nameof(Assessment)] = Of<Assessment>("assessment", "/assessments", r => r.Title),
    };

    public static bool IsKnown(string? type) => type is not null && KnownTypes.ContainsKey(type);

    /// <summary>The record, or null when the type is unknown, there is no such record, or the user may not see it.</summary>
    public static Task<DocumentSubject?> FindAsync(GovernanceDbContext db, string? type, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return type is not null && KnownTypes.TryGetValue(type, out var known)
            ? known.Find(db, id, cancellationToken)
            : Task.FromResult<DocumentSubject?>(null);
    }

    private static Known Of<TRecord>(string noun, string basePath, Expression<Func<TRecord, string>> name) where TRecord : RegisterRecord
    {
        var type = typeof(TRecord).Name;
        return new Known(noun, basePath, async (db, id, cancellationToken) =>
        {
            var found = await db.Set<TRecord>().AsNoTracking().Where(r => r.Id == id)
                .Select(r => new { r.Marking, r.DoNotConfirmOrDeny }).SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }
            var title = await db.Set<TRecord>().AsNoTracking().Where(r => r.Id == id).Select(name).SingleAsync(cancellationToken);
            return new DocumentSubject(type, id, noun, title, $"{basePath}/{id}", found.Marking, found.DoNotConfirmOrDeny);
        });
    }
}
