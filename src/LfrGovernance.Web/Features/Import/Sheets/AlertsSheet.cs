using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Deployments;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>Alerts recorded one by one, known by the deployment's reference and the time of the alert. A deployment
/// cannot list more alerts than its total alerts, and each alert falls within its actual times.</summary>
public sealed class AlertsSheet : IImportSheet
{
    private static readonly ImportChoices<WatchlistCategoryKind> CategoryChoices = new(WatchlistCategoryFields.Kinds, WatchlistCategoryFields.KindName);
    private static readonly ImportChoices<AlertAdjudication> AdjudicationChoices = new(AlertFields.Adjudications, AlertFields.AdjudicationName);
    private static readonly ImportChoices<AlertAction> ActionChoices = new(AlertFields.Actions, AlertFields.ActionName);

    private static readonly ImportFields<DeploymentAlert> F = new();

    private const string DeploymentHeader = "Deployment";
    private const string TimeHeader = "Time of the alert";

    private static readonly IReadOnlyList<ImportField<DeploymentAlert>> Fields =
    [
        F.Instant(TimeHeader, "Within the deployment's actual start and end.", nameof(DeploymentAlert.OccurredAt), a => a.OccurredAt,
            (a, v) => a.OccurredAt = v ?? default, required: true),
        F.Choice("Watchlist category", "The category of the person matched, if known.", nameof(DeploymentAlert.Category), CategoryChoices,
            a => a.Category, (a, v) => a.Category = v, width: 36),
        F.Choice("Judged", "Whether the alert was judged a true or a false alert.", nameof(DeploymentAlert.Adjudication), AdjudicationChoices,
            a => a.Adjudication, (a, v) => a.Adjudication = v ?? default, required: true, width: 14),
        F.YesNo("Identity confirmed", "Whether the identity was confirmed (blank means No).", nameof(DeploymentAlert.Confirmed), a => a.Confirmed,
            (a, v) => a.Confirmed = v ?? false),
        F.Choice("What followed", "", nameof(DeploymentAlert.Action), ActionChoices, a => a.Action, (a, v) => a.Action = v ?? default, required: true, width: 16),
        F.Instant("Image kept until", "When the alert image is deleted, if it is kept.", nameof(DeploymentAlert.ImageRetainedUntil),
            a => a.ImageRetainedUntil, (a, v) => a.ImageRetainedUntil = v),
        F.Text("Notes", "", nameof(DeploymentAlert.Notes), a => a.Notes, (a, v) => a.Notes = v, Deployment.MediumTextLength, width: 40),
    ];

    private static readonly IReadOnlyList<ImportColumn> AllColumns =
    [
        new(DeploymentHeader, "The deployment's reference: a deployment in the register or in the Deployments sheet. A row with the deployment and "
            + "time of an alert already recorded changes it. Alerts follow the deployment's handling.", true, Width: 16),
        .. Fields.Select(f => f.Column),
    ];

    public string Name => "Alerts";

    public int Order => 60;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "alert";

    public string ListPath => "/deployments";

    public IReadOnlyList<ImportColumn> Columns => AllColumns;

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var db = batch.Db;
        var at = new ColumnIndex(Columns);
        var deployments = await DeploymentsNamed.LoadAsync(db, rows.Select(r => r[at[DeploymentHeader]]), cancellationToken);
        var current = await PartsByDeployment.LoadAsync(db.Alerts, deployments.RegisterIds, cancellationToken);
        var seen = new Dictionary<(Guid, DateTime), int>();
        foreach (var row in rows)
        {
            if (deployments.Find(this, batch, row, DeploymentHeader, at[DeploymentHeader]) is not { } deployment)
            {
                continue;
            }
            var scratch = new DeploymentAlert();
            var problems = Fields.ReadAll(scratch, row, at, batch);
            if (problems.Count == 0 && !seen.TryAdd((deployment.Id, scratch.OccurredAt), row.Number))
            {
                problems.Add((TimeHeader, $"Row {seen[(deployment.Id, scratch.OccurredAt)]} already gives an alert at this time for deployment {deployment.Reference}"));
            }
            var alerts = current.Of(deployment.Id);
            var existing = alerts.FirstOrDefault(a => a.OccurredAt == scratch.OccurredAt);
            if (problems.Count == 0)
            {
                var listed = alerts.Count + (existing is null ? 1 : 0);
                problems.AddRange(DeploymentRules.CheckAlert(deployment, scratch, listed)
                    .Select(b => (Fields.FirstOrDefault(f => f.Field == b.Field)?.Column.Header, $"Deployment {deployment.Reference}: {b.Message}")));
            }
            if (problems.Count > 0)
            {
                foreach (var (column, message) in problems)
                {
                    batch.Reject(this, row, column, message);
                }
                continue;
            }
            var alert = existing ?? new DeploymentAlert { DeploymentId = deployment.Id, ForceId = deployment.ForceId };
            alert.OccurredAt = scratch.OccurredAt;
            alert.Category = scratch.Category;
            alert.Adjudication = scratch.Adjudication;
            alert.Confirmed = scratch.Confirmed;
            alert.Action = scratch.Action;
            alert.ImageRetainedUntil = scratch.ImageRetainedUntil;
            alert.Notes = scratch.Notes;
            if (existing is null)
            {
                alerts.Add(alert);
                db.Alerts.Add(alert);
                batch.Count(this, ImportRowOutcome.Created);
            }
            else
            {
                Staging.CountChange(this, batch, alert);
            }
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = from a in db.Alerts.AsNoTracking()
                   join d in db.Deployments.AsNoTracking() on a.DeploymentId equals d.Id
                   where a.RetiredAt == null && d.RetiredAt == null
                   orderby d.Reference, a.OccurredAt
                   select new { d.Reference, Alert = a };
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [row.Reference, .. Fields.Select(f => f.Write(row.Alert))];
        }
    }
}
