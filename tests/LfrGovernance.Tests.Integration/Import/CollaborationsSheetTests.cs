using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

public sealed class CollaborationsSheetTests : IDisposable
{
    private readonly ClockedAppFactory app = new();
    private readonly ClockedAppFactory empty = new();

    public void Dispose()
    {
        app.Dispose();
        empty.Dispose();
    }

    internal static string?[] Row(string? reference = "COL-1", string? organisation = "Westfield", string? manner = "Advice; Image sharing",
        string? status = "Active", string? started = "2024-05-01", string? ended = null, string? alerts = null, string? truePositives = null, string? title = "Shopping centre pilot") =>
        [reference, title, organisation, manner, status, null, started, ended, null, null, null, null, null, null, null, null, alerts, null, truePositives, null, null, null, null];

    internal static Organisation Westfield() => new() { Name = "Westfield", Kind = OrganisationKind.Retailer };

    [Fact]
    public async Task Collaborations_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        var westfield = Westfield();
        await SheetRunner.SeedAsync(app, westfield,
            new Collaboration
            {
                Reference = "COL-2", Title = "Shared watchlist", OrganisationId = westfield.Id, Manner = CollaborationManner.ImageSharing | CollaborationManner.Funding,
                Status = CollaborationStatus.Ceased, Description = "Images of shoplifters", StartedOn = new DateOnly(2023, 1, 1), EndedOn = new DateOnly(2023, 12, 31),
                Locations = "Stratford", CostPence = 1_000_050, Currency = "GBP", PaidBy = "Shared", DataSharingAgreement = true, DataSharingAgreementReference = "DSA-9",
                ControllerRoles = "Joint controllers", MatchAlertProtocol = "Call 999", Alerts = 40, AlertsActedOn = 12, TruePositives = 30, FalsePositives = 10, Notes = "Ended",
            },
            new Collaboration { Reference = "COL-1", Title = "Advice", OrganisationId = westfield.Id, Manner = CollaborationManner.Advice, Status = CollaborationStatus.Proposed });

        var (before, after) = await SheetRunner.RoundTripAsync<CollaborationsSheet>(app, empty, typeof(OrganisationsSheet));

