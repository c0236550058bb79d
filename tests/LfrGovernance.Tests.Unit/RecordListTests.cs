using LfrGovernance.Core.Organisations;
using LfrGovernance.Web.Features.Organisations;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Tests.Unit;

/// <summary>Paging, list queries, and a list searched, sorted and paged in memory (as the register as at a past instant is).</summary>
public sealed class RecordListTests
{
    [Theory]
    [InlineData(1, 0, 1, 1, 0, 0)]
    [InlineData(1, 60, 1, 2, 1, 50)]
    [InlineData(2, 60, 2, 2, 51, 60)]
    [InlineData(9, 60, 2, 2, 51, 60)]
    [InlineData(0, 60, 1, 2, 1, 50)]
    [InlineData(-3, 50, 1, 1, 1, 50)]
    public void A_pager_keeps_the_requested_page_within_the_pages_there_are(int requested, int total, int number, int count, int first, int last)
    {
        var pager = Pager.For(requested, total);

        Assert.Equal((number, count, first, last), (pager.Number, pager.Count, pager.First, pager.Last));
    }

    [Fact]
    public void Page_numbers_show_the_first_the_last_and_the_neighbours_with_gaps_marked()
    {
        Assert.Equal([1, 0, 4, 5, 6, 0, 10], Pager.For(5, 500).Numbers());
        Assert.Equal([1, 2], Pager.For(1, 60).Numbers());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("  Museum OF Art ", "museum of art")]
    public void A_search_term_is_trimmed_and_lower_cased(string? typed, string? term) =>
        Assert.Equal(term, new ListQuery { Q = typed }.Term);

    [Fact]
    public void A_search_term_is_cut_to_its_longest()
    {
        Assert.Equal(ListQuery.TermLength, new ListQuery { Q = new string('a', 500) }.Term!.Length);
    }

    [Theory]
    [InlineData("desc", true)]
    [InlineData("DESC", true)]
    [InlineData("asc", false)]
    [InlineData(null, false)]
    public void Only_desc_sorts_descending(string? dir, bool descending) =>
        Assert.Equal(descending, new ListQuery { Dir = dir }.Descending);

    [Fact]
    public void An_unknown_sort_falls_back_to_the_first_column()
    {
        Assert.Equal("name", OrganisationList.Columns.SortKey(new ListQuery { Sort = "secret" }));
        Assert.Equal("kind", OrganisationList.Columns.SortKey(new ListQuery { Sort = "KIND" }));
    }

    [Fact]
    public async Task In_memory_a_list_is_searched_in_every_field_leaving_out_retired_records_and_missing_values()
    {
        var records = new[]
        {
            Organisation("Harbour Trust", notes: "Met at the museum"),
            Organisation("City Museum"),
            Organisation("Museum Closed", retired: true),
            Organisation("Nothing Alike", contact: null),
        }.AsQueryable();

        var page = await OrganisationList.Columns.ToPageAsync(records, new ListQuery { Q = "MUSEUM" }, o => o.Name, CancellationToken.None);
        var withRetired = await OrganisationList.Columns.ToPageAsync(records, new ListQuery { Q = "museum", ShowRetired = true }, o => o.Name, CancellationToken.None);

        Assert.Equal(["City Museum", "Harbour Trust"], page.Rows);
        Assert.Equal(3, withRetired.State.Pager.Total);
    }

    [Fact]
    public async Task In_memory_a_list_is_sorted_both_ways_and_paged_by_50()
    {
        var records = Enumerable.Range(1, 60).Select(i => Organisation($"Body {i:00}")).ToList().AsQueryable();

        var second = await OrganisationList.Columns.ToPageAsync(records, new ListQuery { Page = 2 }, o => o.Name, CancellationToken.None);
        var reversed = await OrganisationList.Columns.ToPageAsync(records, new ListQuery { Sort = "name", Dir = "desc" }, o => o.Name, CancellationToken.None);

        Assert.Equal(10, second.Rows.Count);
        Assert.Equal("Body 51", second.Rows[0]);
        Assert.Equal((51, 60, 60), (second.State.Pager.First, second.State.Pager.Last, second.State.Pager.Total));
        Assert.Equal("Body 60", reversed.Rows[0]);
        Assert.True(reversed.State.Descending);
    }

    private static Organisation Organisation(string name, string? notes = null, string? contact = null, bool retired = false)
    {
        var organisation = new Organisation { Name = name, Notes = notes, Contact = contact, Kind = OrganisationKind.Vendor };
        if (retired)
        {
            organisation.Retire("Closed", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }
        return organisation;
    }
}
