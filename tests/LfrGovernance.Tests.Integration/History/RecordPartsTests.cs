using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Documents;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Migrations.Sqlite;
using LfrGovernance.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.History;

/// <summary>Parts of a record (<see cref="RecordParts"/>) and documents attached to it are handled as the record is:
/// flagged "do not confirm or deny" and marked with it, in the same save, each part with its own history entry.</summary>
public sealed class RecordPartsTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Flagging_and_marking_a_deployment_flags_and_marks_its_watchlist_alerts_and_documents_in_the_same_save()
    {
        var (deployment, category, alert, document) = await AddDeploymentWithPartsAsync();

        await using (var db = _database.NewContext())
        {
            var loaded = await db.Deployments.SingleAsync(d => d.Id == deployment.Id);
            loaded.DoNotConfirmOrDeny = true;
            loaded.Marking = RecordMarking.OfficialSensitive;
            await db.SaveChangesAsync();
        }

        await using (var check = _database.NewContext())
        {
            check.ShowsDoNotConfirmOrDenyRecords = true;
            Assert.All(await PartsAsync(check, category.Id, alert.Id, document.Id),
                part => Assert.Equal((RecordMarking.OfficialSensitive, true, 2), (part.Marking, part.DoNotConfirmOrDeny, part.Version)));
            var changeSets = await check.History.Where(h => h.Version == 2).Select(h => new { h.RecordId, h.ChangeSetId }).ToListAsync();
            Assert.Equal(4, changeSets.Count);
            Assert.Single(changeSets.Select(c => c.ChangeSetId).Distinct());
            Assert.True((await HistoryVerifier.VerifyAsync(check)).Intact);

            // A user not cleared sees neither the deployment nor any of its parts.
            check.ShowsDoNotConfirmOrDenyRecords = false;
            Assert.False(await check.Deployments.AnyAsync(d => d.Id == deployment.Id));
            Assert.False(await check.WatchlistCategories.AnyAsync(c => c.DeploymentId == deployment.Id));
            Assert.False(await check.Alerts.AnyAsync(a => a.DeploymentId == deployment.Id));
            Assert.False(await check.Documents.AnyAsync(d => d.SubjectId == deployment.Id));
        }

        await using (var db = _database.NewContext())
        {
            var loaded = await db.Deployments.SingleAsync(d => d.Id == deployment.Id);
            loaded.DoNotConfirmOrDeny = false;
            await db.SaveChangesAsync();
        }

        await using var after = _database.NewContext();
        Assert.All(await PartsAsync(after, category.Id, alert.Id, document.Id),
            part => Assert.Equal((RecordMarking.OfficialSensitive, false, 3), (part.Marking, part.DoNotConfirmOrDeny, part.Version)));
    }

    [Fact]
    public async Task A_signed_decision_on_a_deployment_follows_the_deployments_flag_though_nobody_may_change_it()
    {
        var (deployment, _, _, _) = await AddDeploymentWithPartsAsync();
        var decision = new AuthorisationDecision
        {
            SubjectKind = DecisionSubject.Deployment, SubjectId = deployment.Id, Outcome = DecisionOutcome.Authorised, DeciderId = Guid.NewGuid(),
            RankHeld = Rank.Superintendent, DeciderAccountObjectId = "oid-sam", DeciderName = "Sam Price",
            DecidedAt = new DateTime(2024, 4, 20, 9, 0, 0, DateTimeKind.Utc), Rationale = "Necessary and proportionate",
        };
        await using (var db = _database.NewContext())
        {
            var person = new Person { Id = decision.DeciderId, Name = "Sam Price" };
            db.AddRange(person, decision);
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NewContext())
        {
            var loaded = await db.Deployments.SingleAsync(d => d.Id == deployment.Id);
            loaded.DoNotConfirmOrDeny = true;
            await db.SaveChangesAsync();
        }

        await using (var check = _database.NewContext())
        {
            var saved = await check.AuthorisationDecisions.IgnoreQueryFilters().SingleAsync(d => d.Id == decision.Id);
            Assert.Equal((true, 2, "Necessary and proportionate"), (saved.DoNotConfirmOrDeny, saved.Version, saved.Rationale));
            saved.DoNotConfirmOrDeny = false;
            await Assert.ThrowsAsync<InvalidOperationException>(() => check.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task A_part_added_later_takes_its_owners_handling_whatever_the_caller_set()
    {
        var (deployment, _, _, _) = await AddDeploymentWithPartsAsync();
        await using (var db = _database.NewContext())
        {
            var loaded = await db.Deployments.SingleAsync(d => d.Id == deployment.Id);
            loaded.DoNotConfirmOrDeny = true;
            loaded.Marking = RecordMarking.OfficialSensitive;
            await db.SaveChangesAsync();
        }

        var late = new DeploymentAlert
        {
            DeploymentId = deployment.Id, OccurredAt = new DateTime(2024, 5, 1, 10, 30, 0, DateTimeKind.Utc),
            Adjudication = AlertAdjudication.FalseAlert, Marking = RecordMarking.Official, DoNotConfirmOrDeny = false,
        };
        await using (var db = _database.NewContext())
        {
            db.Alerts.Add(late);
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var saved = await check.Alerts.IgnoreQueryFilters().SingleAsync(a => a.Id == late.Id);
        Assert.Equal((RecordMarking.OfficialSensitive, true), (saved.Marking, saved.DoNotConfirmOrDeny));
    }

    [Fact]
    public async Task A_change_that_leaves_the_handling_alone_does_not_touch_the_parts()
    {
        var (deployment, category, alert, document) = await AddDeploymentWithPartsAsync();
        await using (var db = _database.NewContext())
        {
            var loaded = await db.Deployments.SingleAsync(d => d.Id == deployment.Id);
            loaded.LocationName = "Elsewhere";
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        Assert.All(await PartsAsync(check, category.Id, alert.Id, document.Id), part => Assert.Equal(1, part.Version));
    }

    [Fact]
    public async Task Parts_added_to_records_already_saved_take_each_owners_handling_read_in_one_query_for_them_all()
    {
        var (plain, _, _, _) = await AddDeploymentWithPartsAsync();
        var (flagged, _, _, _) = await AddDeploymentWithPartsAsync();
        var (sensitive, _, _, _) = await AddDeploymentWithPartsAsync();
        await using (var db = _database.NewContext())
        {
            var loaded = await db.Deployments.Where(d => d.Id == flagged.Id || d.Id == sensitive.Id).ToListAsync();
            loaded.ForEach(d => d.Marking = RecordMarking.OfficialSensitive);
            loaded.Single(d => d.Id == flagged.Id).DoNotConfirmOrDeny = true;
            await db.SaveChangesAsync();
        }

        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<Core.Persistence.GovernanceDbContext>();
        options.UseGovernanceSqlite(_database.ConnectionString).AddInterceptors(counter);
        var added = new List<DeploymentAlert>();
        await using (var db = new Core.Persistence.GovernanceDbContext(options.Options))
        {
            foreach (var owner in new[] { plain, flagged, sensitive })
            {
                for (var i = 0; i < 10; i++)
                {
                    added.Add(new DeploymentAlert { DeploymentId = owner.Id, OccurredAt = new DateTime(2024, 5, 1, 11, i, 0, DateTimeKind.Utc), Adjudication = AlertAdjudication.TrueAlert });
                }
            }
            db.Alerts.AddRange(added);
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, counter.Reading("\"Deployments\""));
        await using var check = _database.NewContext();
        var saved = await check.Alerts.IgnoreQueryFilters().Where(a => a.OccurredAt.Hour == 11).ToListAsync();
        Assert.Equal(30, saved.Count);
        Assert.All(saved.Where(a => a.DeploymentId == plain.Id), a => Assert.Equal((RecordMarking.Official, false), (a.Marking, a.DoNotConfirmOrDeny)));
        Assert.All(saved.Where(a => a.DeploymentId == flagged.Id), a => Assert.Equal((RecordMarking.OfficialSensitive, true), (a.Marking, a.DoNotConfirmOrDeny)));
        Assert.All(saved.Where(a => a.DeploymentId == sensitive.Id), a => Assert.Equal((RecordMarking.OfficialSensitive, false), (a.Marking, a.DoNotConfirmOrDeny)));
    }

    /// <summary>Counts the queries sent that read a given table.</summary>
    private sealed class CommandCounter : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        private readonly List<string> _sent = [];

        public int Reading(string table) => _sent.Count(sql => sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && sql.Contains(table, StringComparison.Ordinal));

        public override System.Data.Common.DbDataReader ReaderExecuted(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, System.Data.Common.DbDataReader result)
        {
            _sent.Add(command.CommandText.Trim());
            return result;
        }

        public override ValueTask<System.Data.Common.DbDataReader> ReaderExecutedAsync(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, System.Data.Common.DbDataReader result, CancellationToken cancellationToken = default)
        {
            _sent.Add(command.CommandText.Trim());
            return ValueTask.FromResult(result);
        }
    }

    private async Task<(Deployment, WatchlistCategory, DeploymentAlert, RecordDocument)> AddDeploymentWithPartsAsync()
    {
        await using var db = _database.NewContext();
        var system = new FacialRecognitionSystem { Name = $"System {Guid.NewGuid():N}", Product = "NeoFace Live", Kind = FacialRecognitionKind.Live, Status = SystemStatus.InService };
        var deployment = new Deployment
        {
            Reference = $"RP-{Guid.NewGuid().ToString("N")[..10]}", SystemId = system.Id, Kind = FacialRecognitionKind.Live,
            Purpose = "Locate people wanted for serious offences", LocationName = "Market square",
            PlannedStart = new DateTime(2024, 5, 1, 9, 0, 0, DateTimeKind.Utc),
        };
        var category = new WatchlistCategory
        {
            DeploymentId = deployment.Id, Category = WatchlistCategoryKind.WantedByPoliceOrCourts, Size = 120,
            ImageSource = "Custody images", LegalBasis = "Common law policing purpose",
        };
        var alert = new DeploymentAlert
        {
            DeploymentId = deployment.Id, OccurredAt = new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc), Adjudication = AlertAdjudication.TrueAlert,
        };
        var document = new RecordDocument
        {
            SubjectType = nameof(Deployment), SubjectId = deployment.Id, Title = "Written authority", FileName = "authority.pdf",
            ContentType = "application/pdf", SizeBytes = 1000, Sha256 = new string('a', 64),
        };
        db.AddRange(system, deployment, category, alert, document);
        await db.SaveChangesAsync();
        return (deployment, category, alert, document);
    }

    private static async Task<List<RegisterRecord>> PartsAsync(Core.Persistence.GovernanceDbContext db, Guid category, Guid alert, Guid document) =>
    [
        await db.WatchlistCategories.IgnoreQueryFilters().SingleAsync(c => c.Id == category),
        await db.Alerts.IgnoreQueryFilters().SingleAsync(a => a.Id == alert),
        await db.Documents.IgnoreQueryFilters().SingleAsync(d => d.Id == document),
    ];

    public void Dispose() => _database.Dispose();
}
