using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Collaborations;
using LfrGovernance.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Form = LfrGovernance.Web.Features.Collaborations.CollaborationFields.Form;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>Collaborations with organisations outside the force, by reference; the organisation by name. A request for
/// an authorising officer's decision is not imported: it is asked for in the register.</summary>
public sealed class CollaborationsSheet : IImportSheet
{
    private const int ReferenceColumn = 0;
    private const int TitleColumn = 1;
    private const int OrganisationColumn = 2;
    private const int MannerColumn = 3;
    private const int StatusColumn = 4;
    private const int DescriptionColumn = 5;
    private const int StartedColumn = 6;
    private const int EndedColumn = 7;
    private const int LocationsColumn = 8;
    private const int CostColumn = 9;
    private const int CurrencyColumn = 10;
    private const int PaidByColumn = 11;
    private const int AgreementColumn = 12;
    private const int AgreementReferenceColumn = 13;
    private const int ControllerColumn = 14;
    private const int ProtocolColumn = 15;
    private const int AlertsColumn = 16;
    private const int ActedOnColumn = 17;
    private const int TrueColumn = 18;
    private const int FalseColumn = 19;
    private const int NotesColumn = 20;
    private const int HandlingColumn = 21;

    internal static readonly ImportChoices<CollaborationManner> Manners = new(CollaborationFields.Manners, CollaborationFields.MannerName);

    private static readonly ImportChoices<CollaborationStatus> Statuses = new(CollaborationFields.Statuses, s => s.ToString());

    private static readonly Dictionary<string, int> ColumnsByField = new(StringComparer.Ordinal)
    {
        [nameof(Form.Reference)] = ReferenceColumn,
        [nameof(Form.Title)] = TitleColumn,
        [nameof(Form.OrganisationId)] = OrganisationColumn,
        [nameof(Form.Manner)] = MannerColumn,
        [nameof(Form.Status)] = StatusColumn,
        [nameof(Form.Description)] = DescriptionColumn,
        [nameof(Form.StartedOn)] = StartedColumn,
        [nameof(Form.EndedOn)] = EndedColumn,
        [nameof(Form.Locations)] = LocationsColumn,
        [nameof(Form.Cost)] = CostColumn,
        [nameof(Form.Currency)] = CurrencyColumn,
        [nameof(Form.PaidBy)] = PaidByColumn,
        [nameof(Form.DataSharingAgreement)] = AgreementColumn,
        [nameof(Form.DataSharingAgreementReference)] = AgreementReferenceColumn,
        [nameof(Form.ControllerRoles)] = ControllerColumn,
        [nameof(Form.MatchAlertProtocol)] = ProtocolColumn,
        [nameof(Form.Alerts)] = AlertsColumn,
        [nameof(Form.AlertsActedOn)] = ActedOnColumn,
        [nameof(Form.TruePositives)] = TrueColumn,
        [nameof(Form.FalsePositives)] = FalseColumn,
        [nameof(Form.Notes)] = NotesColumn,
        [nameof(Form.Marking)] = HandlingColumn,
    };

    public string Name => "Collaborations";

    public int Order => 70;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "collaboration";