        Assert.Equal(["COL-1", "COL-2"], before.Select(r => r[0]));
        Assert.Equal(["COL-2", "Shared watchlist", "Westfield", "Image sharing; Funding", "Ceased", "Images of shoplifters", "2023-01-01", "2023-12-31", "Stratford",
            "10000.50", "GBP", "Shared", "Yes", "DSA-9", "Joint controllers", "Call 999", "40", "12", "30", "10", "Ended", "OFFICIAL", "No"], before[1]);
        Assert.Equal(before, after);
        var imported = await empty.QueryAsync(db => db.Collaborations.SingleAsync(c => c.Reference == "COL-2"));
        Assert.Equal((CollaborationManner.ImageSharing | CollaborationManner.Funding, 1_000_050L, true, 30), (imported.Manner, imported.CostPence!.Value, imported.DataSharingAgreement!.Value, imported.TruePositives!.Value));
    }

    [Theory]
    [InlineData("Advice; Karaoke", "Active", null, null, "Manner of collaboration", "Manner of collaboration has \u201cKaraoke\u201d, which is not one of: Advice, Image sharing, Joint operation, Technology provision, Funding")]
    [InlineData(null, "Active", null, null, "Manner of collaboration", "Select at least one way the force and the organisation worked together")]
    [InlineData("Advice", "Ceased", null, null, "Ended", "Enter when the collaboration ended: it has ceased")]
    [InlineData("Advice", "Active", "10", "11", "True positives", "True and false positives add up to 11, more than the alerts (10)")]
    [InlineData("Advice", "Active", null, "-1", "True positives", "True positives cannot be negative")]
    public async Task A_row_breaking_a_rule_is_rejected_beside_its_column_and_nothing_is_staged(string? manner, string status, string? alerts, string? truePositives, string column, string message)
    {
        await SheetRunner.SeedAsync(app, Westfield());

        var result = await SheetRunner.StageAsync<CollaborationsSheet>(app, [Row(manner: manner, status: status, alerts: alerts, truePositives: truePositives)]);

        Assert.Equal((column, message), (result.SingleProblem.Column, result.SingleProblem.Message));
        Assert.Equal(0, await app.QueryAsync(db => db.Collaborations.CountAsync()));
    }

    [Fact]
    public async Task A_reference_used_twice_and_an_unknown_organisation_are_rejected()
    {
        await SheetRunner.SeedAsync(app, Westfield());

        var result = await SheetRunner.StageAsync<CollaborationsSheet>(app, [Row(), Row(reference: "col-1"), Row(reference: "COL-3", organisation: "Nobody")]);

        Assert.Equal([(4, "Reference", "Row 3 has the same reference: each collaboration can appear only once"),
            (5, "Organisation", "Organisation must name an organisation in the register or on the Organisations sheet: there is none called \u201cNobody\u201d")],
            result.Problems.Select(p => (p.Row, p.Column, p.Message)));
    }

    [Fact]
    public async Task An_organisation_and_a_collaboration_brought_in_by_the_same_file_are_found_and_saved_together()
    {
        var result = await SheetRunner.StageAsync(app,
            [(typeof(OrganisationsSheet), [["Westfield", "Retailer", null, null, null, null]]), (typeof(CollaborationsSheet), [Row()])]);

        Assert.Empty(result.Problems);
        Assert.Equal(1, result.Created);
        var organisation = await app.QueryAsync(db => db.Organisations.SingleAsync());
        Assert.Equal(organisation.Id, await app.QueryAsync(db => db.Collaborations.Select(c => c.OrganisationId).SingleAsync()));
    }

    [Fact]
    public async Task A_changed_status_and_end_update_only_those_fields_and_an_unchanged_row_saves_nothing()
    {
        var westfield = Westfield();
        await SheetRunner.SeedAsync(app, westfield,
            new Collaboration { Reference = "COL-1", Title = "Shopping centre pilot", OrganisationId = westfield.Id, Manner = CollaborationManner.Advice | CollaborationManner.ImageSharing, Status = CollaborationStatus.Active, StartedOn = new DateOnly(2024, 5, 1) },
            new Collaboration { Reference = "COL-2", Title = "Shopping centre pilot", OrganisationId = westfield.Id, Manner = CollaborationManner.Advice | CollaborationManner.ImageSharing, Status = CollaborationStatus.Active, StartedOn = new DateOnly(2024, 5, 1) });

        var result = await SheetRunner.StageAsync<CollaborationsSheet>(app, [Row(status: "Ceased", ended: "2025-01-31"), Row(reference: "COL-2")]);

        Assert.Equal((0, 1, 1), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal(["EndedOn", "Status"], SheetRunner.ChangedFields(Assert.Single(await SheetRunner.HistoryAsync(app, "Collaboration"))));
    }

    [Fact]
    public async Task A_reference_of_a_collaboration_hidden_from_someone_not_cleared_is_refused_as_the_create_form_refuses_it()
    {
        var westfield = Westfield();
        await SheetRunner.SeedAsync(app, westfield,
            new Collaboration { Reference = "COL-1", Title = "Covert", OrganisationId = westfield.Id, Manner = CollaborationManner.Advice, Status = CollaborationStatus.Active, DoNotConfirmOrDeny = true });

        var result = await SheetRunner.StageAsync<CollaborationsSheet>(app, [Row()], cleared: false);

        Assert.Equal(("Reference", "Another collaboration already has this reference"), (result.SingleProblem.Column, result.SingleProblem.Message));
        Assert.Empty(await SheetRunner.ExportAsync<CollaborationsSheet>(app, cleared: false));
    }
}
