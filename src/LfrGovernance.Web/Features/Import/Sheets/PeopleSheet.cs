using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>People the register names (officers and staff), by name. Their ranks come on the "Ranks held" sheet.</summary>
public sealed class PeopleSheet : IImportSheet
{
    private const int NameColumn = 0;
    private const int NumberColumn = 1;
    private const int AccountColumn = 2;
    private const int HandlingColumn = 3;

    private static readonly Dictionary<string, int> ColumnsByField = new(StringComparer.Ordinal)
    {
        [nameof(PersonFields.Form.Name)] = NameColumn,
        [nameof(PersonFields.Form.CollarOrWarrantNumber)] = NumberColumn,
        [nameof(PersonFields.Form.AccountObjectId)] = AccountColumn,
        [nameof(PersonFields.Form.Marking)] = HandlingColumn,
    };

    public string Name => "People";

    public int Order => 20;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "person";

    public string ListPath => "/people";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Name", "The person's name: their reference on the other sheets (ranks, assessments). A row with the name of a person already in the register changes them. Up to 200 characters.", Required: true, Width: 32),
        new("Collar or warrant number", "Up to 50 characters.", Width: 18),
        new("Sign-in account object ID", "The object ID of the person's sign-in account, if they use the register (the Entra ID \"oid\"). Up to 200 characters.", Width: 38),
        .. SheetHandling.Columns,
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var existing = await ExistingRecords<Person>.LoadAsync(batch.Db.People,
            p => new { p.Id, p.Name, p.RetiredAt, p.DoNotConfirmOrDeny },
            p => new StoredKey(p.Id, p.Name, p.RetiredAt != null, p.DoNotConfirmOrDeny),
            rows.Select(r => r[NameColumn]), cancellationToken);
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var name = cells.Required(NameColumn, "Enter the person's name");
            if (name is null || !existing.TryMatch(cells, NameColumn, name, "name", RowDescribes, out var person))
            {
                continue;
            }
            var form = new PersonFields.Form
            {
                Name = person?.Name ?? name,
                CollarOrWarrantNumber = cells.Text(NumberColumn),
                AccountObjectId = cells.Text(AccountColumn),
            };
            (form.Marking, form.DoNotConfirmOrDeny) = SheetHandling.Read(cells, HandlingColumn, person);
            if (!cells.Check(form, ColumnsByField))
            {
                continue;
            }
            var draft = Staging.Draft(batch, person);
            form.ApplyTo(batch.Db, draft);
            Staging.Stage(this, batch, name, person, draft);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await foreach (var p in db.People.AsNoTracking().Where(p => p.RetiredAt == null).OrderBy(p => p.Name)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [p.Name, p.CollarOrWarrantNumber, p.AccountObjectId, .. SheetHandling.Cells(p)];
        }
    }
}
