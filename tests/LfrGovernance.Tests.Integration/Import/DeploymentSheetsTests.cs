using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Features.Import;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Import.SheetRun;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>The deployments, watchlist categories and alerts sheets: what they bring in, change and refuse.</summary>
public sealed class DeploymentSheetsTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly DeploymentsSheet _deployments;
    private readonly WatchlistCategoriesSheet _categories = new();
    private readonly AlertsSheet _alerts = new();

    public DeploymentSheetsTests()
    {
        _deployments = new DeploymentsSheet(_database.Clock);
    }

    [Fact]
    public async Task Deployments_with_their_watchlists_and_alerts_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        await SeedReferencesAsync(_database);
        await using (var db = _database.NewContext())
        {
            var deployment = FullDeployment(await db.Systems.Select(s => s.Id).SingleAsync(), await db.People.Select(p => p.Id).SingleAsync());
            deployment.RecordHistoric(DeploymentStatus.Reviewed);
            var cancelled = new Deployment
            {
                Reference = "LFR-2024-002", SystemId = deployment.SystemId, Kind = FacialRecognitionKind.Live, Objective = PolicingObjective.MajorEvent,
                Purpose = "Cup final", LocationName = "Stadium", PlannedStart = new DateTime(2024, 3, 4, 11, 0, 0, DateTimeKind.Utc),
            };
            cancelled.Move(Core.Authorisation.DeploymentTransition.Cancel, new DateTime(2024, 2, 20, 8, 30, 0, DateTimeKind.Utc), "Match moved to another ground");
            db.AddRange(deployment, cancelled);
            db.WatchlistCategories.AddRange(
                new WatchlistCategory { DeploymentId = deployment.Id, Category = WatchlistCategoryKind.WantedByPoliceOrCourts, Size = 9000, ImageSource = "Custody images", LegalBasis = "DPA 2018 s.35" },
                new WatchlistCategory { DeploymentId = deployment.Id, Category = WatchlistCategoryKind.Other, Size = 756, ImageSource = "=Intelligence", LegalBasis = "Common law", Justification = "Risk to a protected event" });
            db.Alerts.AddRange(
                new DeploymentAlert { DeploymentId = deployment.Id, OccurredAt = new DateTime(2024, 3, 27, 11, 15, 30, DateTimeKind.Utc), Category = WatchlistCategoryKind.WantedByPoliceOrCourts, Adjudication = AlertAdjudication.TrueAlert, Confirmed = true, Action = AlertAction.Arrest, ImageRetainedUntil = new DateTime(2024, 4, 27, 11, 15, 0, DateTimeKind.Utc) },
                new DeploymentAlert { DeploymentId = deployment.Id, OccurredAt = new DateTime(2024, 3, 27, 12, 0, 0, DateTimeKind.Utc), Adjudication = AlertAdjudication.FalseAlert, Action = AlertAction.NoAction, Notes = "Lookalike" });
            await db.SaveChangesAsync();
        }
        await using var source = _database.NewContext();
        var deploymentRows = await ExportAsync(source, _deployments);
        var categoryRows = await ExportAsync(source, _categories);
        var alertRows = await ExportAsync(source, _alerts);

        using var empty = new TestDatabase();
        await SeedReferencesAsync(empty);
        await using (var target = empty.NewContext())
        {
            var batch = await StageAsync(target, (_deployments, deploymentRows), (_categories, categoryRows), (_alerts, alertRows));
            Assert.Empty(batch.Problems);
            Assert.Equal(2, batch.Outcome(_deployments.Name, ImportRowOutcome.Created));
            await target.SaveChangesAsync();
        }

        await using var imported = empty.NewContext();
        Assert.Equal(Cells(deploymentRows), Cells(await ExportAsync(imported, _deployments)));
        Assert.Equal(Cells(categoryRows), Cells(await ExportAsync(imported, _categories)));
        Assert.Equal(Cells(alertRows), Cells(await ExportAsync(imported, _alerts)));
        var copy = await imported.Deployments.SingleAsync(d => d.Reference == "LFR-2024-001");
        Assert.Equal((DeploymentStatus.Reviewed, 12_120L, 0.6, "1 in 12,120"), (copy.Status, copy.FacesSeen!.Value, copy.ThresholdUsed!.Value, copy.FalseAlertRatePerFacesSeen!.ToString()));
        var cancelledCopy = await imported.Deployments.SingleAsync(d => d.Reference == "LFR-2024-002");
        Assert.Equal((DeploymentStatus.Cancelled, "Match moved to another ground"), (cancelledCopy.Status, cancelledCopy.CancellationReason));
        Assert.Equal(new DateTime(2024, 2, 20, 8, 30, 0, DateTimeKind.Utc), cancelledCopy.CancelledAt);
    }

    [Fact]
    public async Task A_row_breaking_a_rule_is_rejected_beside_its_column_and_nothing_of_it_is_staged()
    {
        await SeedReferencesAsync(_database);
        await using var db = _database.NewContext();
        var batch = await StageAsync(db, (_deployments,
        [
            NewRow(3, "LFR-1", ("Planned start", "2024-03-27 10:00"), ("Planned end", "2024-03-27 09:00")),
            NewRow(4, "LFR-2", ("Faces seen", "lots"), ("System", "Unknown system")),
            NewRow(5, "LFR-3"),
        ]));

        Assert.Contains(new ImportProblem("Deployments", 3, "Planned end", "The planned end must be after the planned start"), batch.Problems);
        Assert.Contains(new ImportProblem("Deployments", 4, "Faces seen", "Faces seen must be a whole number, like 12 or 12,120"), batch.Problems);
        Assert.Contains(batch.Problems, p => p is { Row: 4, Column: "System" } && p.Message.Contains("Unknown system", StringComparison.Ordinal));
        Assert.Equal(1, batch.Outcome("Deployments", ImportRowOutcome.Created));
        Assert.Equal(["LFR-3"], db.ChangeTracker.Entries<Deployment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Reference));
    }

    [Fact]
    public async Task Importing_the_same_rows_again_changes_nothing_and_a_changed_row_updates_only_what_changed()
    {
        await SeedReferencesAsync(_database);
        await using (var db = _database.NewContext())
        {
            await StageAsync(db, (_deployments, [NewRow(3, "LFR-1", ("Faces seen", "100"))]));
            await db.SaveChangesAsync();
        }
        await using var again = _database.NewContext();
        var exported = await ExportAsync(again, _deployments);
        var historyBefore = await again.History.CountAsync();

        var unchanged = await StageAsync(again, (_deployments, exported));
        Assert.Equal(1, unchanged.Outcome("Deployments", ImportRowOutcome.Unchanged));
        await again.SaveChangesAsync();
        Assert.Equal(historyBefore, await again.History.CountAsync());

        await using var third = _database.NewContext();
        third.ChangeReason = "Imported from \u201cfigures.xlsx\u201d";
        var updated = await StageAsync(third, (_deployments, [Changed(_deployments, 3, exported[0].Cells, ("Faces seen", "12120"))]));
        Assert.Equal(1, updated.Outcome("Deployments", ImportRowOutcome.Updated));
        await third.SaveChangesAsync();
        var entry = await third.History.OrderByDescending(h => h.Sequence).FirstAsync();
        Assert.Equal((2, "Imported from \u201cfigures.xlsx\u201d"), (entry.Version, entry.Reason));
        Assert.Contains("FacesSeen", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Purpose", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_cannot_change_a_deployments_status_or_a_decided_field_once_the_application_is_closed()
    {
        await SeedReferencesAsync(_database);
        await using (var db = _database.NewContext())
        {
            await StageAsync(db, (_deployments, [NewRow(3, "LFR-1", ("Status", "Authorised"))]));
            await db.SaveChangesAsync();
        }
        await using var again = _database.NewContext();
        var exported = (await ExportAsync(again, _deployments))[0];

        var batch = await StageAsync(again, (_deployments,
            [Changed(_deployments, 3, exported.Cells, ("Status", "Live"), ("Location", "Somewhere else"))]));

        Assert.Contains(batch.Problems, p => p is { Column: "Status" } && p.Message.StartsWith("The deployment is authorised in the register", StringComparison.Ordinal));
        Assert.Contains(batch.Problems, p => p is { Column: "Location" } && p.Message.Contains("cannot be changed", StringComparison.Ordinal));
        Assert.Equal("Town centre", (await again.Deployments.AsNoTracking().SingleAsync()).LocationName);
        Assert.DoesNotContain(again.ChangeTracker.Entries(), e => e.State != EntityState.Unchanged);
    }

    [Fact]
    public async Task A_user_not_cleared_can_neither_flag_a_row_nor_reach_a_hidden_deployment_through_its_reference()
    {
        await SeedReferencesAsync(_database);
        await using (var db = _database.NewContext())
        {
            db.ShowsDoNotConfirmOrDenyRecords = true;
            await StageAsync(db, (_deployments, [NewRow(3, "COVERT-1", ("Do not confirm or deny", "Yes"))]));
            await db.SaveChangesAsync();
            Assert.True((await db.Deployments.SingleAsync()).DoNotConfirmOrDeny);
        }
        await using var uncleared = _database.NewContext();
        uncleared.ShowsDoNotConfirmOrDenyRecords = false;

        var batch = await StageAsync(uncleared, (_deployments,
            [NewRow(3, "covert-1"), NewRow(4, "LFR-9", ("Do not confirm or deny", "Yes"))]));

        Assert.Contains(new ImportProblem("Deployments", 3, "Reference", "Another deployment already has this reference: enter a different one"), batch.Problems);
        Assert.Contains(batch.Problems, p => p is { Row: 4, Column: "Do not confirm or deny" });
        Assert.DoesNotContain(uncleared.ChangeTracker.Entries(), e => e.State != EntityState.Unchanged);
    }

    [Fact]
    public async Task A_deployments_watchlist_categories_come_in_together_when_they_add_up_to_its_watchlist_size()
    {
        await SeedReferencesAsync(_database);
        await using var db = _database.NewContext();

        var batch = await StageAsync(db,
            (_deployments, [NewRow(3, "LFR-1", ("Watchlist size", "100")), NewRow(4, "LFR-2", ("Watchlist size", "50"))]),
            (_categories,
            [
                Category(3, "lfr-1", "Suspects", "60"), Category(4, "LFR-1", "Wanted by the police or the courts", "40"),
                Category(5, "LFR-2", "Suspects", "20"), Category(6, "LFR-2", "Other", "30"),
                Category(7, "LFR-404", "Suspects", "1"),
            ]));

        Assert.Equal(2, batch.Outcome("Watchlist categories", ImportRowOutcome.Created));
        Assert.Contains(batch.Problems, p => p is { Row: 6, Column: "Justification" });
        Assert.Contains(batch.Problems, p => p.Row == 5 && p.Message.StartsWith("The watchlist size (50) must equal the sum of its categories (20)", StringComparison.Ordinal));
        Assert.Contains(batch.Problems, p => p is { Row: 7, Column: "Deployment" } && p.Message.StartsWith("Deployment LFR-404 is not in the register", StringComparison.Ordinal));
        await db.SaveChangesAsync();
        Assert.Equal(100, await db.WatchlistCategories.SumAsync(c => c.Size));
    }

    [Fact]
    public async Task Alerts_are_refused_outside_the_deployments_times_beyond_its_total_or_twice()
    {
        await SeedReferencesAsync(_database);
        await using var db = _database.NewContext();

        var batch = await StageAsync(db,
            (_deployments, [NewRow(3, "LFR-1", ("Actual start", "2024-03-27 09:00"), ("Actual end", "2024-03-27 17:00"), ("Total alerts", "2"))]),
            (_alerts,
            [
                Alert(3, "2024-03-27 10:00"), Alert(4, "2024-03-27 10:00"), Alert(5, "2024-03-27 08:00"),
                Alert(6, "2024-03-27 11:00"), Alert(7, "2024-03-27 12:00"),
            ]));

        Assert.Equal(2, batch.Outcome("Alerts", ImportRowOutcome.Created));
        Assert.Contains(batch.Problems, p => p is { Row: 4, Column: "Time of the alert" } && p.Message.Contains("already gives an alert", StringComparison.Ordinal));
        Assert.Contains(batch.Problems, p => p is { Row: 5, Column: "Time of the alert" } && p.Message.EndsWith("before the deployment's actual start", StringComparison.Ordinal));
        Assert.Contains(batch.Problems, p => p is { Row: 7, Column: null } && p.Message.Contains("records 2 alerts in total", StringComparison.Ordinal));
    }

    [Fact]
    public async Task People_are_found_by_collar_number_when_a_name_is_shared()
    {
        await SeedReferencesAsync(_database);
        await using (var db = _database.NewContext())
        {
            db.People.Add(new Person { Name = "Sam Price", CollarOrWarrantNumber = "9999" });
            await db.SaveChangesAsync();
        }
        await using var again = _database.NewContext();

        var batch = await StageAsync(again, (_deployments,
        [
            NewRow(3, "LFR-1", ("Actual start", "2024-03-27 09:00"), ("Actual end", "2024-03-27 17:00"), ("Post-deployment review date", "2024-03-28"), ("Reviewer", "Sam Price")),
            NewRow(4, "LFR-2", ("Actual start", "2024-03-27 09:00"), ("Actual end", "2024-03-27 17:00"), ("Post-deployment review date", "28/03/2024"), ("Reviewer", "1234")),
        ]));

        Assert.Contains(batch.Problems, p => p is { Row: 3, Column: "Reviewer" } && p.Message.Contains("collar or warrant number", StringComparison.Ordinal));
        var reviewer = await again.People.Where(p => p.CollarOrWarrantNumber == "1234").Select(p => p.Id).SingleAsync();
        Assert.Equal(reviewer, again.ChangeTracker.Entries<Deployment>().Single().Entity.ReviewerId);
    }

    public void Dispose() => _database.Dispose();

    private ImportRow NewRow(int number, string reference, params (string Header, string? Text)[] more) => Row(_deployments, number,
    [
        ("Reference", reference), ("System", "NeoFace Live"), ("Kind", "Live"), ("Status", "Completed"), ("Policing objective", "Wanted offenders"),
        ("Purpose", "Find wanted offenders"), ("Location", "Town centre"),
        .. more,
    ]);

    private ImportRow Category(int number, string deployment, string category, string size) => Row(_categories, number,
        ("Deployment", deployment), ("Category", category), ("Image source", "Custody images"), ("Number of people", size), ("Legal basis", "DPA 2018 s.35"));

    private ImportRow Alert(int number, string time) => Row(_alerts, number,
        ("Deployment", "LFR-1"), ("Time of the alert", time), ("Judged", "True alert"), ("What followed", "Arrest"));

    private static List<List<string?>> Cells(IReadOnlyList<ImportRow> rows) => [.. rows.Select(r => r.Cells.ToList())];

    private static async Task SeedReferencesAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        db.Systems.Add(new FacialRecognitionSystem { Name = "NeoFace Live", Kind = FacialRecognitionKind.Live, Product = "NeoFace Watch", Status = SystemStatus.InService });
        db.People.Add(new Person { Name = "Sam Price", CollarOrWarrantNumber = "1234" });
        await db.SaveChangesAsync();
    }

    private static Deployment FullDeployment(Guid systemId, Guid personId) => new()
    {
        Reference = "LFR-2024-001", SystemId = systemId, Kind = FacialRecognitionKind.Live, Objective = PolicingObjective.WantedOffenders,
        Purpose = "Wanted offenders in the town centre", IntelligenceCase = "Rising robbery\nnear the station", LegitimateAim = "Prevent crime",
        Necessity = "Other means failed", Proportionality = "Short, signed, targeted", LocationName = "High Street", LocationAddress = "1 High Street, Cardiff",
        Latitude = 51.4816, Longitude = -3.1791, PlannedStart = new DateTime(2024, 3, 27, 9, 0, 0, DateTimeKind.Utc),
        PlannedEnd = new DateTime(2024, 3, 27, 17, 0, 0, DateTimeKind.Utc), ActualStart = new DateTime(2024, 3, 27, 9, 5, 0, DateTimeKind.Utc),
        ActualEnd = new DateTime(2024, 3, 27, 16, 55, 0, DateTimeKind.Utc), WatchlistSize = 9756, WatchlistCriteria = "Wanted on warrant",
        WatchlistBuiltAt = new DateTime(2024, 3, 26, 15, 0, 0, DateTimeKind.Utc), WatchlistReviewedById = personId,
        WatchlistReviewedAt = new DateTime(2024, 3, 26, 16, 0, 0, DateTimeKind.Utc), WatchlistDestroyedById = personId,
        WatchlistDestroyedAt = new DateTime(2024, 3, 27, 18, 0, 0, DateTimeKind.Utc), ThresholdUsed = 0.6, CameraCount = 2,
        PublicNoticeGiven = true, PublicNoticeMethods = PublicNoticeMethods.Signage | PublicNoticeMethods.SocialMedia,
        PublicNoticeAt = new DateTime(2024, 3, 25, 12, 0, 0, DateTimeKind.Utc), FacesSeen = 12_120, TotalAlerts = 11, TrueAlertsConfirmed = 9,
        TrueAlertsUnconfirmed = 1, FalseAlertsConfirmed = 1, FalseAlertsUnconfirmed = 0, Engagements = 7, Arrests = 4, OtherAction = 2, NoAction = 4,
        ReviewedOn = new DateOnly(2024, 3, 29), ReviewerId = personId, ReviewFindings = "As planned", ReviewActions = "+ more signs",
        Notes = "@mention", Marking = RecordMarking.OfficialSensitive,
    };
}
