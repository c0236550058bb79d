using LfrGovernance.Core.People;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

public sealed class PeopleSheetTests : IDisposable
{
    private readonly ClockedAppFactory app = new();
    private readonly ClockedAppFactory empty = new();

    public void Dispose()
    {
        app.Dispose();
        empty.Dispose();
    }

    [Fact]
    public async Task People_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        await SheetRunner.SeedAsync(app,
            new Person { Name = "Insp. Jane Doe", CollarOrWarrantNumber = "4521", AccountObjectId = "oid-jane" },
            new Person { Name = "Ali Khan" });

        var (before, after) = await SheetRunner.RoundTripAsync<PeopleSheet>(app, empty);

        Assert.Equal([["Ali Khan", null, null, "OFFICIAL", "No"], ["Insp. Jane Doe", "4521", "oid-jane", "OFFICIAL", "No"]], before);
        Assert.Equal(before, after);
        var jane = await empty.QueryAsync(db => db.People.SingleAsync(p => p.Name == "Insp. Jane Doe"));
        Assert.Equal(("4521", "oid-jane"), (jane.CollarOrWarrantNumber, jane.AccountObjectId));
    }

    [Fact]
    public async Task A_person_without_a_name_or_with_too_long_a_number_is_rejected()
    {
        var result = await SheetRunner.StageAsync<PeopleSheet>(app, [[null, "1", null, null, null], ["Jane", new string('9', 51), null, null, null]]);

        Assert.Equal(
            [(3, "Name", "Enter the person's name"), (4, "Collar or warrant number", "Collar or warrant number must be 50 characters or fewer")],
            result.Problems.Select(p => (p.Row, p.Column, p.Message)));
        Assert.Equal(0, await app.QueryAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_new_collar_number_updates_only_that_field_and_the_same_row_again_is_unchanged()
    {
        await SheetRunner.SeedAsync(app, new Person { Name = "Jane Doe", CollarOrWarrantNumber = "4521" });

        var changed = await SheetRunner.StageAsync<PeopleSheet>(app, [["Jane Doe", "9999", null, "OFFICIAL", "No"]]);
        var again = await SheetRunner.StageAsync<PeopleSheet>(app, [["Jane Doe", "9999", null, "OFFICIAL", "No"]]);

        Assert.Equal((0, 1, 0), (changed.Created, changed.Updated, changed.Unchanged));
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(["CollarOrWarrantNumber"], SheetRunner.ChangedFields(Assert.Single(await SheetRunner.HistoryAsync(app, "Person"))));
    }
}
