using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>The Ranks held and Assessment coverage sheets: the parts of people and of assessments.</summary>
public sealed class RanksAndCoverageSheetTests : IDisposable
{
    private readonly ClockedAppFactory app = new();
    private readonly ClockedAppFactory empty = new();

    public void Dispose()
    {
        app.Dispose();
        empty.Dispose();
    }

    private static string?[] Rank(string rank, string from, string? to = null, string person = "Jane Doe") => [person, rank, from, to];

    [Fact]
    public async Task Ranks_and_coverage_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        var jane = new Person { Name = "Jane Doe" };
        var vans = new FacialRecognitionSystem { Name = "LFR vans", Kind = FacialRecognitionKind.Live, Product = "NEC", Status = SystemStatus.InService };
        var dpia = new Assessment { Reference = "DPIA-LFR", DocumentVersion = "1.0", Title = "LFR DPIA", Kind = AssessmentKind.Dpia };
        await SheetRunner.SeedAsync(app, jane, vans, dpia,
            new RankHeld { PersonId = jane.Id, Rank = Core.People.Rank.Constable, From = new DateOnly(2010, 1, 1), To = new DateOnly(2014, 12, 31) },
            new RankHeld { PersonId = jane.Id, Rank = Core.People.Rank.Sergeant, From = new DateOnly(2015, 1, 1) },
            new AssessmentCoverage { AssessmentId = dpia.Id, SubjectType = AssessedRecordType.System, SubjectId = vans.Id });

        var (ranks, ranksAfter) = await SheetRunner.RoundTripAsync<RanksHeldSheet>(app, empty, typeof(PeopleSheet));
        var (coverage, coverageAfter) = await SheetRunner.RoundTripAsync<AssessmentCoverageSheet>(app, empty, typeof(SystemsSheet), typeof(AssessmentsSheet));

        Assert.Equal([["Jane Doe", "Constable", "2010-01-01", "2014-12-31"], ["Jane Doe", "Sergeant", "2015-01-01", null]], ranks);
        Assert.Equal(ranks, ranksAfter);
        Assert.Equal([["DPIA-LFR", "1.0", "System", "LFR vans"]], coverage);
        Assert.Equal(coverage, coverageAfter);
    }

    [Fact]
    public async Task A_new_rank_ends_the_current_one_the_day_before_and_an_overlapping_earlier_period_is_refused()
    {
        var result = await SheetRunner.StageAsync(app,
        [
            (typeof(PeopleSheet), [["Jane Doe", null, null, null, null]]),
            (typeof(RanksHeldSheet), [Rank("Constable", "2010-01-01"), Rank("Sergeant", "2015-01-01")]),
        ]);
        var overlapping = await SheetRunner.StageAsync<RanksHeldSheet>(app, [Rank("Inspector", "2012-01-01", "2012-12-31")]);
        var unknown = await SheetRunner.StageAsync<RanksHeldSheet>(app, [Rank("Major", "2012-01-01"), Rank("Constable", "2001-01-01", person: "Nobody")]);
        var again = await SheetRunner.StageAsync<RanksHeldSheet>(app, [Rank("Constable", "2010-01-01", "2014-12-31"), Rank("Sergeant", "2015-01-01", "2020-01-31")]);

        Assert.Equal(2, result.Created);
        Assert.Equal(("From", "The period overlaps the rank of Constable held from 1 January 2010 to 31 December 2014: a person holds one rank at a time"),
            (overlapping.SingleProblem.Column, overlapping.SingleProblem.Message));
        Assert.Equal(["Rank", "Person"], unknown.Problems.Select(p => p.Column));
        Assert.Equal((0, 1, 1), (again.Created, again.Updated, again.Unchanged));
        var ranks = await app.QueryAsync(db => db.RanksHeld.OrderBy(r => r.From).Select(r => r.To).ToListAsync());
        Assert.Equal([new DateOnly(2014, 12, 31), new DateOnly(2020, 1, 31)], ranks);
    }

    [Fact]
    public async Task Coverage_names_records_from_the_same_file_and_refuses_unknown_or_repeated_ones()
    {
        var first = await SheetRunner.StageAsync(app,
        [
            (typeof(SystemsSheet), [["LFR vans", "Live (LFR)", "NEC", null, null, null, "In service", null, null, null, null, null, null, null, null, null]]),
            (typeof(AssessmentsSheet), [AssessmentsSheetTests.Row()]),
            (typeof(AssessmentCoverageSheet), [["DPIA-LFR", "1.0", "System", "lfr vans"]]),
        ]);
        var again = await SheetRunner.StageAsync<AssessmentCoverageSheet>(app,
            [["DPIA-LFR", "1.0", "System", "LFR vans"], ["DPIA-LFR", "1.0", "System", "LFR vans"], ["DPIA-LFR", "2.0", "System", "LFR vans"], ["DPIA-LFR", "1.0", "Collaboration", "COL-9"]],
            save: false);

        Assert.Empty(first.Problems);
        Assert.Equal(1, await app.QueryAsync(db => db.AssessmentCoverage.CountAsync()));
        Assert.Equal(1, again.Unchanged);
        Assert.Equal([(4, "Record"), (5, "Assessment"), (6, "Record")], again.Problems.Select(p => (p.Row, p.Column)));
    }

    [Fact]
    public async Task Someone_not_cleared_cannot_add_ranks_to_a_person_hidden_from_them()
    {
        await SheetRunner.SeedAsync(app, new Person { Name = "Jane Doe", DoNotConfirmOrDeny = true });

        var result = await SheetRunner.StageAsync<RanksHeldSheet>(app, [Rank("Constable", "2010-01-01")], cleared: false);

        Assert.Equal("Person", result.SingleProblem.Column);
        Assert.Equal(0, await app.QueryAsync(db => db.RanksHeld.CountAsync()));
    }
}
