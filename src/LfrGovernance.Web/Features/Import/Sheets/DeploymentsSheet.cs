using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Deployments;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>Deployments with their outcomes, one row each, known by reference. A new row enters the deployment at the
/// status it reached (as a record of the past: no decision is invented); a row for a deployment already in the
/// register changes its fields as the edit page would, but never its status, which only the deployment's moves
/// change. The watchlist's composition and single alerts have sheets of their own.</summary>
public sealed class DeploymentsSheet(TimeProvider clock) : IImportSheet
{
    public const string SheetName = "Deployments";

    private static readonly ImportChoices<FacialRecognitionKind> KindChoices = new(DeploymentFields.Kinds, DeploymentFields.KindName);
    private static readonly ImportChoices<DeploymentStatus> StatusChoices = new(DeploymentFields.Statuses, DeploymentFields.StatusName);
    private static readonly ImportChoices<PolicingObjective> ObjectiveChoices = new(DeploymentFields.Objectives, DeploymentFields.ObjectiveName);
    private static readonly ImportChoices<PublicNoticeMethods> MethodChoices = new(DeploymentFields.NoticeMethods, DeploymentFields.MethodName);

    private const string ReferenceHeader = "Reference";
    private const string SystemHeader = "System";
    private const string StatusHeader = "Status";
    private const string ReviewedByHeader = "Watchlist reviewed by";
    private const string DestroyedByHeader = "Watchlist destroyed by";
    private const string ReviewerHeader = "Reviewer";
    private const string NoticeMethodsHeader = "Public notice methods";
    private const string CancelledAtHeader = "Cancelled at";
    private const string CancellationReasonHeader = "Cancellation reason";
    private const string PersonNote = "A person in the register (or in the People sheet), by name or collar or warrant number.";

    private static readonly ImportFields<Deployment> F = new();

