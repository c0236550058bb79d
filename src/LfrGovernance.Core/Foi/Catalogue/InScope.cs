using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Forces;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>Which records fall in a request's scope, decided once for every question.</summary>
/// <remarks>
/// The rules:
/// <list type="bullet">
/// <item>Retired records are never in scope (as at an instant: records retired by then).</item>
/// <item>The force: records of <see cref="FoiScope.ForceId"/>, or of every force when it is null.</item>
/// <item>The kinds filter applies to deployments and systems, which record their kind. Collaborations, policies and
/// retention records name no system, so they are in scope whatever the kinds; assessments through the systems and
/// deployments they cover, and those that cover neither are in scope whatever the kinds.</item>
/// <item>Withheld ("do not confirm or deny"): a record flagged itself, and a record that cannot be told without naming a
/// flagged one: a deployment on a flagged system, a system whose supplier is flagged, a collaboration with a flagged
/// organisation. (Parts of a record, such as alerts, carry their owner's flag already.) Withheld records are counted for
/// a cleared reader and otherwise left out.</item>
/// </list>
/// Each question's own period rule is beside its loader (<see cref="DeploymentScope"/>, <see cref="CollaborationScope"/>,
/// <see cref="AssessmentScope"/>...).
/// </remarks>
internal static class InScope
{
    /// <summary>The records of the request's force, or of every force.</summary>
    public static IQueryable<T> OfForce<T>(IQueryable<T> records, FoiScope scope) where T : ForceRecord =>
        scope.ForceId is { } force ? records.Where(r => r.ForceId == force) : records;

    /// <summary>Every system the reader may see, of every force (a force may deploy another's system) and retired ones
    /// too (a deployment's system may have been retired since), with its supplier, and whether it is withheld. A
    /// register holds a few systems per force: they are read whole, once.</summary>
    public static Task<IReadOnlyList<SystemInScope>> SystemsAsync(AnswerBuilder answer, CancellationToken cancellationToken) =>
        answer.Register.SharedAsync("systems", answer.Scope, async () =>
        {
            var register = answer.Register;
            var systems = await FoiRegister.ListAsync(await register.RecordsAsync<FacialRecognitionSystem>(cancellationToken), cancellationToken);
            var supplierIds = systems.Where(s => s.SupplierId != null).Select(s => s.SupplierId!.Value).Distinct().ToList();
            var suppliers = await OrganisationsAsync(register, supplierIds, cancellationToken);
            return (IReadOnlyList<SystemInScope>)
            [
                .. systems.Select(s =>
                {
                    var supplier = s.SupplierId is { } id ? suppliers.GetValueOrDefault(id) : null;
                    // A supplier the reader cannot see (flagged, for a reader not cleared) withholds the system too.
                    var withheld = s.DoNotConfirmOrDeny || (s.SupplierId is not null && (supplier is null || supplier.DoNotConfirmOrDeny));
                    return new SystemInScope(s, withheld ? null : supplier, withheld);
                }),
            ];
        });

    /// <summary>The organisations with these ids the reader may see, by id.</summary>
    public static async Task<Dictionary<Guid, Organisation>> OrganisationsAsync(FoiRegister register, IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var organisations = await register.RecordsAsync<Organisation>(cancellationToken);
        return (await FoiRegister.ListAsync(organisations.Where(o => ids.Contains(o.Id)), cancellationToken)).ToDictionary(o => o.Id);
    }

    /// <summary>The deployments that took place in the period (<see cref="DeploymentScope"/>).</summary>
    public static Task<DeploymentScope> DeploymentsAsync(AnswerBuilder answer, CancellationToken cancellationToken) =>
        answer.Register.SharedAsync("deployments", answer.Scope, () => DeploymentScope.LoadAsync(answer, cancellationToken));

    public static SourceRecord Source(FacialRecognitionSystem system) =>
        new(nameof(FacialRecognitionSystem), system.Id, system.Name) { Version = system.Version };

    public static SourceRecord Source(Organisation organisation) =>
        new(nameof(Organisation), organisation.Id, organisation.Name) { Version = organisation.Version };
}

/// <summary>A system of the request's force, its supplier (null when none is recorded, or when it is withheld) and
/// whether the system is withheld.</summary>
internal sealed record SystemInScope(FacialRecognitionSystem System, Organisation? Supplier, bool Withheld)
{
    public SourceRecord Source => InScope.Source(System);

    /// <summary>Whether the system is the request's force's (or the request is about every force).</summary>
    public bool IsOf(FoiScope scope) => scope.ForceId is not { } force || System.ForceId == force;
}

/// <summary>A deployment in scope, as lists name it.</summary>
internal sealed record DeploymentInScope(Guid Id, string Reference, int Version, FacialRecognitionKind Kind, PolicingObjective Objective,
    DateTime StartsAt, DateTime? EndsAt, string LocationName, Guid SystemId, int? WatchlistSize)
{
    public SourceRecord Source => new(nameof(Deployment), Id, Reference) { Version = Version };
}

