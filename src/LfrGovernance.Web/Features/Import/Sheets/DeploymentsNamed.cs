using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>The deployments the rows of a part sheet (watchlist categories, alerts) name by reference: those an
/// earlier sheet of the same file brings in, then the current deployments of the force the user may see. Loaded
/// once per sheet.</summary>
public sealed class DeploymentsNamed
{
    private readonly Dictionary<string, Deployment> inRegister;

    private DeploymentsNamed(Dictionary<string, Deployment> inRegister) => this.inRegister = inRegister;

    /// <summary>The ids of the deployments found in the register (their parts may need loading).</summary>
    public IReadOnlyList<Guid> RegisterIds => [.. inRegister.Values.Select(d => d.Id)];

    public static async Task<DeploymentsNamed> LoadAsync(GovernanceDbContext db, IEnumerable<string?> references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(references);
        var wanted = references.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => ImportBatch.Normalise(r!)).ToHashSet(StringComparer.Ordinal);
        var forceId = await db.Forces.Where(f => f.IsDefault).Select(f => f.Id).FirstOrDefaultAsync(cancellationToken);
        var ids = (await db.Deployments.AsNoTracking().Where(d => d.ForceId == forceId && d.RetiredAt == null)
                .Select(d => new { d.Id, d.Reference }).ToListAsync(cancellationToken))
            .Where(d => wanted.Contains(ImportBatch.Normalise(d.Reference))).Select(d => d.Id).ToList();
        var found = new Dictionary<string, Deployment>(StringComparer.Ordinal);
        foreach (var slice in ids.Chunk(500))
        {
            foreach (var deployment in await db.Deployments.AsNoTracking().Where(d => slice.Contains(d.Id)).ToListAsync(cancellationToken))
            {
                found[ImportBatch.Normalise(deployment.Reference)] = deployment;
            }
        }
        return new DeploymentsNamed(found);
    }

    /// <summary>The deployment <paramref name="reference"/> names (as the file leaves it, if an earlier sheet changed
    /// it), or null.</summary>
    public Deployment? Find(ImportBatch batch, string reference)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Find<Deployment>(reference) ?? inRegister.GetValueOrDefault(ImportBatch.Normalise(reference));
    }

    /// <summary>The deployment a part sheet's row names in <paramref name="column"/>, or null after rejecting the row.</summary>
    public Deployment? Find(IImportSheet sheet, ImportBatch batch, ImportRow row, string column, int index)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(row);
        var reference = row[index];
        if (string.IsNullOrWhiteSpace(reference))
        {
            batch.Reject(sheet, row, column, "Enter the deployment's reference");
            return null;
        }
        if (Find(batch, reference) is not { } deployment)
        {
            batch.Reject(sheet, row, column, NotFound(reference));
            return null;
        }
        return deployment;
    }

    /// <summary>The problem to report when a row names no deployment.</summary>
    public static string NotFound(string reference) =>
        $"Deployment {reference.Trim()} is not in the register (as a current deployment you may see) or in a valid row of the {DeploymentsSheet.SheetName} sheet";
}