    private static readonly IReadOnlyList<ImportField<Deployment>> Fields =
    [
        F.Text(ReferenceHeader, "The deployment's reference, unique in the force: a row with the reference of a deployment already in the register changes it.",
            nameof(Deployment.Reference), d => d.Reference, (d, v) => d.Reference = v ?? string.Empty, Deployment.ReferenceLength, required: true, width: 16),
        F.Choice("Kind", "", nameof(Deployment.Kind), KindChoices, d => d.Kind, (d, v) => d.Kind = v ?? default, required: true, width: 18),
        F.Choice("Policing objective", "", nameof(Deployment.Objective), ObjectiveChoices, d => d.Objective,
            (d, v) => d.Objective = v ?? default, required: true),
        F.Text("Purpose", "The policing need the deployment answers.", nameof(Deployment.Purpose), d => d.Purpose,
            (d, v) => d.Purpose = v ?? string.Empty, Deployment.MediumTextLength, required: true, width: 40),
        F.Text("Intelligence case", "A summary of the intelligence case.", nameof(Deployment.IntelligenceCase), d => d.IntelligenceCase,
            (d, v) => d.IntelligenceCase = v, Deployment.LongTextLength, width: 40),
        F.Text("Legitimate aim", "", nameof(Deployment.LegitimateAim), d => d.LegitimateAim, (d, v) => d.LegitimateAim = v, Deployment.LongTextLength, width: 40),
        F.Text("Necessity", "", nameof(Deployment.Necessity), d => d.Necessity, (d, v) => d.Necessity = v, Deployment.LongTextLength, width: 40),
        F.Text("Proportionality", "", nameof(Deployment.Proportionality), d => d.Proportionality, (d, v) => d.Proportionality = v,
            Deployment.LongTextLength, width: 40),
        F.Text("Location", "The location's name.", nameof(Deployment.LocationName), d => d.LocationName,
            (d, v) => d.LocationName = v ?? string.Empty, Deployment.ShortTextLength, required: true),
        F.Text("Address", "", nameof(Deployment.LocationAddress), d => d.LocationAddress, (d, v) => d.LocationAddress = v, Deployment.AddressLength),
        F.Number("Latitude", "Between -90 and 90, with the longitude.", nameof(Deployment.Latitude), d => d.Latitude, (d, v) => d.Latitude = v, -90, 90),
        F.Number("Longitude", "Between -180 and 180, with the latitude.", nameof(Deployment.Longitude), d => d.Longitude, (d, v) => d.Longitude = v, -180, 180),
        F.Instant("Planned start", "", nameof(Deployment.PlannedStart), d => d.PlannedStart, (d, v) => d.PlannedStart = v),
        F.Instant("Planned end", "", nameof(Deployment.PlannedEnd), d => d.PlannedEnd, (d, v) => d.PlannedEnd = v),
        F.Instant("Actual start", "", nameof(Deployment.ActualStart), d => d.ActualStart, (d, v) => d.ActualStart = v),
        F.Instant("Actual end", "After the actual start.", nameof(Deployment.ActualEnd), d => d.ActualEnd, (d, v) => d.ActualEnd = v),
        F.Count("Watchlist size", "The number of people on the watchlist.", nameof(Deployment.WatchlistSize), d => d.WatchlistSize,
            (d, v) => d.WatchlistSize = (int?)v),
        F.Text("Watchlist criteria", "Who may be placed on the watchlist, as approved.", nameof(Deployment.WatchlistCriteria),
            d => d.WatchlistCriteria, (d, v) => d.WatchlistCriteria = v, Deployment.LongTextLength, width: 40),
        F.Instant("Watchlist built", "", nameof(Deployment.WatchlistBuiltAt), d => d.WatchlistBuiltAt, (d, v) => d.WatchlistBuiltAt = v),
        F.Instant("Watchlist reviewed", "", nameof(Deployment.WatchlistReviewedAt), d => d.WatchlistReviewedAt, (d, v) => d.WatchlistReviewedAt = v),
        F.Instant("Watchlist destroyed", "", nameof(Deployment.WatchlistDestroyedAt), d => d.WatchlistDestroyedAt, (d, v) => d.WatchlistDestroyedAt = v),
        F.Number("Threshold used", "The match threshold actually used, between 0 and 1, like 0.6.", nameof(Deployment.ThresholdUsed),
            d => d.ThresholdUsed, (d, v) => d.ThresholdUsed = v, 0, 1),
        F.Count("Cameras", "The number of cameras or vans.", nameof(Deployment.CameraCount), d => d.CameraCount, (d, v) => d.CameraCount = (int?)v),
        F.YesNo("Public notice given", "Blank when not decided yet.", nameof(Deployment.PublicNoticeGiven), d => d.PublicNoticeGiven,
            (d, v) => d.PublicNoticeGiven = v),
        F.Instant("Public notice given at", "When the public was told (with notice given).", nameof(Deployment.PublicNoticeAt),
            d => d.PublicNoticeAt, (d, v) => d.PublicNoticeAt = v),
        F.Text("Why no notice was given", "With notice not given.", nameof(Deployment.PublicNoticeNotGivenReason),
            d => d.PublicNoticeNotGivenReason, (d, v) => d.PublicNoticeNotGivenReason = v, Deployment.MediumTextLength, width: 40),
        F.Count("Faces seen", "Faces processed.", nameof(Deployment.FacesSeen), d => d.FacesSeen, (d, v) => d.FacesSeen = v, max: long.MaxValue),
        F.Count("Total alerts", "", nameof(Deployment.TotalAlerts), d => d.TotalAlerts, (d, v) => d.TotalAlerts = (int?)v),
        F.Count("True alerts, confirmed", "", nameof(Deployment.TrueAlertsConfirmed), d => d.TrueAlertsConfirmed, (d, v) => d.TrueAlertsConfirmed = (int?)v),
        F.Count("True alerts, unconfirmed", "", nameof(Deployment.TrueAlertsUnconfirmed), d => d.TrueAlertsUnconfirmed,
            (d, v) => d.TrueAlertsUnconfirmed = (int?)v),
        F.Count("False alerts, confirmed", "", nameof(Deployment.FalseAlertsConfirmed), d => d.FalseAlertsConfirmed,
            (d, v) => d.FalseAlertsConfirmed = (int?)v),
        F.Count("False alerts, unconfirmed", "", nameof(Deployment.FalseAlertsUnconfirmed), d => d.FalseAlertsUnconfirmed,
            (d, v) => d.FalseAlertsUnconfirmed = (int?)v),
        F.Count("Engagements", "", nameof(Deployment.Engagements), d => d.Engagements, (d, v) => d.Engagements = (int?)v),
        F.Count("Arrests", "", nameof(Deployment.Arrests), d => d.Arrests, (d, v) => d.Arrests = (int?)v),
        F.Count("Other action", "", nameof(Deployment.OtherAction), d => d.OtherAction, (d, v) => d.OtherAction = (int?)v),
        F.Count("No action", "", nameof(Deployment.NoAction), d => d.NoAction, (d, v) => d.NoAction = (int?)v),
        F.Day("Post-deployment review date", "", nameof(Deployment.ReviewedOn), d => d.ReviewedOn, (d, v) => d.ReviewedOn = v),
        F.Text("Review findings", "", nameof(Deployment.ReviewFindings), d => d.ReviewFindings, (d, v) => d.ReviewFindings = v,
            Deployment.LongTextLength, width: 40),
        F.Text("Review actions", "", nameof(Deployment.ReviewActions), d => d.ReviewActions, (d, v) => d.ReviewActions = v,
            Deployment.LongTextLength, width: 40),
        F.Text("Notes", "", nameof(Deployment.Notes), d => d.Notes, (d, v) => d.Notes = v, Deployment.LongTextLength, width: 40),
        F.Marking(d => d),
        F.DoNotConfirmOrDeny(d => d),
    ];