/// <summary>The deployments that took place in the request's period, of the kinds and force asked about.</summary>
/// <remarks>A deployment took place when it is live, completed or reviewed (drafts, applications and authorised
/// deployments not yet started are plans: question 7; refused and cancelled ones never happened). Its period runs from
/// its start (the actual start, else the planned one: <see cref="Deployment.StartsAt"/>) to its actual end, else its
/// planned end, else its start; it is in scope when that period shares a moment with the request's UK days.</remarks>
internal sealed class DeploymentScope
{
    public static readonly DeploymentStatus[] TookPlace = [DeploymentStatus.Live, DeploymentStatus.Completed, DeploymentStatus.Reviewed];

    /// <summary>The most deployments an answer lists one by one, each with a figure of its own; above it, answers give
    /// summaries, each figure citing every deployment it counts.</summary>
    public const int ListedOneByOne = 100;

    private DeploymentScope(IQueryable<Deployment> confirmable, IReadOnlyList<DeploymentInScope> rows, int withheld)
    {
        Confirmable = confirmable;
        Rows = rows;
        Sources = [.. rows.Select(r => r.Source)];
        Withheld = withheld;
    }

    /// <summary>The deployments in scope that are not withheld, as a query for sums and joins.</summary>
    public IQueryable<Deployment> Confirmable { get; }

    /// <summary>The same deployments, in order of start.</summary>
    public IReadOnlyList<DeploymentInScope> Rows { get; }

    public IReadOnlyList<SourceRecord> Sources { get; }

    /// <summary>Deployments in scope withheld (flagged, or on a withheld system); 0 for a reader not cleared.</summary>
    public int Withheld { get; }

    /// <summary>Deployments of the request's force and kinds that took place in the period, withheld ones included.</summary>
    public static IQueryable<Deployment> InPeriod(IQueryable<Deployment> deployments, FoiScope scope)
    {
        var from = scope.FromUtc;
        var to = scope.ToUtcExclusive;
        var tookPlace = TookPlace;
        var current = InScope.OfForce(deployments, scope).Where(d => d.RetiredAt == null && tookPlace.Contains(d.Status));
        // StartsAt is the actual start, else the planned one. For one force the start is compared through the two starts,
        // which no index holds, so that the database finds the force's deployments by the force's index: offered the
        // start's index (RetiredAt, StartsAt...), SQLite without statistics walks every force's deployments in the
        // period instead (five times slower for a force over ten years). For every force, that index is the right one.
        current = scope.ForceId is null
            ? current.Where(d => d.StartsAt < to)
            : current.Where(d => (d.ActualStart ?? d.PlannedStart) < to);
        return OfKinds(current.Where(d => (d.ActualEnd ?? d.PlannedEnd ?? d.StartsAt) >= from), scope);
    }

    /// <summary>The deployments of the kinds asked about.</summary>
    public static IQueryable<Deployment> OfKinds(IQueryable<Deployment> deployments, FoiScope scope)
    {
        if (!scope.FiltersKinds)
        {
            return deployments;
        }
        var kinds = scope.CoveredKinds.ToArray();
        return deployments.Where(d => kinds.Contains(d.Kind));
    }

    /// <summary>The ids of the systems whose deployments can be told (not withheld).</summary>
    public static async Task<List<Guid>> ConfirmableSystemIdsAsync(AnswerBuilder answer, CancellationToken cancellationToken) =>
        [.. (await InScope.SystemsAsync(answer, cancellationToken)).Where(s => !s.Withheld).Select(s => s.System.Id)];

    internal static async Task<DeploymentScope> LoadAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var systems = await ConfirmableSystemIdsAsync(answer, cancellationToken);
        var inPeriod = InPeriod(await answer.Register.RecordsAsync<Deployment>(cancellationToken), answer.Scope);
        // One read for both: the rows to list, and (for a cleared reader) how many are withheld.
        var all = await FoiRegister.ListAsync(inPeriod.OrderBy(d => d.StartsAt).ThenBy(d => d.Reference)
            .Select(d => new
            {
                Withheld = d.DoNotConfirmOrDeny || !systems.Contains(d.SystemId),
                Row = new DeploymentInScope(d.Id, d.Reference, d.Version, d.Kind, d.Objective, d.StartsAt!.Value, d.ActualEnd ?? d.PlannedEnd,
                    d.LocationName, d.SystemId, d.WatchlistSize),
            }), cancellationToken);
        var confirmable = inPeriod.Where(d => !d.DoNotConfirmOrDeny && systems.Contains(d.SystemId));
        return new DeploymentScope(confirmable, [.. all.Where(d => !d.Withheld).Select(d => d.Row)], all.Count(d => d.Withheld));
    }
}
