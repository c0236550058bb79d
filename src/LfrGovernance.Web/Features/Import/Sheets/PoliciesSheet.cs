using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.PolicyDocuments;
using LfrGovernance.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Form = LfrGovernance.Web.Features.PolicyDocuments.PolicyFields.Form;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>Policy documents, by title and version; the owner by the person's name. Other sheets name a policy as the
/// forms list it: "Title (version 1.0)". The document files themselves are attached in the register.</summary>
public sealed class PoliciesSheet : IImportSheet
{
    private const int TitleColumn = 0;
    private const int VersionColumn = 1;
    private const int KindColumn = 2;
    private const int CreatedColumn = 3;
    private const int ApprovedColumn = 4;
    private const int ReviewColumn = 5;
    private const int OwnerColumn = 6;
    private const int SummaryColumn = 7;
    private const int HandlingColumn = 8;

    private static readonly ImportChoices<PolicyKind> Kinds = new(PolicyFields.Kinds, PolicyFields.KindName);

    private static readonly Dictionary<string, int> ColumnsByField = new(StringComparer.Ordinal)
    {
        [nameof(Form.Title)] = TitleColumn,
        [nameof(Form.DocumentVersion)] = VersionColumn,
        [nameof(Form.Kind)] = KindColumn,
        [nameof(Form.CreatedOn)] = CreatedColumn,
        [nameof(Form.ApprovedOn)] = ApprovedColumn,
        [nameof(Form.NextReviewOn)] = ReviewColumn,
        [nameof(Form.OwnerId)] = OwnerColumn,
        [nameof(Form.Summary)] = SummaryColumn,
        [nameof(Form.Marking)] = HandlingColumn,
    };

    public string Name => "Policies";

    public int Order => 100;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "policy";

    public string ListPath => "/policies";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Title", "The policy's title. With the version, it names the policy: a row with the title and version of a policy already in the register changes it. Up to 200 characters.", Required: true, Width: 36),
        new("Version", "The document's own version, like 1.0. Up to 20 characters.", Required: true, Width: 10),
        new("Kind of policy", Kinds.Note, Required: true, Allowed: Kinds.Allowed, Width: 30),
        new("Created", ImportCells.DayNote + " Not in the future.", Required: true, Width: 14),
        new("Approved", ImportCells.DayNote + " Not before it was created, nor in the future.", Width: 14),
        new("Next review", ImportCells.DayNote + " After it was created and approved.", Width: 14),
        new("Owner", "The person who owns the policy, by their name on the People sheet or in the register. Optional.", Width: 26),
        new("Summary", "Up to 4,000 characters.", Width: 40),
        .. SheetHandling.Columns,
    ];

    /// <summary>How other sheets name a policy: as the forms list it.</summary>
    public static string Reference(string title, string version) => $"{title.Trim()} (version {version.Trim()})";

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var existing = await ExistingRecords<PolicyDocument>.LoadAsync(batch.Db.Policies,
            p => new { p.Id, p.Title, p.DocumentVersion, p.RetiredAt, p.DoNotConfirmOrDeny },
            p => new StoredKey(p.Id, Reference(p.Title, p.DocumentVersion), p.RetiredAt != null, p.DoNotConfirmOrDeny),
            rows.Select(r => r[TitleColumn] is { } title && r[VersionColumn] is { } version ? Reference(title, version) : null), cancellationToken);
        var people = await SheetReferences.PeopleAsync(batch.Db, cancellationToken);
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var title = cells.Required(TitleColumn, "Enter the policy's title");
            var version = cells.Required(VersionColumn, "Enter the policy's version, for example 1.0");
            if (title is null || version is null)
            {
                continue;
            }
            var reference = Reference(title, version);
            if (!existing.TryMatch(cells, TitleColumn, reference, "title and version", RowDescribes, out var policy))
            {
                continue;
            }
            var ownerId = people.Find(cells, OwnerColumn, policy?.OwnerId, out var ownerFound);
            var form = new Form
            {
                Title = policy?.Title ?? title,
                DocumentVersion = policy?.DocumentVersion ?? version,
                Kind = cells.Choice(KindColumn, Kinds),
                CreatedOn = DateInput.From(cells.Day(CreatedColumn)),
                ApprovedOn = DateInput.From(cells.Day(ApprovedColumn)),
                NextReviewOn = DateInput.From(cells.Day(ReviewColumn)),
                Summary = cells.Text(SummaryColumn),
            };
            (form.Marking, form.DoNotConfirmOrDeny) = SheetHandling.Read(cells, HandlingColumn, policy);
            if (!ownerFound || !cells.Check(form, ColumnsByField))
            {
                continue;
            }
            var draft = Staging.Draft(batch, policy);
            var modelState = new ModelStateDictionary();
            // The owner was found above (among this file's people too), so the form need not look for it.
            if (!await form.TryApplyAsync(draft, batch.Db, modelState, cancellationToken))
            {
                cells.Report(modelState, ColumnsByField);
                continue;
            }
            draft.OwnerId = ownerId;
            Staging.Stage(this, batch, reference, policy, draft);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await SheetReferences.PeopleAsync(db, cancellationToken);
        await foreach (var p in db.Policies.AsNoTracking().Where(p => p.RetiredAt == null).OrderBy(p => p.Title).ThenBy(p => p.DocumentVersion)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                p.Title, p.DocumentVersion, Kinds.Name(p.Kind), ImportCells.Day(p.CreatedOn), ImportCells.Day(p.ApprovedOn),
                ImportCells.Day(p.NextReviewOn), people.NameOf(p.OwnerId), p.Summary, .. SheetHandling.Cells(p),
            ];
        }
    }
}
