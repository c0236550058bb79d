using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

public sealed class AssessmentsSheetTests : IDisposable
{
    private readonly ClockedAppFactory app = new();
    private readonly ClockedAppFactory empty = new();

    public void Dispose()
    {
        app.Dispose();
        empty.Dispose();
    }

    /// <summary>A row with the given cells set (by column index) and the rest blank.</summary>
    internal static string?[] Row(string reference = "DPIA-LFR", string version = "1.0", params (int Column, string? Value)[] cells)
    {
        var row = new string?[32];
        row[0] = reference;
        row[1] = version;
        row[2] = "LFR DPIA";
        row[3] = "Equality impact assessment";
        row[4] = "Draft";
        foreach (var (column, value) in cells)
        {
            row[column] = value;
        }
        return row;
    }

    [Fact]
    public async Task Assessments_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        var dpo = new Person { Name = "Dee Pio" };
        var chief = new Person { Name = "Chief Inspector Ray" };
        var partner = new Organisation { Name = "Westfield", Kind = OrganisationKind.Retailer };
        var first = new Assessment { Reference = "DPIA-LFR", DocumentVersion = "1.0", Title = "LFR DPIA", Kind = AssessmentKind.Dpia, Status = AssessmentStatus.Superseded };
        await SheetRunner.SeedAsync(app, dpo, chief, partner, first,
            new Assessment
            {
                Reference = "DPIA-LFR", DocumentVersion = "2.0", Title = "LFR DPIA", Kind = AssessmentKind.Dpia, Status = AssessmentStatus.Approved, SupersedesId = first.Id,
                ProcessingDescription = "Vans", NecessityAndProportionality = "Needed", Consultation = "Public meeting", DpoAdviceGivenOn = new DateOnly(2025, 1, 5), DpoId = dpo.Id,
                DpoAdviceSummary = "Proceed", DpoAdviceOutcome = DpoAdviceOutcome.Overruled, DpoAdviceDecidedById = chief.Id, DpoAdviceOverruledReason = "Urgent",
                IcoConsultationNeeded = false, MeasuresApprovedById = chief.Id, ResidualRisksApprovedById = chief.Id, ConsultationReviewedById = dpo.Id,
                ApprovedOn = new DateOnly(2025, 2, 1), KeptUnderReviewById = dpo.Id, NextReviewOn = new DateOnly(2026, 2, 1), Notes = "Second version",
            },
            new Assessment
            {
                Reference = "EIA-1", DocumentVersion = "1.0", Title = "Partner EIA", Kind = AssessmentKind.EqualityImpact, Status = AssessmentStatus.InReview,
                AuthoredByPartner = true, PartnerOrganisationId = partner.Id, ScrutinisedOn = new DateOnly(2025, 3, 1), ScrutinisedById = chief.Id, ScrutinyOutcome = "Adequate",
            });

        var (before, after) = await SheetRunner.RoundTripAsync<AssessmentsSheet>(app, empty, typeof(OrganisationsSheet), typeof(PeopleSheet));

        Assert.Equal(["DPIA-LFR", "DPIA-LFR", "EIA-1"], before.Select(r => r[0]));
        Assert.Equal(["DPIA-LFR", "2.0", "LFR DPIA", "Data protection impact assessment (DPIA)", "Approved", "1.0", "Vans", "Needed", "Public meeting", "2025-01-05", "Dee Pio",
            "Proceed", "Overruled", "Chief Inspector Ray", "Urgent", "No", null, null, "Chief Inspector Ray", "Chief Inspector Ray", "Dee Pio", "2025-02-01", "Dee Pio",
            "2026-02-01", "No", null, null, null, null, "Second version", "OFFICIAL", "No"], before[1]);
        Assert.Equal(before, after);
        var second = await empty.QueryAsync(db => db.Assessments.SingleAsync(a => a.DocumentVersion == "2.0"));
        var earlier = await empty.QueryAsync(db => db.Assessments.SingleAsync(a => a.Reference == "DPIA-LFR" && a.DocumentVersion == "1.0"));
        Assert.Equal(earlier.Id, second.SupersedesId);
    }

    [Theory]
    [InlineData(4, "Approved", 21, null, "Approved on", "Enter the date the assessment was approved")]
    [InlineData(12, "Accepted", 0, "DPIA-LFR", "DPO advice given on", "Enter the date the DPO gave their advice before recording what became of it")]
    [InlineData(24, "Yes", 0, "DPIA-LFR", "Partner organisation", "Select the partner organisation that wrote the assessment")]
    [InlineData(5, "0.9", 0, "DPIA-LFR", "Supersedes", "Supersedes must be a version of DPIA-LFR in the register or in an earlier row: there is no version 0.9")]
    [InlineData(10, "Nobody", 0, "DPIA-LFR", "Data Protection Officer", "Data Protection Officer must name a person in the register or on the People sheet: there is none called \u201cNobody\u201d")]
    public async Task A_row_breaking_a_rule_is_rejected_beside_its_column_and_nothing_is_staged(int column, string value, int otherColumn, string? otherValue, string header, string message)
    {
        var result = await SheetRunner.StageAsync<AssessmentsSheet>(app, [Row(cells: [(column, value), (otherColumn, otherValue ?? (otherColumn == 0 ? "DPIA-LFR" : null))])]);

        Assert.Equal((header, message), (result.SingleProblem.Column, result.SingleProblem.Message));
        Assert.Equal(0, await app.QueryAsync(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task A_version_revising_one_in_an_earlier_row_and_people_from_the_same_file_are_found_and_a_later_change_updates_only_what_differs()
    {
        var first = await SheetRunner.StageAsync(app,
        [
            (typeof(PeopleSheet), [["Dee Pio", null, null, null, null]]),
            (typeof(AssessmentsSheet), [Row(), Row(version: "2.0", cells: [(5, "1.0"), (10, "Dee Pio")])]),
        ]);
        var second = await SheetRunner.StageAsync<AssessmentsSheet>(app, [Row(cells: [(29, "Replaced")]), Row(version: "2.0", cells: [(5, "1.0"), (10, "dee pio")])]);

        Assert.Empty(first.Problems);
        var versions = await app.QueryAsync(db => db.Assessments.OrderBy(a => a.DocumentVersion).ToListAsync());
        Assert.Equal(versions[0].Id, versions[1].SupersedesId);
        Assert.NotNull(versions[1].DpoId);
        Assert.Equal((0, 1, 1), (second.Created, second.Updated, second.Unchanged));
        Assert.Equal(["Notes"], SheetRunner.ChangedFields(Assert.Single(await SheetRunner.HistoryAsync(app, "Assessment"), h => h.Version == 2)));
    }

    [Fact]
    public async Task Someone_not_cleared_cannot_reach_a_hidden_assessment_nor_flag_one()
    {
        await SheetRunner.SeedAsync(app, new Assessment { Reference = "DPIA-LFR", DocumentVersion = "1.0", Title = "Covert", Kind = AssessmentKind.Dpia, DoNotConfirmOrDeny = true });

        var hidden = await SheetRunner.StageAsync<AssessmentsSheet>(app, [Row()], cleared: false);
        var flagging = await SheetRunner.StageAsync<AssessmentsSheet>(app, [Row(reference: "EIA-2", cells: [(31, "Yes")])], cleared: false);

        Assert.Equal(("Reference", "Another assessment already has this reference and document version"), (hidden.SingleProblem.Column, hidden.SingleProblem.Message));
        Assert.Equal("Do not confirm or deny", flagging.SingleProblem.Column);
    }
}
