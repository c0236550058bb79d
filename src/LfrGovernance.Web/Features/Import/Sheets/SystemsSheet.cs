using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Systems;
using LfrGovernance.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Form = LfrGovernance.Web.Features.Systems.SystemFields.Form;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>Facial recognition systems, by name; the supplier by the organisation's name.</summary>
public sealed class SystemsSheet : IImportSheet
{
    private const int NameColumn = 0;
    private const int KindColumn = 1;
    private const int ProductColumn = 2;
    private const int SupplierColumn = 3;
    private const int AlgorithmColumn = 4;
    private const int ThresholdColumn = 5;
    private const int StatusColumn = 6;
    private const int ContractColumn = 7;
    private const int StartColumn = 8;
    private const int EndColumn = 9;
    private const int CapitalColumn = 10;
    private const int AnnualColumn = 11;
    private const int CurrencyColumn = 12;
    private const int NotesColumn = 13;
    private const int HandlingColumn = 14;

    private static readonly ImportChoices<FacialRecognitionKind> Kinds = new(SystemFields.Kinds, SystemFields.KindName);

    private static readonly ImportChoices<SystemStatus> Statuses = new(SystemFields.Statuses, SystemFields.StatusName);

    private static readonly Dictionary<string, int> ColumnsByField = new(StringComparer.Ordinal)
    {
        [nameof(Form.Name)] = NameColumn,
        [nameof(Form.Kind)] = KindColumn,
        [nameof(Form.Product)] = ProductColumn,
        [nameof(Form.SupplierId)] = SupplierColumn,
        [nameof(Form.AlgorithmVersion)] = AlgorithmColumn,
        [nameof(Form.DefaultThreshold)] = ThresholdColumn,
        [nameof(Form.Status)] = StatusColumn,
        [nameof(Form.ContractReference)] = ContractColumn,
        [nameof(Form.ContractStart)] = StartColumn,
        [nameof(Form.ContractEnd)] = EndColumn,
        [nameof(Form.CapitalCost)] = CapitalColumn,
        [nameof(Form.AnnualCost)] = AnnualColumn,
        [nameof(Form.Currency)] = CurrencyColumn,
        [nameof(Form.Notes)] = NotesColumn,
        [nameof(Form.Marking)] = HandlingColumn,
    };

    public string Name => "Systems";

    public int Order => 30;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "system";

    public string ListPath => "/systems";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Name", "The name the force uses for the system: its reference on the other sheets. A row with the name of a system already in the register changes it. Up to 200 characters.", Required: true, Width: 34),
        new("Kind of facial recognition", Kinds.Note, Required: true, Allowed: Kinds.Allowed, Width: 26),
        new("Product", "The product and algorithm, like NEC NeoFace Live. Up to 200 characters.", Required: true, Width: 28),
        new("Supplier", "The supplier's name, as on the Organisations sheet or in the register. Optional.", Width: 28),
        new("Algorithm version", "Up to 200 characters.", Width: 18),
        new("Default match threshold", "The threshold the system is set to unless a deployment records another: a number from 0 to 1, like 0.6.", Width: 14),
        new("Status", Statuses.Note, Required: true, Allowed: Statuses.Allowed, Width: 16),
        new("Contract reference", "Up to 200 characters.", Width: 20),
        new("Contract start", ImportCells.DayNote, Width: 14),
        new("Contract end", ImportCells.DayNote + " The same as or after the contract start.", Width: 14),
        new("Capital cost", "One-off costs (purchase, installation) in the currency below, like 1250 or 1250.50.", Width: 14),
        new("Annual cost", "Recurring costs per year (licences, support), like 1250 or 1250.50.", Width: 14),
        new("Currency", "The three-letter code of the costs, like GBP. Blank: GBP for a new system, unchanged for an existing one.", Width: 10),
        new("Notes", "Up to 4,000 characters.", Width: 40),
        .. SheetHandling.Columns,
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var existing = await ExistingRecords<FacialRecognitionSystem>.LoadAsync(batch.Db.Systems,
            s => new { s.Id, s.Name, s.RetiredAt, s.DoNotConfirmOrDeny },
            s => new StoredKey(s.Id, s.Name, s.RetiredAt != null, s.DoNotConfirmOrDeny),
            rows.Select(r => r[NameColumn]), cancellationToken);
        var suppliers = await SheetReferences.OrganisationsAsync(batch.Db, cancellationToken);
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var name = cells.Required(NameColumn, "Enter the system's name");
            if (name is null || !existing.TryMatch(cells, NameColumn, name, "name", RowDescribes, out var system))
            {
                continue;
            }
            var form = new Form
            {
                Name = system?.Name ?? name,
                Kind = cells.Choice(KindColumn, Kinds),
                Product = cells.Text(ProductColumn),
                SupplierId = suppliers.Find(cells, SupplierColumn, system?.SupplierId, out _),
                AlgorithmVersion = cells.Text(AlgorithmColumn),
                DefaultThreshold = SheetReferences.DecimalForForm(cells.Decimal(ThresholdColumn, 0, 1)),
                Status = cells.Choice(StatusColumn, Statuses),
                ContractReference = cells.Text(ContractColumn),
                ContractStart = DateInput.From(cells.Day(StartColumn)),
                ContractEnd = DateInput.From(cells.Day(EndColumn)),
                CapitalCost = NumberInput.PenceForInput(cells.Pounds(CapitalColumn)),
                AnnualCost = NumberInput.PenceForInput(cells.Pounds(AnnualColumn)),
                Currency = cells.Text(CurrencyColumn) ?? system?.Currency ?? "GBP",
                Notes = cells.Text(NotesColumn),
            };
            (form.Marking, form.DoNotConfirmOrDeny) = SheetHandling.Read(cells, HandlingColumn, system);
            if (!cells.Check(form, ColumnsByField))
            {
                continue;
            }
            var draft = Staging.Draft(batch, system);
            var modelState = new ModelStateDictionary();
            form.Read(draft, modelState, batch.ClearedForDoNotConfirmOrDeny);
            cells.Report(modelState, ColumnsByField);
            if (cells.IsValid)
            {
                Staging.Stage(this, batch, name, system, draft);
            }
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organisations = await SheetReferences.OrganisationsAsync(db, cancellationToken);
        await foreach (var s in db.Systems.AsNoTracking().Where(s => s.RetiredAt == null).OrderBy(s => s.Name)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                s.Name, Kinds.Name(s.Kind), s.Product, organisations.NameOf(s.SupplierId), s.AlgorithmVersion,
                ImportCells.Number(s.DefaultThreshold), Statuses.Name(s.Status), s.ContractReference,
                ImportCells.Day(s.ContractStart), ImportCells.Day(s.ContractEnd), ImportCells.Pounds(s.CapitalCostPence),
                ImportCells.Pounds(s.AnnualCostPence), s.Currency, s.Notes, .. SheetHandling.Cells(s),
            ];
        }
    }
}
