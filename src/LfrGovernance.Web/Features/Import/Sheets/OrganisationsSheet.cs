using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>Organisations outside the force, by name.</summary>
public sealed class OrganisationsSheet : IImportSheet
{
    private const int NameColumn = 0;
    private const int KindColumn = 1;
    private const int ContactColumn = 2;
    private const int NotesColumn = 3;
    private const int HandlingColumn = 4;

    private static readonly ImportChoices<OrganisationKind> Kinds = new(OrganisationFields.Kinds, OrganisationFields.KindName);

    private static readonly Dictionary<string, int> ColumnsByField = new(StringComparer.Ordinal)
    {
        [nameof(OrganisationFields.Form.Name)] = NameColumn,
        [nameof(OrganisationFields.Form.Kind)] = KindColumn,
        [nameof(OrganisationFields.Form.Contact)] = ContactColumn,
        [nameof(OrganisationFields.Form.Notes)] = NotesColumn,
        [nameof(OrganisationFields.Form.Marking)] = HandlingColumn,
    };

    public string Name => "Organisations";

    public int Order => 10;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "organisation";

    public string ListPath => "/organisations";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Name", "The organisation's name: its reference on the other sheets. A row with the name of an organisation already in the register changes it. Up to 200 characters.", Required: true, Width: 40),
        new("Type of organisation", Kinds.Note, Required: true, Allowed: Kinds.Allowed, Width: 28),
        new("Contact", "Who to contact there and how. Up to 500 characters.", Width: 40),
        new("Notes", "Up to 4,000 characters.", Width: 50),
        .. SheetHandling.Columns,
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var existing = await ExistingRecords<Organisation>.LoadAsync(batch.Db.Organisations,
            o => new { o.Id, o.Name, o.RetiredAt, o.DoNotConfirmOrDeny },
            o => new StoredKey(o.Id, o.Name, o.RetiredAt != null, o.DoNotConfirmOrDeny),
            rows.Select(r => r[NameColumn]), cancellationToken);
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var name = cells.Required(NameColumn, "Enter the organisation's name");
            if (name is null || !existing.TryMatch(cells, NameColumn, name, "name", RowDescribes, out var organisation))
            {
                continue;
            }
            var form = new OrganisationFields.Form
            {
                // A name that matches in another case keeps the register's spelling.
                Name = organisation?.Name ?? name,
                Kind = cells.Choice(KindColumn, Kinds),
                Contact = cells.Text(ContactColumn),
                Notes = cells.Text(NotesColumn),
            };
            (form.Marking, form.DoNotConfirmOrDeny) = SheetHandling.Read(cells, HandlingColumn, organisation);
            if (!cells.Check(form, ColumnsByField))
            {
                continue;
            }
            var draft = Staging.Draft(batch, organisation);
            form.ApplyTo(batch.Db, draft);
            Staging.Stage(this, batch, name, organisation, draft);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await foreach (var o in db.Organisations.AsNoTracking().Where(o => o.RetiredAt == null).OrderBy(o => o.Name)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [o.Name, Kinds.Name(o.Kind), o.Contact, o.Notes, .. SheetHandling.Cells(o)];
        }
    }
}
