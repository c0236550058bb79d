using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>What each assessment covers: the assessment by reference and document version, and the record by its kind
/// and its natural reference (a system's name, a deployment's or a collaboration's reference). A link is part of its
/// assessment (it takes the assessment's marking and "do not confirm or deny" flag), so the sheet has no handling
/// columns; a link has nothing to change, so a row naming one already in the register is unchanged.</summary>
public sealed class AssessmentCoverageSheet : IImportSheet
{
    private const int AssessmentColumn = 0;
    private const int VersionColumn = 1;
    private const int TypeColumn = 2;
    private const int SubjectColumn = 3;

    private static readonly ImportChoices<AssessedRecordType> Types = new(AssessmentSubjects.Types, AssessmentSubjects.TypeName);

    public string Name => "Assessment coverage";

    public int Order => 95;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "record covered";

    public string ListPath => "/assessments";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Assessment", "The assessment's reference, on the Assessments sheet or in the register. The link takes the assessment's marking and \"do not confirm or deny\" flag.", Required: true, Width: 16),
        new("Document version", "The assessment's document version, like 1.0.", Required: true, Width: 10),
        new("Covers", "The kind of record the assessment covers. " + Types.Note, Required: true, Allowed: Types.Allowed, Width: 14),
        new("Record", "The record covered: a system's name, a deployment's reference or a collaboration's reference, on its own sheet or in the register.", Required: true, Width: 30),
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var db = batch.Db;
        var assessments = await RecordNames<Assessment>.LoadAsync(db.Assessments,
            a => new NamedRecord(a.Id, a.Reference + " version " + a.DocumentVersion, a.RetiredAt != null), "assessment", "Assessments", cancellationToken);
        var systems = await RecordNames<FacialRecognitionSystem>.LoadAsync(db.Systems,
            s => new NamedRecord(s.Id, s.Name, s.RetiredAt != null), "system", "Systems", cancellationToken);
        var deployments = await RecordNames<Deployment>.LoadAsync(db.Deployments,
            d => new NamedRecord(d.Id, d.Reference, d.RetiredAt != null), "deployment", "Deployments", cancellationToken);
        var collaborations = await RecordNames<Collaboration>.LoadAsync(db.Collaborations,
            c => new NamedRecord(c.Id, c.Reference, c.RetiredAt != null), "collaboration", "Collaborations", cancellationToken);
        var covered = (await db.AssessmentCoverage.IgnoreQueryFilters().AsNoTracking().Where(c => c.RetiredAt == null)
            .Select(c => new { c.AssessmentId, c.SubjectType, c.SubjectId }).ToListAsync(cancellationToken))
            .Select(c => (c.AssessmentId, c.SubjectType, c.SubjectId)).ToHashSet();
        var seen = new Dictionary<(Guid, AssessedRecordType, Guid), int>();
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var reference = cells.Required(AssessmentColumn, "Enter the assessment's reference");
            var version = cells.Required(VersionColumn, "Enter the document version, for example 1.0");
            var type = cells.Choice(TypeColumn, Types);
            if (type is null && cells.Text(TypeColumn) is null)
            {
                cells.Reject(TypeColumn, "Select the kind of record the assessment covers");
            }
            var subjectName = cells.Required(SubjectColumn, "Enter the record the assessment covers");
            var assessmentId = reference is null || version is null
                ? null
                : assessments.Find(cells, AssessmentColumn, AssessmentsSheet.Reference(reference, version), null, out _);
            Guid? subjectId = type switch
            {
                AssessedRecordType.System => systems.Find(cells, SubjectColumn, null, out _),
                AssessedRecordType.Deployment => deployments.Find(cells, SubjectColumn, null, out _),
                AssessedRecordType.Collaboration => collaborations.Find(cells, SubjectColumn, null, out _),
                _ => null,
            };
            if (!cells.IsValid || assessmentId is not { } assessment || type is not { } kind || subjectId is not { } subject || subjectName is null)
            {
                continue;
            }
            var link = (assessment, kind, subject);
            if (seen.TryGetValue(link, out var earlier))
            {
                cells.Reject(SubjectColumn, $"Row {earlier} has the same assessment and record: each record covered can appear only once");
                continue;
            }
            seen[link] = row.Number;
            if (covered.Contains(link))
            {
                batch.Count(this, ImportRowOutcome.Unchanged);
                continue;
            }
            var owner = batch.Find<Assessment>(AssessmentsSheet.Reference(reference!, version!));
            var coverage = new AssessmentCoverage { AssessmentId = assessment, ForceId = owner?.ForceId ?? default, SubjectType = kind, SubjectId = subject };
            db.AssessmentCoverage.Add(coverage);
            batch.Count(this, ImportRowOutcome.Created);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.RetiredAt == null)
            .Select(a => new { a.Id, a.Reference, a.DocumentVersion }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var names = new Dictionary<(AssessedRecordType, Guid), string>();
        foreach (var s in await db.Systems.AsNoTracking().Where(s => s.RetiredAt == null).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
        {
            names[(AssessedRecordType.System, s.Id)] = s.Name;
        }
        foreach (var d in await db.Deployments.AsNoTracking().Where(d => d.RetiredAt == null).Select(d => new { d.Id, d.Reference }).ToListAsync(cancellationToken))
        {
            names[(AssessedRecordType.Deployment, d.Id)] = d.Reference;
        }
        foreach (var c in await db.Collaborations.AsNoTracking().Where(c => c.RetiredAt == null).Select(c => new { c.Id, c.Reference }).ToListAsync(cancellationToken))
        {
            names[(AssessedRecordType.Collaboration, c.Id)] = c.Reference;
        }
        var links = await db.AssessmentCoverage.AsNoTracking().Where(c => c.RetiredAt == null).ToListAsync(cancellationToken);
        var rows = links
            .Where(c => assessments.ContainsKey(c.AssessmentId) && names.ContainsKey((c.SubjectType, c.SubjectId)))
            .Select(c => (Assessment: assessments[c.AssessmentId], c.SubjectType, Name: names[(c.SubjectType, c.SubjectId)]))
            .OrderBy(c => c.Assessment.Reference, StringComparer.Ordinal).ThenBy(c => c.Assessment.DocumentVersion, StringComparer.Ordinal)
            .ThenBy(c => c.SubjectType).ThenBy(c => c.Name, StringComparer.Ordinal);
        foreach (var (assessment, type, name) in rows)
        {
            yield return [assessment.Reference, assessment.DocumentVersion, Types.Name(type), name];
        }
    }
}