    public string ListPath => "/collaborations";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Reference", "The collaboration's reference, like COL-2024-01: its reference on the Image sharing and Assessment coverage sheets. A row with the reference of a collaboration already in the register changes it. Up to 50 characters.", Required: true, Width: 16),
        new("Title", "Up to 200 characters.", Required: true, Width: 34),
        new("Organisation", "The organisation outside the force, by its name on the Organisations sheet or in the register.", Required: true, Width: 28),
        new("Manner of collaboration", "How the force and the organisation worked together: one or more of " + string.Join(", ", Manners.Allowed) + ", separated by semicolons.", Required: true, Width: 30),
        new("Status", Statuses.Note, Required: true, Allowed: Statuses.Allowed, Width: 12),
        new("Description", "Up to 4,000 characters.", Width: 40),
        new("Started", ImportCells.DayNote, Width: 14),
        new("Ended", ImportCells.DayNote + " Required once the collaboration has ceased; the same as or after the start.", Width: 14),
        new("Locations", "Up to 2,000 characters.", Width: 28),
        new("Cost", "What the collaboration cost, in the currency below, like 1250 or 1250.50.", Width: 12),
        new("Currency", "The three-letter code of the cost, like GBP. Blank: GBP for a new collaboration, unchanged for an existing one.", Width: 10),
        new("Paid by", "Who paid the costs, like the force, the partner, shared. Up to 200 characters.", Width: 18),
        new("Data-sharing agreement in place", ImportCells.YesNoNote + " Blank if not known.", Allowed: ["Yes", "No"], Width: 16),
        new("Data-sharing agreement reference", "Up to 200 characters.", Width: 20),
        new("Controller roles", "Who is controller of which data. Up to 2,000 characters.", Width: 30),
        new("Match-alert protocol", "What happens when the system makes a match alert. Up to 4,000 characters.", Width: 30),
        new("Alerts", "The number of alerts, a whole number. Required when any of the next three is given.", Width: 10),
        new("Alerts acted on", "Alerts that led to police action: no more than the alerts.", Width: 10),
        new("True positives", "A whole number; true and false positives together no more than the alerts.", Width: 10),
        new("False positives", "A whole number.", Width: 10),
        new("Notes", "Up to 4,000 characters.", Width: 40),
        .. SheetHandling.Columns,
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var existing = await ExistingRecords<Collaboration>.LoadAsync(batch.Db.Collaborations,
            c => new { c.Id, c.Reference, c.RetiredAt, c.DoNotConfirmOrDeny },
            c => new StoredKey(c.Id, c.Reference, c.RetiredAt != null, c.DoNotConfirmOrDeny),
            rows.Select(r => r[ReferenceColumn]), cancellationToken);
        var organisations = await SheetReferences.OrganisationsAsync(batch.Db, cancellationToken);
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var reference = cells.Required(ReferenceColumn, "Enter the collaboration's reference");
            if (reference is null || !existing.TryMatch(cells, ReferenceColumn, reference, "reference", RowDescribes, out var collaboration))
            {
                continue;
            }
            var organisationId = organisations.Find(cells, OrganisationColumn, collaboration?.OrganisationId, out var organisationFound);
            var form = new Form
            {
                Reference = collaboration?.Reference ?? reference,
                Title = cells.Text(TitleColumn),
                OrganisationId = organisationId,
                Manner = [.. cells.Several(MannerColumn, Manners)],
                Status = cells.Choice(StatusColumn, Statuses),
                Description = cells.Text(DescriptionColumn),
                StartedOn = DateInput.From(cells.Day(StartedColumn)),
                EndedOn = DateInput.From(cells.Day(EndedColumn)),
                Locations = cells.Text(LocationsColumn),
                Cost = NumberInput.PenceForInput(cells.Pounds(CostColumn)),
                Currency = cells.Text(CurrencyColumn) ?? collaboration?.Currency ?? "GBP",
                PaidBy = cells.Text(PaidByColumn),
                DataSharingAgreement = cells.YesNo(AgreementColumn),
                DataSharingAgreementReference = cells.Text(AgreementReferenceColumn),
                ControllerRoles = cells.Text(ControllerColumn),
                MatchAlertProtocol = cells.Text(ProtocolColumn),
                Alerts = SheetReferences.CountForForm(cells.Count(AlertsColumn)),
                AlertsActedOn = SheetReferences.CountForForm(cells.Count(ActedOnColumn)),
                TruePositives = SheetReferences.CountForForm(cells.Count(TrueColumn)),
                FalsePositives = SheetReferences.CountForForm(cells.Count(FalseColumn)),
                Notes = cells.Text(NotesColumn),
            };
            (form.Marking, form.DoNotConfirmOrDeny) = SheetHandling.Read(cells, HandlingColumn, collaboration);
            if (!organisationFound || !cells.Check(form, ColumnsByField))
            {
                continue;
            }
            var draft = Staging.Draft(batch, collaboration);
            var modelState = new ModelStateDictionary();
            form.Read(draft, modelState, batch.ClearedForDoNotConfirmOrDeny);
            cells.Report(modelState, ColumnsByField);
            if (cells.IsValid)
            {
                Staging.Stage(this, batch, reference, collaboration, draft);
            }
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organisations = await SheetReferences.OrganisationsAsync(db, cancellationToken);
        await foreach (var c in db.Collaborations.AsNoTracking().Where(c => c.RetiredAt == null).OrderBy(c => c.Reference)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                c.Reference, c.Title, organisations.NameOf(c.OrganisationId),
                ImportCells.Several(CollaborationFields.Manners.Where(m => c.Manner.HasFlag(m)).Select(Manners.Name)), Statuses.Name(c.Status),
                c.Description, ImportCells.Day(c.StartedOn), ImportCells.Day(c.EndedOn), c.Locations, ImportCells.Pounds(c.CostPence), c.Currency,
                c.PaidBy, ImportCells.YesNo(c.DataSharingAgreement), c.DataSharingAgreementReference, c.ControllerRoles, c.MatchAlertProtocol,
                ImportCells.Number(c.Alerts), ImportCells.Number(c.AlertsActedOn), ImportCells.Number(c.TruePositives), ImportCells.Number(c.FalsePositives),
                c.Notes, .. SheetHandling.Cells(c),
            ];
        }
    }
}
