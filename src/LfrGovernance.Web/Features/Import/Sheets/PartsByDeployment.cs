using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>Reads the parts of deployments a sheet needs (<see cref="PartsByDeployment{TPart}"/>).</summary>
public static class PartsByDeployment
{
    /// <summary>The current (not retired) parts of these deployments, read from <paramref name="parts"/> (tracked or
    /// not, as that query is) in slices, so that no statement carries more values than the database takes at once.</summary>
    public static async Task<PartsByDeployment<TPart>> LoadAsync<TPart>(IQueryable<TPart> parts, IEnumerable<Guid> deploymentIds, CancellationToken cancellationToken)
        where TPart : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(deploymentIds);
        // The part's property holding its deployment's id, as the register knows its parts.
        var key = RecordParts.Of(typeof(TPart)) is { Owner: var owner, OwnerKey: var ownerKey } && owner == typeof(Deployment)
            ? ownerKey
            : throw new InvalidOperationException($"{typeof(TPart).Name} is not a part of a deployment.");
        var loaded = new PartsByDeployment<TPart>();
        foreach (var slice in deploymentIds.Chunk(500))
        {
            foreach (var found in await parts.Where(p => slice.Contains(EF.Property<Guid>(p, key)) && p.RetiredAt == null)
                .Select(p => new { DeploymentId = EF.Property<Guid>(p, key), Part = p }).ToListAsync(cancellationToken))
            {
                loaded.Of(found.DeploymentId).Add(found.Part);
            }
        }
        return loaded;
    }
}

/// <summary>The current parts of deployments of one type (watchlist categories, alerts), by deployment: read once per
/// sheet for the deployments its rows name, never per row.</summary>
public sealed class PartsByDeployment<TPart> where TPart : RegisterRecord
{
    private readonly Dictionary<Guid, List<TPart>> byDeployment = [];

    /// <summary>The parts of one deployment: a list the sheet adds its new parts to as it stages them.</summary>
    public List<TPart> Of(Guid deploymentId)
    {
        if (!byDeployment.TryGetValue(deploymentId, out var list))
        {
            byDeployment[deploymentId] = list = [];
        }
        return list;
    }
}
