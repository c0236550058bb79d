using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Deployments;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>The composition of deployments' watchlists: one row per category of person, known by the deployment's
/// reference, the category and the image source. A deployment's categories must add up to its watchlist size, so
/// its rows are checked together: they come in together or not at all.</summary>
public sealed class WatchlistCategoriesSheet : IImportSheet
{
    private static readonly ImportChoices<WatchlistCategoryKind> KindChoices = new(WatchlistCategoryFields.Kinds, WatchlistCategoryFields.KindName);

    private static readonly ImportFields<WatchlistCategory> F = new();

    private const string DeploymentHeader = "Deployment";
    private const string CategoryHeader = "Category";
    private const string SourceHeader = "Image source";

    private static readonly IReadOnlyList<ImportField<WatchlistCategory>> Fields =
    [
        F.Choice(CategoryHeader, "The category of person.", nameof(WatchlistCategory.Category), KindChoices, c => c.Category,
            (c, v) => c.Category = v ?? default, required: true, width: 36),
        F.Text(SourceHeader, "Where the images come from (for example the custody image database).", nameof(WatchlistCategory.ImageSource),
            c => c.ImageSource, (c, v) => c.ImageSource = v ?? string.Empty, Deployment.AddressLength, required: true),
        F.Count("Number of people", "How many people of this category are on the watchlist.", nameof(WatchlistCategory.Size), c => c.Size,
            (c, v) => c.Size = (int)(v ?? 0), required: true),
        F.Text("Legal basis", "The legal basis for including them.", nameof(WatchlistCategory.LegalBasis), c => c.LegalBasis,
            (c, v) => c.LegalBasis = v ?? string.Empty, Deployment.AddressLength, required: true),
        F.Text("Justification", "Why people of an \u201cOther\u201d category are on the watchlist (required for Other).",
            nameof(WatchlistCategory.Justification), c => c.Justification, (c, v) => c.Justification = v, Deployment.MediumTextLength, width: 40),
    ];

    private static readonly IReadOnlyList<ImportColumn> AllColumns =
    [
        new(DeploymentHeader, "The deployment's reference: a deployment in the register or in the Deployments sheet. A row with the deployment, "
            + "category and image source of a category already recorded changes it. The categories follow the deployment's handling.", true, Width: 16),
        .. Fields.Select(f => f.Column),
    ];

    public string Name => "Watchlist categories";

    public int Order => 50;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "watchlist category";

    public string ListPath => "/deployments";

    public IReadOnlyList<ImportColumn> Columns => AllColumns;

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var db = batch.Db;
        var at = new ColumnIndex(Columns);
        var deployments = await DeploymentsNamed.LoadAsync(db, rows.Select(r => r[at[DeploymentHeader]]), cancellationToken);
        var current = await PartsByDeployment.LoadAsync(db.WatchlistCategories, deployments.RegisterIds, cancellationToken);
        var seen = new Dictionary<(Guid, WatchlistCategoryKind, string), int>();
        var checkedRows = new List<(ImportRow Row, Deployment Deployment, WatchlistCategory Category, bool IsNew)>();
        foreach (var row in rows)
        {
            if (deployments.Find(this, batch, row, DeploymentHeader, at[DeploymentHeader]) is not { } deployment)
            {
                continue;
            }
            var scratch = new WatchlistCategory();
            var problems = Fields.ReadAll(scratch, row, at, batch);
            problems.AddRange(DeploymentRules.CheckCategory(scratch).Select(b => (HeaderOf(b.Field), b.Message)));
            var key = (deployment.Id, scratch.Category, ImportBatch.Normalise(scratch.ImageSource));
            if (problems.Count == 0 && !seen.TryAdd(key, row.Number))
            {
                problems.Add((SourceHeader, $"Row {seen[key]} already gives this category and image source for deployment {deployment.Reference}: give each once"));
            }
            if (problems.Count > 0)
            {
                foreach (var (column, message) in problems)
                {
                    batch.Reject(this, row, column, message);
                }
                continue;
            }
            var categories = current.Of(deployment.Id);
            var existing = categories.FirstOrDefault(c => c.Category == scratch.Category && ImportBatch.Normalise(c.ImageSource) == key.Item3);
            var category = existing ?? new WatchlistCategory { DeploymentId = deployment.Id, ForceId = deployment.ForceId };
            category.Category = scratch.Category;
            category.ImageSource = scratch.ImageSource;
            category.Size = scratch.Size;
            category.LegalBasis = scratch.LegalBasis;
            category.Justification = scratch.Justification;
            if (existing is null)
            {
                categories.Add(category);
            }
            checkedRows.Add((row, deployment, category, existing is null));
        }
        // A deployment's categories must add up to its watchlist size: checked once all its rows are in.
        foreach (var group in checkedRows.GroupBy(r => r.Deployment))
        {
            var breaches = DeploymentRules.Check(group.Key, current.Of(group.Key.Id));
            if (breaches.Count > 0)
            {
                foreach (var (row, _, category, isNew) in group)
                {
                    Undo(batch, current, group.Key.Id, category, isNew);
                    foreach (var breach in breaches)
                    {
                        batch.Reject(this, row, null, breach.Field == nameof(Deployment.WatchlistSize)
                            ? $"{breach.Message}. Give every category of deployment {group.Key.Reference}, or change its watchlist size"
                            : $"Deployment {group.Key.Reference}: {breach.Message}");
                    }
                }
                continue;
            }
            foreach (var (_, _, category, isNew) in group)
            {
                if (isNew)
                {
                    db.WatchlistCategories.Add(category);
                    batch.Count(this, ImportRowOutcome.Created);
                }
                else
                {
                    Staging.CountChange(this, batch, category);
                }
            }
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = from c in db.WatchlistCategories.AsNoTracking()
                   join d in db.Deployments.AsNoTracking() on c.DeploymentId equals d.Id
                   where c.RetiredAt == null && d.RetiredAt == null
                   orderby d.Reference, c.Category, c.ImageSource
                   select new { d.Reference, Category = c };
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [row.Reference, .. Fields.Select(f => f.Write(row.Category))];
        }
    }

    /// <summary>Leaves a rejected row's category as the register holds it (or forgets a new one).</summary>
    private static void Undo(ImportBatch batch, PartsByDeployment<WatchlistCategory> current, Guid deploymentId, WatchlistCategory category, bool isNew)
    {
        if (isNew)
        {
            current.Of(deploymentId).Remove(category);
            return;
        }
        Staging.Discard(batch, category);
    }

    private static string? HeaderOf(string field) => Fields.FirstOrDefault(f => f.Field == field)?.Column.Header;
}
