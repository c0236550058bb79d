using System.Globalization;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>A sheet reads what it needs once, not once per row, so that a file of 10,000 rows stays fast.</summary>
public sealed class SheetQueryTests : IDisposable
{
    private readonly ClockedAppFactory app = new();

    public void Dispose() => app.Dispose();

    private static string N(int i) => i.ToString(CultureInfo.InvariantCulture);

    private async Task AssertSameQueriesAsync<TSheet>(Func<int, string?[]> row) where TSheet : Web.Features.Import.IImportSheet
    {
        var one = await SheetRunner.CountQueriesAsync<TSheet>(app, [row(0)]);
        var many = await SheetRunner.CountQueriesAsync<TSheet>(app, Enumerable.Range(0, 400).Select(row));
        Assert.Equal(one, many);
    }

    [Fact]
    public async Task Staging_many_rows_runs_no_more_queries_than_staging_one()
    {
        await SheetRunner.SeedAsync(app, new Organisation { Name = "Org 0", Kind = OrganisationKind.Museum }, new Organisation { Name = "Westfield", Kind = OrganisationKind.Retailer });

        await AssertSameQueriesAsync<OrganisationsSheet>(i => ["Org " + N(i), "Museum", null, null, null, null]);
        await AssertSameQueriesAsync<PeopleSheet>(i => ["Person " + N(i), N(i), null, null, null]);
        await AssertSameQueriesAsync<SystemsSheet>(i => ["System " + N(i), "Live (LFR)", "NEC", "Westfield", null, "0.6", "Trial", null, "2024-01-01", null, "10", null, null, null, null, null]);
        await AssertSameQueriesAsync<CollaborationsSheet>(i => [.. CollaborationsSheetTests.Row(reference: "COL-" + N(i))]);
        await AssertSameQueriesAsync<PoliciesSheet>(i => [.. PoliciesSheetTests.Row(title: "Policy " + N(i))]);
        await AssertSameQueriesAsync<FoiRequestsSheet>(i => ["FOI-" + N(i), "LFR", "2026-05-01", "Journalist", "Freedom of Information Act 2000", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null]);
        await AssertSameQueriesAsync<RetainedImageCountsSheet>(i => ["Watchlist", null, ImportDay(i), N(i), null, null, null, null]);
        await AssertSameQueriesAsync<AssessmentsSheet>(i => AssessmentsSheetTests.Row(reference: "A-" + N(i)));
    }

    private static string ImportDay(int i) => new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
