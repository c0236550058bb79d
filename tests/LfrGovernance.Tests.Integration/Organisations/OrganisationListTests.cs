using System.Net;
using System.Text.RegularExpressions;
using LfrGovernance.Web.Authorization;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Organisations;

/// <summary>The organisation list searched, sorted and paged, on the current register and as at a past instant.
/// Each test names its records with its own word and searches for it, so tests sharing the register do not meet.</summary>
public sealed partial class OrganisationListTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public OrganisationListTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task A_search_finds_organisations_by_name_contact_or_notes_whatever_the_case_and_leaves_out_the_rest()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        await CreateAsync(editor, "Quokka Research Ltd");
        await AntiforgeryFormPostAsync(editor, Fields("Contact Holder Trust", contact: "Ann of QUOKKA house"));
        await CreateAsync(editor, "Notes Holder College", notes: "Met the quokka team in May");
        await CreateAsync(editor, "Unrelated Wombat Ltd");

        var html = await PageAsync(editor, "/organisations?q=Quokka");

        Assert.Contains("Quokka Research Ltd", html, StringComparison.Ordinal);
        Assert.Contains("Contact Holder Trust", html, StringComparison.Ordinal);
        Assert.Contains("Notes Holder College", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrelated Wombat Ltd", html, StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 3 of 3 organisations", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Quokka\"", html, StringComparison.Ordinal);
        Assert.Contains("No organisations match \u201cnothing-like-this\u201d.", await PageAsync(editor, "/organisations?q=nothing-like-this"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retired_organisations_are_searched_only_when_asked_for()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Pangolin Retired Ltd");
        Assert.Equal(HttpStatusCode.Redirect, (await RetireAsync(editor, id, 1, "Closed")).StatusCode);

        Assert.DoesNotContain("Pangolin Retired Ltd", await PageAsync(editor, "/organisations?q=pangolin"), StringComparison.Ordinal);
        Assert.Contains("Pangolin Retired Ltd", await PageAsync(editor, "/organisations?q=pangolin&showRetired=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_sorts_by_name_both_ways_and_the_header_says_which()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        foreach (var name in new[] { "Okapi Beta", "Okapi Alpha", "Okapi Gamma" })
        {
            await CreateAsync(editor, name);
        }

        var ascending = await PageAsync(editor, "/organisations?q=okapi&sort=name");
        var descending = await PageAsync(editor, "/organisations?q=okapi&sort=name&dir=desc");

        Assert.Equal(["Okapi Alpha", "Okapi Beta", "Okapi Gamma"], Names(ascending, "Okapi"));
        Assert.Equal(["Okapi Gamma", "Okapi Beta", "Okapi Alpha"], Names(descending, "Okapi"));
        Assert.Contains("aria-sort=\"ascending\" data-testid=\"sort-name\"", ascending, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"descending\" data-testid=\"sort-name\"", descending, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"none\" data-testid=\"sort-kind\"", ascending, StringComparison.Ordinal);
        // The header link turns the order round and keeps the search.
        Assert.Contains("href=\"/organisations?q=okapi&sort=name&dir=desc\"", ascending, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_sorts_by_type_and_filters_by_type()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        await CreateAsync(editor, "Tapir Venue Hall", "Venue");
        await CreateAsync(editor, "Tapir Retail Shop", "Retailer");

        var byType = Names(await PageAsync(editor, "/organisations?q=tapir&sort=kind"), "Tapir");
        var byTypeReversed = Names(await PageAsync(editor, "/organisations?q=tapir&sort=kind&dir=desc"), "Tapir");
        var venues = await PageAsync(editor, "/organisations?q=tapir&kind=Venue");

        Assert.Equal(2, byType.Count);
        Assert.Equal(byType.AsEnumerable().Reverse(), byTypeReversed);
        Assert.Contains("Tapir Venue Hall", venues, StringComparison.Ordinal);
        Assert.DoesNotContain("Tapir Retail Shop", venues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sixty_organisations_fill_a_first_page_of_50_and_a_second_of_10()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        for (var i = 1; i <= 60; i++)
        {
            await CreateAsync(editor, $"Paged Narwhal {i:00}");
        }

        var first = await PageAsync(editor, "/organisations?q=narwhal");
        var second = await PageAsync(editor, "/organisations?q=narwhal&page=2");

        Assert.Equal(50, Names(first, "Paged Narwhal").Count);
        Assert.Equal(10, Names(second, "Paged Narwhal").Count);
        Assert.Equal("Paged Narwhal 51", Names(second, "Paged Narwhal")[0]);
        Assert.Contains("Showing 1 to 50 of 60 organisations", first, StringComparison.Ordinal);
        Assert.Contains("Showing 51 to 60 of 60 organisations", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/organisations?q=narwhal&page=2\"", first, StringComparison.Ordinal);
        // A page beyond the last shows the last.
        Assert.Contains("Showing 51 to 60 of 60 organisations", await PageAsync(editor, "/organisations?q=narwhal&page=9"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task As_at_a_past_instant_the_list_is_searched_sorted_and_paged_from_the_records_of_then()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        for (var i = 1; i <= 55; i++)
        {
            await CreateAsync(editor, $"Then Dugong {i:00}");
        }
        var first = await CreateAsync(editor, "Then Dugong 00");
        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        var then = _app.Clock.GetUtcNow().UtcDateTime;
        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        await CreateAsync(editor, "Then Dugong 99 Afterwards");
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(editor, first, 1, Fields("Then Dugong Renamed Afterwards"))).StatusCode);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsAtTests.SetAsAtAsync(editor, then, "/organisations")).StatusCode);

        var page1 = await PageAsync(editor, "/organisations?q=DUGONG");
        var page2 = await PageAsync(editor, "/organisations?q=dugong&page=2");
        var reversed = await PageAsync(editor, "/organisations?q=dugong&sort=name&dir=desc");

        Assert.Contains("Showing 1 to 50 of 56 organisations", page1, StringComparison.Ordinal);
        Assert.Equal("Then Dugong 00", Names(page1, "Then Dugong")[0]);
        Assert.Equal(6, Names(page2, "Then Dugong").Count);
        Assert.Contains("Showing 51 to 56 of 56 organisations", page2, StringComparison.Ordinal);
        Assert.Equal("Then Dugong 55", Names(reversed, "Then Dugong")[0]);
        Assert.DoesNotContain(Names(page1 + page2, "Then Dugong"), name => name.Contains("Afterwards", StringComparison.Ordinal));
    }

    /// <summary>The names of the listed organisations starting with <paramref name="prefix"/>, in the order shown.</summary>
    private static List<string> Names(string html, string prefix) =>
        LinkText().Matches(html).Select(m => m.Groups[1].Value).Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    private static Task<HttpResponseMessage> AntiforgeryFormPostAsync(HttpClient client, Dictionary<string, string> fields) =>
        Infrastructure.AntiforgeryForm.PostAsync(client, "/organisations/new", "/organisations/new", fields);

    [GeneratedRegex("<a class=\"govuk-link\" href=\"/organisations/[0-9a-f-]{36}\">([^<]*)</a>")]
    private static partial Regex LinkText();
}