    private static readonly IReadOnlyList<ImportColumn> OwnColumns =
    [
        new(SystemHeader, "The system used: a system in the register (or in the Systems sheet), by name.", true, Width: 24),
        new(StatusHeader, "The status the deployment reached. A new row enters the deployment at this status, as a record of the past "
            + "(no authorisation decision is recorded with it: record one from its document on the deployment's page). A row for a deployment "
            + "already in the register must give its current status: only the deployment's moves change it. " + StatusChoices.Note,
            true, StatusChoices.Allowed, 22),
        new(ReviewedByHeader, PersonNote, Width: 24),
        new(DestroyedByHeader, PersonNote, Width: 24),
        new(NoticeMethodsHeader, "How the public was told (with notice given); several separated by semicolons. " + MethodChoices.Note, Width: 24),
        new(ReviewerHeader, PersonNote, Width: 24),
        new(CancelledAtHeader, "For a cancelled deployment: when it was cancelled. " + ImportCells.InstantNote, Width: 18),
        new(CancellationReasonHeader, "For a cancelled deployment: why.", Width: 40),
    ];

    // The reference first, then the fields in the order of the deployment's page.
    private static readonly IReadOnlyList<ImportColumn> AllColumns = ColumnIndex.Arrange([.. Fields.Select(f => f.Column), .. OwnColumns],
    [
        ReferenceHeader, SystemHeader, "Kind", StatusHeader, "Policing objective", "Purpose", "Intelligence case", "Legitimate aim", "Necessity",
        "Proportionality", "Location", "Address", "Latitude", "Longitude", "Planned start", "Planned end", "Actual start", "Actual end",
        "Watchlist size", "Watchlist criteria", "Watchlist built", ReviewedByHeader, "Watchlist reviewed", DestroyedByHeader, "Watchlist destroyed",
        "Threshold used", "Cameras", "Public notice given", NoticeMethodsHeader, "Public notice given at", "Why no notice was given",
        "Faces seen", "Total alerts", "True alerts, confirmed", "True alerts, unconfirmed", "False alerts, confirmed", "False alerts, unconfirmed",
        "Engagements", "Arrests", "Other action", "No action", "Post-deployment review date", ReviewerHeader, "Review findings", "Review actions",
        "Notes", CancelledAtHeader, CancellationReasonHeader, "Marking", "Do not confirm or deny",
    ]);

    public string Name => SheetName;

    public int Order => 40;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "deployment";

    public string ListPath => "/deployments";

