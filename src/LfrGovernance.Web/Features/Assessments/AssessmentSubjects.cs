using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>The records an assessment can cover (systems, deployments, collaborations): their names, their pages,
/// and the current ones a user can choose from.</summary>
public static class AssessmentSubjects
{
    public static readonly IReadOnlyList<AssessedRecordType> Types = Enum.GetValues<AssessedRecordType>();

    public static string TypeName(AssessedRecordType type) => type switch
    {
        AssessedRecordType.System => "System",
        AssessedRecordType.Deployment => "Deployment",
        AssessedRecordType.Collaboration => "Collaboration",
        _ => type.ToString(),
    };

    public static string PathOf(AssessedRecordType type, Guid id) => type switch
    {
        AssessedRecordType.System => $"/systems/{id}",
        AssessedRecordType.Deployment => $"/deployments/{id}",
        AssessedRecordType.Collaboration => $"/collaborations/{id}",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The names of the records the user may see, by id (hidden records are absent).</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(GovernanceDbContext db, IEnumerable<(AssessedRecordType Type, Guid Id)> subjects,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(subjects);
        var list = subjects.ToList();
        List<Guid> Of(AssessedRecordType type) => list.Where(s => s.Type == type).Select(s => s.Id).Distinct().ToList();
        var systems = Of(AssessedRecordType.System);
        var deployments = Of(AssessedRecordType.Deployment);
        var collaborations = Of(AssessedRecordType.Collaboration);
        var names = new Dictionary<Guid, string>();
        foreach (var s in await db.Systems.AsNoTracking().Where(s => systems.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
        {
            names[s.Id] = s.Name;
        }
        foreach (var d in await db.Deployments.AsNoTracking().Where(d => deployments.Contains(d.Id))
                     .Select(d => new { d.Id, d.Reference, d.LocationName }).ToListAsync(cancellationToken))
        {
            names[d.Id] = $"{d.Reference}: {d.LocationName}";
        }
        foreach (var c in await db.Collaborations.AsNoTracking().Where(c => collaborations.Contains(c.Id))
                     .Select(c => new { c.Id, c.Reference, c.Title }).ToListAsync(cancellationToken))
        {
            names[c.Id] = $"{c.Reference}: {c.Title}";
        }
        return names;
    }

    /// <summary>The current records of a type the user may see, for choosing what an assessment covers.</summary>
    public static async Task<IReadOnlyList<Choice>> CurrentAsync(GovernanceDbContext db, AssessedRecordType type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return type switch
        {
            AssessedRecordType.System => await db.Systems.AsNoTracking().Where(s => s.RetiredAt == null).OrderBy(s => s.Name)
                .Select(s => new Choice(s.Id, s.Name)).ToListAsync(cancellationToken),
            AssessedRecordType.Deployment => await db.Deployments.AsNoTracking().Where(d => d.RetiredAt == null).OrderBy(d => d.Reference)
                .Select(d => new Choice(d.Id, d.Reference + ": " + d.LocationName)).ToListAsync(cancellationToken),
            AssessedRecordType.Collaboration => await db.Collaborations.AsNoTracking().Where(c => c.RetiredAt == null).OrderBy(c => c.Reference)
                .Select(c => new Choice(c.Id, c.Reference + ": " + c.Title)).ToListAsync(cancellationToken),
            _ => [],
        };
    }

    /// <summary>True if the record exists, is current and the user may see it.</summary>
    public static Task<bool> IsCurrentAsync(GovernanceDbContext db, AssessedRecordType type, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return type switch
        {
            AssessedRecordType.System => db.Systems.AnyAsync(s => s.Id == id && s.RetiredAt == null, cancellationToken),
            AssessedRecordType.Deployment => db.Deployments.AnyAsync(d => d.Id == id && d.RetiredAt == null, cancellationToken),
            AssessedRecordType.Collaboration => db.Collaborations.AnyAsync(c => c.Id == id && c.RetiredAt == null, cancellationToken),
            _ => Task.FromResult(false),
        };
    }
}
