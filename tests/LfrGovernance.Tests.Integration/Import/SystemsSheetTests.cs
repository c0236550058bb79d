using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

public sealed class SystemsSheetTests : IDisposable
{
    private readonly ClockedAppFactory app = new();
    private readonly ClockedAppFactory empty = new();

    public void Dispose()
    {
        app.Dispose();
        empty.Dispose();
    }

    private static string?[] Row(string? name = "LFR vans", string? supplier = null, string? threshold = "0.6", string? start = null, string? end = null,
        string? product = "NEC NeoFace Live", string? kind = "Live (LFR)") =>
        [name, kind, product, supplier, null, threshold, "In service", null, start, end, null, null, null, null, null, null];

    [Fact]
    public async Task Systems_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        var supplier = new Organisation { Name = "NEC", Kind = OrganisationKind.Vendor };
        await SheetRunner.SeedAsync(app, supplier,
            new FacialRecognitionSystem
            {
                Name = "LFR vans", Kind = FacialRecognitionKind.Live, Product = "NEC NeoFace Live", SupplierId = supplier.Id, AlgorithmVersion = "M40",
                DefaultThreshold = 0.64, Status = SystemStatus.InService, ContractReference = "C-1", ContractStart = new DateOnly(2023, 4, 1),
                ContractEnd = new DateOnly(2026, 3, 31), CapitalCostPence = 125_050, AnnualCostPence = 3_000_000, Currency = "GBP", Notes = "Two vans",
            },
            new FacialRecognitionSystem { Name = "Retrospective search", Kind = FacialRecognitionKind.Retrospective, Product = "Cognitec", Status = SystemStatus.Trial, Currency = "EUR" });

        var (before, after) = await SheetRunner.RoundTripAsync<SystemsSheet>(app, empty, typeof(OrganisationsSheet));

        Assert.Equal(["LFR vans", "Live (LFR)", "NEC NeoFace Live", "NEC", "M40", "0.64", "In service", "C-1", "2023-04-01", "2026-03-31", "1250.50", "30000", "GBP", "Two vans", "OFFICIAL", "No"], before[0]);
        Assert.Equal(before, after);
        var vans = await empty.QueryAsync(db => db.Systems.SingleAsync(s => s.Name == "LFR vans"));
        var nec = await empty.QueryAsync(db => db.Organisations.SingleAsync(o => o.Name == "NEC"));
        Assert.Equal((nec.Id, 0.64, 125_050L, (long?)3_000_000, new DateOnly(2026, 3, 31)), (vans.SupplierId!.Value, vans.DefaultThreshold!.Value, vans.CapitalCostPence!.Value, vans.AnnualCostPence, vans.ContractEnd!.Value));
    }

    [Fact]
    public async Task A_supplier_on_the_organisations_sheet_of_the_same_file_is_found()
    {
        var result = await SheetRunner.StageAsync(app,
            [(typeof(OrganisationsSheet), [["NEC", "Supplier", null, null, null, null]]), (typeof(SystemsSheet), [Row(supplier: "nec")])]);

        Assert.Empty(result.Problems);
        var vans = await app.QueryAsync(db => db.Systems.SingleAsync());
        Assert.Equal(await app.QueryAsync(db => db.Organisations.Select(o => o.Id).SingleAsync()), vans.SupplierId);
    }

    [Theory]
    [InlineData("Unknown Ltd", "0.6", null, null, "NEC NeoFace Live", "Supplier", "Supplier must name an organisation in the register or on the Organisations sheet: there is none called \u201cUnknown Ltd\u201d")]
    [InlineData(null, "1.5", null, null, "NEC NeoFace Live", "Default match threshold", "Default match threshold must be between 0 and 1")]
    [InlineData(null, "0.6", "2024-05-01", "2024-04-30", "NEC NeoFace Live", "Contract end", "The contract end must be the same as or after the contract start")]
    [InlineData(null, "0.6", "31/02/2024", null, "NEC NeoFace Live", "Contract start", "Contract start must be a real date, like 2024-03-27")]
    [InlineData(null, "0.6", null, null, null, "Product", "Enter the product")]
    public async Task A_row_breaking_a_rule_is_rejected_beside_its_column_and_nothing_is_staged(string? supplier, string threshold, string? start, string? end, string? product,
        string column, string message)
    {
        var result = await SheetRunner.StageAsync<SystemsSheet>(app, [Row(supplier: supplier, threshold: threshold, start: start, end: end, product: product)]);

        Assert.Equal((column, message), (result.SingleProblem.Column, result.SingleProblem.Message));
        Assert.Equal(0, await app.QueryAsync(db => db.Systems.CountAsync()));
    }

    [Fact]
    public async Task A_new_threshold_updates_only_that_field_and_an_unchanged_row_saves_nothing()
    {
        await SheetRunner.SeedAsync(app,
            new FacialRecognitionSystem { Name = "LFR vans", Kind = FacialRecognitionKind.Live, Product = "NEC NeoFace Live", DefaultThreshold = 0.6, Status = SystemStatus.InService },
            new FacialRecognitionSystem { Name = "LFR cameras", Kind = FacialRecognitionKind.Live, Product = "NEC NeoFace Live", DefaultThreshold = 0.6, Status = SystemStatus.InService });

        var result = await SheetRunner.StageAsync<SystemsSheet>(app, [Row(threshold: "0.62"), Row(name: "LFR cameras")]);

        Assert.Equal((0, 1, 1), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal(["DefaultThreshold"], SheetRunner.ChangedFields(Assert.Single(await SheetRunner.HistoryAsync(app, "FacialRecognitionSystem"))));
    }

    [Fact]
    public async Task A_supplier_hidden_from_someone_not_cleared_is_not_found_for_them()
    {
        await SheetRunner.SeedAsync(app, new Organisation { Name = "Covert Supplier", Kind = OrganisationKind.Vendor, DoNotConfirmOrDeny = true });

        var result = await SheetRunner.StageAsync<SystemsSheet>(app, [Row(supplier: "Covert Supplier")], cleared: false);

        Assert.Equal("Supplier", result.SingleProblem.Column);
        Assert.Equal(0, await app.QueryAsync(db => db.Systems.CountAsync()));
    }

    [Fact]
    public async Task A_supplier_hidden_from_someone_not_cleared_stays_when_they_reimport_their_own_export()
    {
        var covert = new Organisation { Name = "Covert Supplier", Kind = OrganisationKind.Vendor, DoNotConfirmOrDeny = true };
        await SheetRunner.SeedAsync(app, covert,
            new FacialRecognitionSystem { Name = "LFR vans", Kind = FacialRecognitionKind.Live, Product = "NEC NeoFace Live", SupplierId = covert.Id, DefaultThreshold = 0.6, Status = SystemStatus.InService });

        var exported = await SheetRunner.ExportAsync<SystemsSheet>(app, cleared: false);
        var result = await SheetRunner.StageAsync<SystemsSheet>(app, exported, cleared: false);

        Assert.Null(exported[0][3]);
        Assert.Equal((0, 0, 1), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal(covert.Id, await app.QueryAsync(db => db.Systems.Select(s => s.SupplierId).SingleAsync()));
    }
}
