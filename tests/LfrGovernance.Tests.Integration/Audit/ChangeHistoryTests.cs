using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using static LfrGovernance.Tests.Integration.Infrastructure.RegisterChanges;

namespace LfrGovernance.Tests.Integration.Audit;

/// <summary>The change history page, against history written by saving records.</summary>
public sealed class ChangeHistoryTests : IDisposable
{
    private static readonly DateTimeOffset March1 = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceAppFactory _app = new();

    private async Task<string> PageAsync(string url)
    {
        using var client = _app.CreateClientFor(Roles.Auditor);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_entry_shows_when_who_what_and_the_fields_changed_newest_first()
    {
        var id = (await CreateAsync(_app, Bea, March1, "City Museum"))[0];
        await RenameAsync(_app, Sam, March1.AddHours(2), id, "City Museum and Gallery", "New name after the merger");

        var html = await PageAsync("/audit");

        // Entry 1 is the default force, created at start-up.
        Assert.Contains("Showing 1 to 3 of 3 entries", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("data-testid=\"entry-3\"", StringComparison.Ordinal) < html.IndexOf("data-testid=\"entry-2\"", StringComparison.Ordinal));
        Assert.Contains("11:00:00am on 1 March 2024", html, StringComparison.Ordinal); // 09:00 UTC is 09:00 GMT; 11:00 two hours on
        Assert.Contains("9:00:00am on 1 March 2024", html, StringComparison.Ordinal);
        Assert.Contains("UK time", html, StringComparison.Ordinal);
        Assert.Contains("Sam Patel", html, StringComparison.Ordinal);
        Assert.Contains("Governance editor, Administrator", html, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), html, StringComparison.Ordinal);
        Assert.Contains("Organisation, version 2", html, StringComparison.Ordinal);
        Assert.Contains("Reason: New name after the merger", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Name</strong>: City Museum → City Museum and Gallery", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Name</strong>: (none) → City Museum", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_narrow_the_list_by_user_record_type_and_action()
    {
        var bea = (await CreateAsync(_app, Bea, March1, "Bea's Museum"))[0];
        await CreateAsync(_app, Sam, March1, "Sam's Venue");
        await RenameAsync(_app, Sam, March1.AddHours(1), bea, "Renamed by Sam");

        var byName = await PageAsync("/audit?user=HUGHES");
        var byId = await PageAsync("/audit?user=sam.pat");
        var updates = await PageAsync("/audit?action=Updated&recordType=Organisation");
        var noSuchType = await PageAsync("/audit?recordType=Deployment");

        Assert.Contains("Showing 1 to 1 of 1 entry", byName, StringComparison.Ordinal);
        Assert.Contains("“Bea's Museum”", byName, StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 2 of 2 entries", byId, StringComparison.Ordinal);
        Assert.DoesNotContain("“Bea's Museum”", byId, StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 1 of 1 entry", updates, StringComparison.Ordinal);
        Assert.Contains("“Renamed by Sam”", updates, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Updated\" selected=\"selected\">", updates, StringComparison.Ordinal);
        Assert.Contains("No entries match.", noSuchType, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Organisation\">Organisation</option>", noSuchType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_filters_are_uk_dates_converted_to_utc()
    {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July; 22:30 UTC on 30 June is 23:30 BST, still 30 June.
        await CreateAsync(_app, Bea, new DateTimeOffset(2024, 6, 30, 22, 30, 0, TimeSpan.Zero), "Still June");
        await CreateAsync(_app, Bea, new DateTimeOffset(2024, 6, 30, 23, 30, 0, TimeSpan.Zero), "Already July");
        await CreateAsync(_app, Bea, new DateTimeOffset(2024, 7, 2, 12, 0, 0, TimeSpan.Zero), "Later");

        var july1 = await PageAsync("/audit?from.day=1&from.month=7&from.year=2024&to.day=1&to.month=7&to.year=2024");
        var untilJune30 = await PageAsync("/audit?to.day=30&to.month=6&to.year=2024");

        Assert.Contains("Showing 1 to 1 of 1 entry", july1, StringComparison.Ordinal);
        Assert.Contains("“Already July”", july1, StringComparison.Ordinal);
        Assert.Contains("12:30:00am on 1 July 2024", july1, StringComparison.Ordinal);
        Assert.Contains("From 1 July 2024; to 1 July 2024", july1, StringComparison.Ordinal);
        Assert.Contains("“Still June”", untilJune30, StringComparison.Ordinal);
        Assert.DoesNotContain("“Already July”", untilJune30, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_is_not_real_gets_an_error_beside_the_field_and_is_not_applied()
    {
        await CreateAsync(_app, Bea, March1, "Anything");

        var html = await PageAsync("/audit?from.day=31&from.month=2&from.year=2024&to.day=1&to.month=&to.year=2024");

        Assert.Contains("<title>Error: Change history", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#from-day\">From date must be a real date", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"from-error\" class=\"govuk-error-message\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"to-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> To date must include a day, month and year", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31\"", html, StringComparison.Ordinal); // what was typed is kept
        Assert.Contains("Showing 1 to 2 of 2 entries", html, StringComparison.Ordinal); // the default force's and this one
        Assert.DoesNotContain("data-testid=\"exports\"", html, StringComparison.Ordinal); // fix the filters first
    }

    [Fact]
    public async Task Long_histories_are_paged_fifty_at_a_time_keeping_the_filters()
    {
        await CreateAsync(_app, Bea, March1, [.. Enumerable.Range(1, 55).Select(i => $"Organisation {i:00}")]);

        var first = await PageAsync("/audit?user=bea");
        var second = await PageAsync("/audit?user=bea&page=2");

        Assert.Contains("Showing 1 to 50 of 55 entries", first, StringComparison.Ordinal);
        // Entry 1 is the default force, created at start-up: Bea's entries are 2 to 56.
        Assert.Contains("data-testid=\"entry-56\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"entry-6\"", first, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-pagination\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit?user=bea&page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("Showing 51 to 55 of 55 entries", second, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"entry-2\"", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit?user=bea\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit/export/csv?user=bea\"", second, StringComparison.Ordinal); // every page, same filters
    }

    public void Dispose() => _app.Dispose();
}