    public IReadOnlyList<ImportColumn> Columns => AllColumns;

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var db = batch.Db;
        var at = new ColumnIndex(Columns);
        var systems = await SheetReferences.SystemsAsync(db, cancellationToken);
        var people = await SheetReferences.PeopleAsync(db, cancellationToken);
        var existing = await ExistingAsync(db, rows, at[ReferenceHeader], cancellationToken);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            var problems = new List<(string? Column, string Message)>();
            var reference = row[at[ReferenceHeader]];
            var key = string.IsNullOrWhiteSpace(reference) ? null : ImportBatch.Normalise(reference);
            if (key is not null && !firstRowOf.TryAdd(key, row.Number))
            {
                batch.Reject(this, row, ReferenceHeader, $"Reference {reference!.Trim()} is also in row {firstRowOf[key]}: give each deployment one row");
                continue;
            }
            Deployment? current = null;
            if (key is not null && existing.ByReference.TryGetValue(key, out var found))
            {
                if (found.DoNotConfirmOrDeny && !batch.ClearedForDoNotConfirmOrDeny)
                {
                    batch.Reject(this, row, ReferenceHeader, "Another deployment already has this reference: enter a different one");
                    continue;
                }
                if (found.IsRetired)
                {
                    batch.Reject(this, row, ReferenceHeader, $"Deployment {found.Reference} is retired: reinstate it in the register before importing changes to it");
                    continue;
                }
                current = found;
            }
            var deployment = current ?? new Deployment();
            problems.AddRange(Fields.ReadAll(deployment, row, at, batch));
            ReadReferences(batch, row, at, deployment, systems, people, problems);
            // The rules need every value read; a status that cannot be imported does not stop them being checked.
            var unreadable = problems.Count > 0;
            ReadStatus(row, at, deployment, current is null, now, problems);
            if (!unreadable)
            {
                CheckRules(db, deployment, current is null ? null : existing, problems);
            }
            if (problems.Count > 0)
            {
                if (current is not null)
                {
                    Staging.Discard(batch, current);
                }
                foreach (var (column, message) in problems)
                {
                    batch.Reject(this, row, column, message);
                }
                continue;
            }
            if (current is null)
            {
                db.Deployments.Add(deployment);
                batch.Count(this, ImportRowOutcome.Created);
            }
            else
            {
                Staging.CountChange(this, batch, current);
            }
            batch.Remember(deployment.Reference, deployment);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var systems = await SheetReferences.SystemsAsync(db, cancellationToken);
        var people = await SheetReferences.PeopleAsync(db, cancellationToken);
        var at = new ColumnIndex(Columns);
        await foreach (var d in db.Deployments.AsNoTracking().Where(d => d.RetiredAt == null).OrderBy(d => d.Reference).AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            var cells = new string?[Columns.Count];
            foreach (var field in Fields)
            {
                cells[at[field.Column.Header]] = field.Write(d);
            }
            cells[at[SystemHeader]] = systems.NameOf(d.SystemId);
            cells[at[StatusHeader]] = StatusChoices.Name(d.Status);
            cells[at[ReviewedByHeader]] = people.NameOf(d.WatchlistReviewedById);
            cells[at[DestroyedByHeader]] = people.NameOf(d.WatchlistDestroyedById);
            cells[at[ReviewerHeader]] = people.NameOf(d.ReviewerId);
            cells[at[NoticeMethodsHeader]] = d.PublicNoticeMethods == PublicNoticeMethods.None
                ? null
                : ImportCells.Several(DeploymentFields.NoticeMethods.Where(m => d.PublicNoticeMethods.HasFlag(m)).Select(MethodChoices.Name));
            cells[at[CancelledAtHeader]] = ImportCells.Instant(d.CancelledAt);
            cells[at[CancellationReasonHeader]] = d.CancellationReason;
            yield return cells;
        }
    }

    /// <summary>The deployments of the force whose references the rows give, hidden and retired ones too (the
    /// database holds a reference unique in the force), tracked so that a valid row can change them, with their
    /// current watchlist categories and the number of their current alert rows, which the rules need.</summary>
    private static async Task<Existing> ExistingAsync(GovernanceDbContext db, IReadOnlyList<ImportRow> rows, int column, CancellationToken cancellationToken)
    {
        var wanted = rows.Select(r => r[column]).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => ImportBatch.Normalise(r!)).ToHashSet(StringComparer.Ordinal);
        var forceId = await db.Forces.Where(f => f.IsDefault).Select(f => f.Id).FirstOrDefaultAsync(cancellationToken);
        // References are matched whatever their case, so they are compared here rather than in SQL.
        var ids = (await db.Deployments.IgnoreQueryFilters().AsNoTracking().Where(d => d.ForceId == forceId)
                .Select(d => new { d.Id, d.Reference }).ToListAsync(cancellationToken))
            .Where(d => wanted.Contains(ImportBatch.Normalise(d.Reference))).Select(d => d.Id).ToList();
        var existing = new Existing
        {
            Categories = await PartsByDeployment.LoadAsync(db.WatchlistCategories.AsNoTracking(), ids, cancellationToken),
        };
        // In slices, so that no statement carries more values than the database takes at once.
        foreach (var slice in ids.Chunk(500))
        {
            foreach (var deployment in await db.Deployments.IgnoreQueryFilters().Where(d => slice.Contains(d.Id)).ToListAsync(cancellationToken))
            {
                existing.ByReference[ImportBatch.Normalise(deployment.Reference)] = deployment;
            }
            foreach (var count in await db.Alerts.Where(a => slice.Contains(a.DeploymentId) && a.RetiredAt == null)
                .GroupBy(a => a.DeploymentId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            {
                existing.AlertRows[count.Key] = count.Count;
            }
        }
        return existing;
    }

    private sealed class Existing
    {
        public Dictionary<string, Deployment> ByReference { get; } = new(StringComparer.Ordinal);

        public required PartsByDeployment<WatchlistCategory> Categories { get; init; }

        public Dictionary<Guid, int> AlertRows { get; } = [];
    }

    private static void ReadReferences(ImportBatch batch, ImportRow row, ColumnIndex at, Deployment deployment, RecordNames<FacialRecognitionSystem> systems,
        RecordNames<Person> people, List<(string? Column, string Message)> problems)
    {
        // A system hidden from the user is written blank in their export; the blank keeps it (see RecordNames).
        if (systems.TryFind(batch, SystemHeader, row[at[SystemHeader]], deployment.SystemId == Guid.Empty ? null : deployment.SystemId,
            out var systemId) is { } problem)
        {
            problems.Add((SystemHeader, problem));
        }
        else if (systemId is null)
        {
            problems.Add((SystemHeader, "Enter the system used"));
        }
        else
        {
            deployment.SystemId = systemId.Value;
        }
        deployment.WatchlistReviewedById = Person(ReviewedByHeader, deployment.WatchlistReviewedById);
        deployment.WatchlistDestroyedById = Person(DestroyedByHeader, deployment.WatchlistDestroyedById);
        deployment.ReviewerId = Person(ReviewerHeader, deployment.ReviewerId);
        if (!MethodChoices.TryReadSeveral(row[at[NoticeMethodsHeader]], out var methods, out var methodProblem))
        {
            problems.Add((NoticeMethodsHeader, $"{NoticeMethodsHeader} {methodProblem}"));
        }
        deployment.PublicNoticeMethods = methods.Aggregate(PublicNoticeMethods.None, (all, m) => all | m);

        Guid? Person(string header, Guid? current)
        {
            if (people.TryFind(batch, header, row[at[header]], current, out var id) is { } problem)
            {
                problems.Add((header, problem));
                return current;
            }
            return id;
        }
    }

    /// <summary>A new deployment enters at the status it reached; a cancelled one is cancelled with its reason and
    /// time. A deployment already in the register keeps its status and cancellation, which only its moves change.</summary>
    private static void ReadStatus(ImportRow row, ColumnIndex at, Deployment deployment, bool isNew, DateTime now, List<(string? Column, string Message)> problems)
    {
        if (!StatusChoices.TryRead(row[at[StatusHeader]], out var status, out var problem))
        {
            problems.Add((StatusHeader, $"{StatusHeader} {problem}"));
            return;
        }
        if (status is null)
        {
            problems.Add((StatusHeader, "Enter the status the deployment reached"));
            return;
        }
        if (!ImportCells.TryInstant(row[at[CancelledAtHeader]], out var cancelledAt, out var cancelledProblem))
        {
            problems.Add((CancelledAtHeader, $"{CancelledAtHeader} {cancelledProblem}"));
            return;
        }
        var reason = string.IsNullOrWhiteSpace(row[at[CancellationReasonHeader]]) ? null : row[at[CancellationReasonHeader]]!.Trim();
        if (!isNew)
        {
            if (status != deployment.Status)
            {
                problems.Add((StatusHeader, $"The deployment is {DeploymentFields.StatusName(deployment.Status).ToLowerInvariant()} in the register: "
                    + "an import cannot change its status. Use the moves on the deployment's page, or give its current status"));
            }
            else if (status == DeploymentStatus.Cancelled && (cancelledAt != deployment.CancelledAt || reason != deployment.CancellationReason))
            {
                problems.Add((CancellationReasonHeader, "An import cannot change a cancellation: give the cancellation as the register holds it"));
            }
            return;
        }
        if (status != DeploymentStatus.Cancelled)
        {
            if (cancelledAt is not null || reason is not null)
            {
                problems.Add((CancelledAtHeader, "Only a cancelled deployment has a cancellation: clear the cancellation cells or set the status to Cancelled"));
                return;
            }
            deployment.RecordHistoric(status.Value);
            return;
        }
        if (cancelledAt is null)
        {
            problems.Add((CancelledAtHeader, "Enter when the deployment was cancelled"));
        }
        if (cancelledAt > now)
        {
            problems.Add((CancelledAtHeader, "The cancellation cannot be in the future"));
        }
        if (reason is null)
        {
            problems.Add((CancellationReasonHeader, "Enter why the deployment was cancelled"));
        }
        else if (reason.Length > Deployment.MediumTextLength)
        {
            problems.Add((CancellationReasonHeader, $"{CancellationReasonHeader} must be {Deployment.MediumTextLength:N0} characters or fewer"));
        }
        if (cancelledAt is { } when && reason is not null && problems.Count == 0)
        {
            foreach (var breach in deployment.Move(DeploymentTransition.Cancel, when, reason))
            {
                problems.Add((CancellationReasonHeader, breach.Message));
            }
        }
    }

    /// <summary>The rules the edit page applies: the deployment's own rules with its current watchlist categories and
    /// alert rows, and, once its application is closed, no change to what the authorising officer decided on.</summary>
    private static void CheckRules(GovernanceDbContext db, Deployment deployment, Existing? existing, List<(string? Column, string Message)> problems)
    {
        var modelState = new ModelStateDictionary();
        IReadOnlyCollection<WatchlistCategory> categories = [];
        var alertRows = 0;
        if (existing is not null)
        {
            DeploymentApplication.RefuseChangesToDecidedFields(db, deployment, modelState);
            categories = existing.Categories.Of(deployment.Id);
            alertRows = existing.AlertRows.GetValueOrDefault(deployment.Id);
        }
        DeploymentForm.AddBreaches(DeploymentRules.Check(deployment, categories), modelState);
        if (DeploymentRules.CheckAlertRows(deployment, alertRows) is { } breach)
        {
            DeploymentForm.AddBreaches([breach], modelState);
        }
        foreach (var (key, entry) in modelState)
        {
            var field = key.StartsWith("Input.", StringComparison.Ordinal) ? key["Input.".Length..] : key;
            foreach (var error in entry.Errors)
            {
                problems.Add((HeaderOf(field), error.ErrorMessage));
            }
        }
    }

    private static string? HeaderOf(string field) => field switch
    {
        nameof(Deployment.SystemId) => SystemHeader,
        nameof(Deployment.WatchlistReviewedById) => ReviewedByHeader,
        nameof(Deployment.WatchlistDestroyedById) => DestroyedByHeader,
        nameof(Deployment.ReviewerId) => ReviewerHeader,
        nameof(Deployment.PublicNoticeMethods) => NoticeMethodsHeader,
        _ => Fields.FirstOrDefault(f => f.Field == field)?.Column.Header,
    };
}
