using System.Runtime.CompilerServices;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>A sheet for the engine's tests only: organisations by name, with a kind and a contact.</summary>
public sealed class TestOrganisationsSheet : IImportSheet
{
    public const string SheetName = "Test organisations";

    /// <summary>A contact that makes the sheet stage a record the database refuses.</summary>
    public const string BreaksTheSave = "breaks the save";

    private static readonly ImportChoices<OrganisationKind> Kinds = new(Enum.GetValues<OrganisationKind>(), k => k.ToString());

    public string Name => SheetName;

    public int Order => 10;

    public string Policy => LfrGovernance.Web.Authorization.Policies.EditRegister;

    public string RowDescribes => "organisation";

    public string? ListPath => "/organisations";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Name", "The organisation's name: its reference.", Required: true, Width: 30),
        new("Kind", Kinds.Note, Required: true, Allowed: Kinds.Allowed),
        new("Contact", "Who to contact and how."),
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var existing = (await batch.Db.Organisations.IgnoreQueryFilters().ToListAsync(cancellationToken))
            .ToDictionary(o => ImportBatch.Normalise(o.Name));
        var seen = new HashSet<string>();
        foreach (var row in rows)
        {
            if (row[0] is not { } name)
            {
                batch.Reject(this, row, "Name", "Enter the organisation's name");
                continue;
            }
            if (!Kinds.TryRead(row[1], out var kind, out var problem) || kind is null)
            {
                batch.Reject(this, row, "Kind", problem ?? "Enter the kind");
                continue;
            }
            if (!seen.Add(ImportBatch.Normalise(name)))
            {
                batch.Reject(this, row, "Name", "The organisation appears twice in the file");
                continue;
            }
            if (existing.TryGetValue(ImportBatch.Normalise(name), out var organisation))
            {
                if (organisation.DoNotConfirmOrDeny && !batch.ClearedForDoNotConfirmOrDeny)
                {
                    batch.Reject(this, row, "Name", "The name is taken");
                    continue;
                }
                var changed = organisation.Kind != kind.Value || organisation.Contact != row[2];
                organisation.Kind = kind.Value;
                organisation.Contact = row[2];
                batch.Count(this, changed ? ImportRowOutcome.Updated : ImportRowOutcome.Unchanged);
            }
            else
            {
                organisation = new Organisation { Name = name, Kind = kind.Value, Contact = row[2] };
                if (row[2] == BreaksTheSave)
                {
                    // A force that does not exist: the database refuses the save.
                    organisation.ForceId = Guid.NewGuid();
                }
                batch.Db.Organisations.Add(organisation);
                batch.Count(this, ImportRowOutcome.Created);
            }
            batch.Remember(name, organisation);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var organisation in await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken))
        {
            yield return [organisation.Name, organisation.Kind.ToString(), organisation.Contact];
        }
    }
}

/// <summary>A sheet whose rows need a policy editors do not have.</summary>
public sealed class TestAdministeredSheet : IImportSheet
{
    public string Name => "Test administered";

    public int Order => 20;

    public string Policy => LfrGovernance.Web.Authorization.Policies.Administer;

    public string RowDescribes => "thing";

    public IReadOnlyList<ImportColumn> Columns { get; } = [new("Reference", "A reference.", Required: true)];

    public Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("An editor's import must never stage this sheet.");

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }
}
