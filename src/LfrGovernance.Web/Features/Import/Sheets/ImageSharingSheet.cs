using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Collaborations;
using LfrGovernance.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Form = LfrGovernance.Web.Features.Collaborations.SharingFields.Form;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>Images shared within a collaboration, by the collaboration's reference, the date shared, the direction and
/// the source dataset. A sharing takes its collaboration's marking and "do not confirm or deny" flag (it is part of
/// it), so the sheet has no handling columns.</summary>
public sealed class ImageSharingSheet : IImportSheet
{
    private const int CollaborationColumn = 0;
    private const int SharedOnColumn = 1;
    private const int DirectionColumn = 2;
    private const int DatasetColumn = 3;
    private const int CountColumn = 4;
    private const int PurposesColumn = 5;
    private const int LegalBasisColumn = 6;
    private const int ProtocolColumn = 7;

    private static readonly ImportChoices<ImageSharingDirection> Directions = new(SharingFields.Directions, SharingFields.DirectionName);

    private static readonly Dictionary<string, int> ColumnsByField = new(StringComparer.Ordinal)
    {
        [nameof(Form.SharedOn)] = SharedOnColumn,
        [nameof(Form.Direction)] = DirectionColumn,
        [nameof(Form.SourceDataset)] = DatasetColumn,
        [nameof(Form.ImageCount)] = CountColumn,
        [nameof(Form.Purposes)] = PurposesColumn,
        [nameof(Form.LegalBasis)] = LegalBasisColumn,
        [nameof(Form.SecurityProtocol)] = ProtocolColumn,
    };

    public string Name => "Image sharing";

    public int Order => 80;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "image sharing";

    public string ListPath => "/collaborations";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Collaboration", "The collaboration's reference, on the Collaborations sheet or in the register. The sharing takes the collaboration's marking and \"do not confirm or deny\" flag. The collaboration, date shared, direction and source dataset together name the sharing: a row naming one already in the register changes it.", Required: true, Width: 16),
        new("Date shared", ImportCells.DayNote + " Within the collaboration's dates.", Required: true, Width: 14),
        new("Direction", Directions.Note, Required: true, Allowed: Directions.Allowed, Width: 34),
        new("Source dataset", "The dataset the images came from. Up to 400 characters.", Required: true, Width: 30),
        new("Number of images", "A whole number, 1 or more.", Required: true, Width: 12),
        new("Purposes", "What the images were shared for. Up to 2,000 characters.", Required: true, Width: 30),
        new("Legal basis", "Up to 2,000 characters.", Required: true, Width: 30),
        new("Security and handling protocol", "Up to 2,000 characters.", Width: 30),
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var references = await batch.Db.Collaborations.IgnoreQueryFilters().AsNoTracking()
            .Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        var parsed = rows.Select(r => (Row: r, Key: KeyOf(r))).ToList();
        var existing = await ExistingRecords<ImageSharing>.LoadAsync(batch.Db.ImageSharings,
            s => new { s.Id, s.CollaborationId, s.SharedOn, s.Direction, s.SourceDataset, s.RetiredAt, s.DoNotConfirmOrDeny },
            s => new StoredKey(s.Id, Key(references.GetValueOrDefault(s.CollaborationId) ?? string.Empty, s.SharedOn, s.Direction, s.SourceDataset),
                s.RetiredAt != null, s.DoNotConfirmOrDeny),
            parsed.Select(p => p.Key), cancellationToken);
        var collaborations = await RecordNames<Collaboration>.LoadAsync(batch.Db.Collaborations,
            c => new NamedRecord(c.Id, c.Reference, c.RetiredAt != null), "collaboration", "Collaborations", cancellationToken);
        var stored = await batch.Db.Collaborations.AsNoTracking().Where(c => c.RetiredAt == null).ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var (row, _) in parsed)
        {
            var cells = new SheetRow(this, batch, row);
            var reference = cells.Required(CollaborationColumn, "Enter the collaboration's reference");
            var sharedOn = cells.Day(SharedOnColumn);
            var direction = cells.Choice(DirectionColumn, Directions);
            var dataset = cells.Text(DatasetColumn);
            var form = new Form
            {
                SharedOn = DateInput.From(sharedOn),
                Direction = direction,
                SourceDataset = dataset,
                ImageCount = SheetReferences.CountForForm(cells.Count(CountColumn)),
                Purposes = cells.Text(PurposesColumn),
                LegalBasis = cells.Text(LegalBasisColumn),
                SecurityProtocol = cells.Text(ProtocolColumn),
            };
            var collaborationId = collaborations.Find(cells, CollaborationColumn, null, out _);
            var collaboration = collaborationId is { } id ? batch.Find<Collaboration>(reference!) ?? stored.GetValueOrDefault(id) : null;
            if (collaboration is null || !cells.Check(form, ColumnsByField))
            {
                continue;
            }
            var draft = new ImageSharing { CollaborationId = collaboration.Id, ForceId = collaboration.ForceId };
            var modelState = new ModelStateDictionary();
            form.Read(draft, collaboration, modelState);
            cells.Report(modelState, ColumnsByField);
            if (!cells.IsValid)
            {
                continue;
            }
            var key = Key(collaboration.Reference, sharedOn!.Value, direction!.Value, dataset!);
            if (!existing.TryMatch(cells, CollaborationColumn, key, "collaboration, date shared, direction and source dataset", RowDescribes, out var sharing))
            {
                continue;
            }
            if (sharing is not null)
            {
                // The natural reference matched whatever its case: the register's spelling stays.
                form.SourceDataset = sharing.SourceDataset;
                draft = Staging.Draft(batch, sharing);
                form.Read(draft, collaboration, modelState);
            }
            Staging.Stage(this, batch, key, sharing, draft);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var references = await db.Collaborations.AsNoTracking().Where(c => c.RetiredAt == null)
            .Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        var sharings = await db.ImageSharings.AsNoTracking().Where(s => s.RetiredAt == null).ToListAsync(cancellationToken);
        foreach (var s in sharings.Where(s => references.ContainsKey(s.CollaborationId))
            .OrderBy(s => references[s.CollaborationId], StringComparer.Ordinal).ThenBy(s => s.SharedOn).ThenBy(s => s.Direction)
            .ThenBy(s => s.SourceDataset, StringComparer.Ordinal))
        {
            yield return
            [
                references[s.CollaborationId], ImportCells.Day(s.SharedOn), Directions.Name(s.Direction), s.SourceDataset,
                ImportCells.Number(s.ImageCount), s.Purposes, s.LegalBasis, s.SecurityProtocol,
            ];
        }
    }

    /// <summary>A sharing's natural reference as the rows give it, when they give all of it.</summary>
    private static string? KeyOf(ImportRow row) =>
        row[CollaborationColumn] is { } reference && ImportCells.TryDay(row[SharedOnColumn], out var day, out _) && day is { } on
            && Directions.TryRead(row[DirectionColumn], out var direction, out _) && direction is { } d && row[DatasetColumn] is { } dataset
            ? Key(reference, on, d, dataset)
            : null;

    private static string Key(string reference, DateOnly sharedOn, ImageSharingDirection direction, string dataset) =>
        string.Join('\u001f', reference.Trim(), ImportCells.Day(sharedOn), direction, dataset.Trim());
}
