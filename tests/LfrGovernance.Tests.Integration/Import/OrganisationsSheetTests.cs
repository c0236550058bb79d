using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Records;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

public sealed class OrganisationsSheetTests : IDisposable
{
    private readonly ClockedAppFactory app = new();
    private readonly ClockedAppFactory empty = new();

    public void Dispose()
    {
        app.Dispose();
        empty.Dispose();
    }

    private static string?[] Row(string? name, string? kind = "Museum", string? contact = null, string? notes = null, string? marking = null, string? flag = null) =>
        [name, kind, contact, notes, marking, flag];

    [Fact]
    public async Task Organisations_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        await SheetRunner.SeedAsync(app,
            new Organisation { Name = "Westfield Shopping", Kind = OrganisationKind.Retailer, Contact = "security@westfield.example", Notes = "Shares a watchlist" },
            new Organisation { Name = "City Council", Kind = OrganisationKind.LocalAuthority, Marking = RecordMarking.OfficialSensitive },
            new Organisation { Name = "Covert Partner", Kind = OrganisationKind.Other, DoNotConfirmOrDeny = true, Marking = RecordMarking.OfficialSensitivePurposeRequired },
            new Organisation { Name = "Old Partner", Kind = OrganisationKind.Vendor, RetiredAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), RetirementReason = "Gone" });

        var (before, after) = await SheetRunner.RoundTripAsync<OrganisationsSheet>(app, empty);

        Assert.Equal(["City Council", "Covert Partner", "Westfield Shopping"], before.Select(r => r[0]));
        Assert.Equal(before, after);
        var westfield = await empty.QueryAsync(db => db.Organisations.SingleAsync(o => o.Name == "Westfield Shopping"));
        Assert.Equal((OrganisationKind.Retailer, "security@westfield.example", "Shares a watchlist"), (westfield.Kind, westfield.Contact, westfield.Notes));
        var covert = await empty.QueryAsync(db => db.Organisations.SingleAsync(o => o.Name == "Covert Partner"));
        Assert.True(covert.DoNotConfirmOrDeny);
        Assert.Equal(RecordMarking.OfficialSensitivePurposeRequired, covert.Marking);
    }

    [Theory]
    [InlineData(null, "Museum", "Name", "Enter the organisation's name")]
    [InlineData("Museum of London", "Zoo", "Type of organisation", "Type of organisation must be one of: Museum, Retailer, Landowner, Venue, Local authority, Another police force, Supplier, University or research body, Other")]
    [InlineData("Museum of London", null, "Type of organisation", "Select the type of organisation")]
    public async Task A_row_breaking_a_rule_is_rejected_beside_its_column_and_nothing_is_staged(string? name, string? kind, string column, string message)
    {
        var result = await SheetRunner.StageAsync<OrganisationsSheet>(app, [Row(name, kind)]);

        Assert.Equal((SheetRunner.FirstRow, column, message), (result.SingleProblem.Row, result.SingleProblem.Column, result.SingleProblem.Message));
        Assert.Equal(0, result.Created);
        Assert.Equal(0, await app.QueryAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task A_name_longer_than_the_form_allows_and_an_unknown_marking_are_rejected()
    {
        var result = await SheetRunner.StageAsync<OrganisationsSheet>(app, [Row(new string('x', 201)), Row("Museum", marking: "SECRET")]);

        Assert.Contains(result.Problems, p => p is { Row: 3, Column: "Name", Message: "Name must be 200 characters or fewer" });
        Assert.Contains(result.Problems, p => p is { Row: 4, Column: "Marking" } && p.Message.StartsWith("Marking must be one of: OFFICIAL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_name_twice_in_a_file_is_rejected_on_the_second_row()
    {
        var result = await SheetRunner.StageAsync<OrganisationsSheet>(app, [Row("Museum of London"), Row(" museum of london ")], save: false);

        Assert.Equal((4, "Name", "Row 3 has the same name: each organisation can appear only once"),
            (result.SingleProblem.Row, result.SingleProblem.Column, result.SingleProblem.Message));
    }

    [Fact]
    public async Task A_changed_row_updates_only_what_differs_and_an_unchanged_row_saves_nothing()
    {
        await SheetRunner.SeedAsync(app,
            new Organisation { Name = "Museum of London", Kind = OrganisationKind.Museum, Contact = "desk@museum.example" },
            new Organisation { Name = "City Council", Kind = OrganisationKind.LocalAuthority, Marking = RecordMarking.OfficialSensitive });

        var result = await SheetRunner.StageAsync<OrganisationsSheet>(app,
            [Row("MUSEUM OF LONDON", "Museum", "front@museum.example"), Row("City Council", "Local authority")]);

        Assert.Equal((0, 1, 1), (result.Created, result.Updated, result.Unchanged));
        var history = await SheetRunner.HistoryAsync(app, "Organisation");
        var entry = Assert.Single(history);
        Assert.Equal(["Contact"], SheetRunner.ChangedFields(entry));
        Assert.Equal("Imported from register.xlsx", entry.Reason);
        // A blank marking keeps the record's own.
        Assert.Equal(RecordMarking.OfficialSensitive, await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "City Council").Select(o => o.Marking).SingleAsync()));
    }

    [Fact]
    public async Task A_row_naming_a_retired_organisation_is_rejected()
    {
        await SheetRunner.SeedAsync(app, new Organisation { Name = "Old Partner", Kind = OrganisationKind.Vendor, RetiredAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), RetirementReason = "Gone" });

        var result = await SheetRunner.StageAsync<OrganisationsSheet>(app, [Row("Old Partner", "Supplier")]);

        Assert.Equal(("Name", "The organisation with this name is retired: reinstate it in the register before importing it"),
            (result.SingleProblem.Column, result.SingleProblem.Message));
    }

    [Fact]
    public async Task Someone_not_cleared_cannot_flag_a_record_nor_reach_a_flagged_one_and_a_cleared_blank_keeps_the_flag()
    {
        await SheetRunner.SeedAsync(app, new Organisation { Name = "Covert Partner", Kind = OrganisationKind.Other, DoNotConfirmOrDeny = true });

        var flagging = await SheetRunner.StageAsync<OrganisationsSheet>(app, [Row("New Partner", flag: "Yes")], cleared: false);
        var hidden = await SheetRunner.StageAsync<OrganisationsSheet>(app, [Row("Covert Partner", "Other", notes: "changed")], cleared: false);
        var plain = await SheetRunner.StageAsync<OrganisationsSheet>(app, [Row("Open Partner", flag: "No")], cleared: false);
        var clearedBlank = await SheetRunner.StageAsync<OrganisationsSheet>(app, [Row("Covert Partner", "Other", notes: "changed")]);

        Assert.Equal(("Do not confirm or deny", "Do not confirm or deny can only be set by someone cleared for such records: leave it blank or write No"),
            (flagging.SingleProblem.Column, flagging.SingleProblem.Message));
        Assert.Equal(("Name", "Another organisation already has this name"), (hidden.SingleProblem.Column, hidden.SingleProblem.Message));
        Assert.Equal(1, plain.Created);
        Assert.Equal(1, clearedBlank.Updated);
        var covert = await app.QueryAsync(db => db.Organisations.SingleAsync(o => o.Name == "Covert Partner"));
        Assert.Equal((true, "changed"), (covert.DoNotConfirmOrDeny, covert.Notes));
        Assert.DoesNotContain(await SheetRunner.ExportAsync<OrganisationsSheet>(app, cleared: false), r => r[0] == "Covert Partner");
    }
}
