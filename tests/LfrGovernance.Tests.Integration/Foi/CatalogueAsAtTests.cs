using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Foi.Catalogue;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Infrastructure;
using static LfrGovernance.Tests.Integration.Foi.CatalogueDatabase;

namespace LfrGovernance.Tests.Integration.Foi;

/// <summary>A draft generated as the register stood at an earlier instant (question 8: "why did you answer X then?"), and
/// the fingerprint that tells a draft has gone stale. The register is built at 9:00; changes are made from 10:00.</summary>
public sealed class CatalogueAsAtTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly CatalogueRegister.Ids _ids;
    private readonly DateTime _built;

    public CatalogueAsAtTests()
    {
        using (var db = _database.NewContext())
        {
            _ids = CatalogueRegister.Build(db);
        }
        _built = _database.Clock.GetUtcNow().UtcDateTime;
        _database.Clock.Advance(TimeSpan.FromHours(1));
    }

    public void Dispose() => _database.Dispose();

    private DateTime Before => _built.AddMinutes(30);

    private async Task<GeneratedAnswer> AnswerAsync(string key, DateTime? asAt = null, bool cleared = false)
    {
        await using var db = _database.NewContext();
        db.ShowsDoNotConfirmOrDenyRecords = cleared;
        var register = asAt is { } instant ? await FoiRegister.AsAtAsync(db, instant, CancellationToken.None) : FoiRegister.Current(db);
        return await FoiCatalogue.Find(key)!.GenerateAsync(register, Scope() with { AsAtUtc = asAt }, CancellationToken.None);
    }

    private async Task ChangeAsync(Action<Core.Persistence.GovernanceDbContext> change)
    {
        await using var db = _database.NewContext();
        change(db);
        await db.SaveChangesAsync();
        _database.Clock.Advance(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task As_at_an_earlier_instant_a_record_added_since_is_absent_and_a_record_changed_since_reads_as_it_was()
    {
        await ChangeAsync(db =>
        {
            var cardiff = db.Deployments.Single(d => d.Id == _ids.Cardiff);
            cardiff.LocationName = "Cardiff Bay";
            cardiff.Arrests = 5;
            var added = new Deployment
            {
                Reference = "LFR-NEW", SystemId = _ids.LiveSystem, Kind = FacialRecognitionKind.Live, Purpose = "Entered late", LocationName = "Swansea",
                PlannedStart = CatalogueRegister.At(2019, 1, 5), ActualStart = CatalogueRegister.At(2019, 1, 5), ActualEnd = CatalogueRegister.At(2019, 1, 5, 15),
            };
            added.RecordHistoric(DeploymentStatus.Completed);
            db.Deployments.Add(added);
        });

        var then = await AnswerAsync("deployments", Before);
        var thenOutcomes = await AnswerAsync("outcomes", Before);
        var now = await AnswerAsync("deployments");
        var nowOutcomes = await AnswerAsync("outcomes");

        Assert.Contains("- LFR-001: live facial recognition at Cardiff city centre on 3 May 2018", then.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("LFR-NEW", then.Draft, StringComparison.Ordinal);
        Assert.Equal("2", Value(then, "Deployments"));
        Assert.Equal("4", Value(thenOutcomes, "Arrests"));
        Assert.Equal((Before, _database.Clock.GetUtcNow().UtcDateTime), (then.AsAtUtc!.Value, then.GeneratedAtUtc));
        Assert.Contains("- LFR-001: live facial recognition at Cardiff Bay on 3 May 2018", now.Draft, StringComparison.Ordinal);
        Assert.Contains("- LFR-NEW: live facial recognition at Swansea on 5 January 2019", now.Draft, StringComparison.Ordinal);
        Assert.Equal("5", Value(nowOutcomes, "Arrests"));
        Assert.Equal(2, Assert.Single(nowOutcomes.Figures, f => f.Label == "Arrests").Sources.Single(s => s.Id == _ids.Cardiff).Version);
        Assert.NotEqual(then.Fingerprint, now.Fingerprint);
    }

    [Fact]
    public async Task As_at_an_earlier_instant_a_record_retired_since_is_still_there_and_one_retired_by_then_is_not()
    {
        await ChangeAsync(db => db.Collaborations.Single(c => c.Reference == "COL-002").Retire("Entered in error", _database.Clock.GetUtcNow().UtcDateTime));

        var then = await AnswerAsync("q1", Before);
        var now = await AnswerAsync("q1");
        var thenDeployments = await AnswerAsync("deployments", Before);

        Assert.Contains("COL-002", then.Draft, StringComparison.Ordinal);
        Assert.StartsWith("Yes. The force collaborated with 1 organisation on facial recognition", now.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("COL-002", now.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("LFR-GONE", thenDeployments.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_flagged_since_is_withheld_from_answers_about_the_past_too()
    {
        await ChangeAsync(db => db.Deployments.Single(d => d.Id == _ids.Search).DoNotConfirmOrDeny = true);

        var cleared = await AnswerAsync("deployments", Before, cleared: true);
        var notCleared = await AnswerAsync("deployments", Before);

        Assert.Equal(cleared.Draft, notCleared.Draft);
        Assert.DoesNotContain("RFR-001", cleared.Draft, StringComparison.Ordinal);
        Assert.Equal((3, 0), (cleared.DoNotConfirmOrDenyInScope, notCleared.DoNotConfirmOrDenyInScope));
    }

    [Fact]
    public async Task The_fingerprint_changes_when_a_record_the_answer_was_built_from_changes_and_only_then()
    {
        var first = await AnswerAsync("q1");
        var again = await AnswerAsync("q1");
        await ChangeAsync(db => db.Collaborations.Single(c => c.Reference == "COL-OLD").Notes = "Outside the period");
        var afterUnrelated = await AnswerAsync("q1");
        await ChangeAsync(db => db.Collaborations.Single(c => c.Id == _ids.Trial).CostPence = 1_300_000);
        var afterChange = await AnswerAsync("q1");
        var alertsBefore = await AnswerAsync("alert-categories");
        await ChangeAsync(db => db.Alerts.First(a => a.DeploymentId == _ids.Cardiff && a.Action == AlertAction.Engagement).Notes = "Checked again");
        var alertsAfter = await AnswerAsync("alert-categories");

        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.Equal(first.Fingerprint, afterUnrelated.Fingerprint);
        Assert.NotEqual(first.Fingerprint, afterChange.Fingerprint);
        Assert.Contains("cost £13,000", afterChange.Draft, StringComparison.Ordinal);
        // Alerts are not cited one by one, but a change to one still changes the fingerprint.
        Assert.Equal(alertsBefore.Draft, alertsAfter.Draft);
        Assert.NotEqual(alertsBefore.Fingerprint, alertsAfter.Fingerprint);
    }

    [Fact]
    public async Task The_whole_catalogue_can_be_generated_as_at_an_instant()
    {
        await using var db = _database.NewContext();
        var register = await FoiRegister.AsAtAsync(db, Before, CancellationToken.None);
        var answers = await FoiCatalogue.GenerateAllAsync(register, Scope() with { AsAtUtc = Before }, CancellationToken.None);
        var current = (await FoiCatalogue.GenerateAllAsync(FoiRegister.Current(db), Scope(), CancellationToken.None)).ToDictionary(a => a.QuestionKey);

        Assert.Equal(FoiCatalogue.All.Count, answers.Count);
        // Nothing has changed since: the register as it stood then answers as the register does now.
        Assert.All(answers, a => Assert.Equal((current[a.QuestionKey].Draft, current[a.QuestionKey].Fingerprint), (a.Draft, a.Fingerprint)));
    }
}
