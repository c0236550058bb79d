using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Retention;

/// <summary>The retained-image counts pages (FOI question 2b). The clock stands at 10 June 2026.</summary>
public sealed class RetainedCountTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public RetainedCountTests(ClockedAppFactory app) => _app = app;

    private static Dictionary<string, string> Fields(string category, string day, string count, string beyond = "", string reason = "",
        string other = "", bool ncnd = false)
    {
        var parts = day.Split(' ');
        var fields = new Dictionary<string, string>
        {
            ["Input.Category"] = category,
            ["Input.OtherCategory"] = other,
            ["Input.CountedOn.Day"] = parts[0],
            ["Input.CountedOn.Month"] = parts[1],
            ["Input.CountedOn.Year"] = parts[2],
            ["Input.Count"] = count,
            ["Input.BeyondPolicy"] = beyond,
            ["Input.ReasonBeyondPolicy"] = reason,
            ["Input.Marking"] = "Official",
        };
        if (ncnd)
        {
            fields["Input.DoNotConfirmOrDeny"] = "true";
        }
        return fields;
    }

    private static async Task<Guid> CreateCountAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await AntiforgeryForm.PostAsync(client, "/retention/counts/new", "/retention/counts/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    [Fact]
    public async Task Counts_are_created_listed_with_the_latest_of_each_category_edited_and_retired()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var older = await CreateCountAsync(editor, Fields("AlertImages", "1 3 2026", "1200"));
        var newer = await CreateCountAsync(editor, Fields("AlertImages", "1 6 2026", "12120", "40", "Evidence in an ongoing investigation"));

        var list = await PageAsync(editor, "/retention/counts");
        Assert.Contains("12,120", list, StringComparison.Ordinal);
        Assert.Contains("as at 1 June 2026", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"latest-tag\"", RowOf(list, newer), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"latest-tag\"", RowOf(list, older), StringComparison.Ordinal);

        var details = await PageAsync(editor, $"/retention/counts/{newer}");
        Assert.Contains("Evidence in an ongoing investigation", details, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"history\"", details, StringComparison.Ordinal);

        var edit = await AntiforgeryForm.PostAsync(editor, $"/retention/counts/{older}/edit", $"/retention/counts/{older}/edit",
            new Dictionary<string, string>(Fields("AlertImages", "2 3 2026", "1300")) { ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(1300, await _app.QueryAsync(db => db.RetainedImageCounts.Where(c => c.Id == older).Select(c => c.Count).SingleAsync()));

        var retire = await AntiforgeryForm.PostAsync(editor, $"/retention/counts/{newer}/retire", $"/retention/counts/{newer}/retire",
            new Dictionary<string, string> { ["Input.Reason"] = "Counted twice", ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.True(await _app.QueryAsync(db => db.RetainedImageCounts.Where(c => c.Id == newer).Select(c => c.RetiredAt != null).SingleAsync()));
        var afterRetire = await PageAsync(editor, "/retention/counts");
        Assert.DoesNotContain($"/retention/counts/{newer}\"", afterRetire, StringComparison.Ordinal);
        Assert.Contains("as at 2 March 2026", afterRetire, StringComparison.Ordinal);
        Assert.Contains($"/retention/counts/{newer}\"", await PageAsync(editor, "/retention/counts?showRetired=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_are_filtered_by_category_and_searched_by_reason()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var cctv = await CreateCountAsync(editor, Fields("CctvFootage", "5 6 2026", "77", "3", "Held for a court order"));
        var watchlist = await CreateCountAsync(editor, Fields("Watchlist", "5 6 2026", "500"));

        var filtered = await PageAsync(editor, "/retention/counts?category=Watchlist");
        var table = filtered[filtered.IndexOf("data-testid=\"counts\"", StringComparison.Ordinal)..];
        Assert.Contains($"/retention/counts/{watchlist}\"", table, StringComparison.Ordinal);
        Assert.DoesNotContain($"/retention/counts/{cctv}\"", table, StringComparison.Ordinal);

        var searched = await PageAsync(editor, "/retention/counts?q=court+order");
        var found = searched[searched.IndexOf("data-testid=\"counts\"", StringComparison.Ordinal)..];
        Assert.Contains($"/retention/counts/{cctv}\"", found, StringComparison.Ordinal);
        Assert.DoesNotContain($"/retention/counts/{watchlist}\"", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_future_date_more_beyond_policy_than_held_and_no_reason_are_refused_beside_their_fields_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateCountAsync(editor, Fields("NonMatchedBiometric", "1 6 2026", "0"));
        var before = await _app.QueryAsync(db => db.RetainedImageCounts.CountAsync());

        var future = await AntiforgeryForm.PostAsync(editor, "/retention/counts/new", "/retention/counts/new", Fields("AlertImages", "11 6 2026", "10"));
        var tooMany = await AntiforgeryForm.PostAsync(editor, "/retention/counts/new", "/retention/counts/new", Fields("AlertImages", "1 6 2026", "10", "11", "Evidence"));
        var noReason = await AntiforgeryForm.PostAsync(editor, "/retention/counts/new", "/retention/counts/new", Fields("AlertImages", "1 6 2026", "10", "2"));
        var mistyped = await AntiforgeryForm.PostAsync(editor, $"/retention/counts/{id}/edit", $"/retention/counts/{id}/edit",
            new Dictionary<string, string>(Fields("NonMatchedBiometric", "1 6 2026", "ten")) { ["Input.Version"] = "1" });

        Assert.Contains("<a href=\"#Input_CountedOn\">The date of the count cannot be in the future</a>", await TextAsync(future), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_BeyondPolicy\">The number kept beyond the retention rule (11) cannot be more than the number of images (10)</a>",
            await TextAsync(tooMany), StringComparison.Ordinal);
        var noReasonHtml = await TextAsync(noReason);
        Assert.Contains("<a href=\"#Input_ReasonBeyondPolicy\">Enter why images are kept beyond the retention rule</a>", noReasonHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_ReasonBeyondPolicy-error\"", noReasonHtml, StringComparison.Ordinal);
        var mistypedHtml = await TextAsync(mistyped);
        Assert.Equal(HttpStatusCode.OK, mistyped.StatusCode);
        Assert.Contains("value=\"ten\"", mistypedHtml, StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryAsync(db => db.RetainedImageCounts.CountAsync()));
        Assert.Equal((0, 1), await _app.QueryAsync(db => db.RetainedImageCounts.Where(c => c.Id == id).Select(c => new ValueTuple<int, int>(c.Count, c.Version)).SingleAsync()));
    }

    [Fact]
    public async Task A_viewer_cannot_add_a_count_and_a_do_not_confirm_or_deny_count_is_hidden_from_uncleared_users()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var id = await CreateCountAsync(cleared, Fields("Other", "2 6 2026", "9", other: "Covert stills", ncnd: true));

        Assert.Equal(HttpStatusCode.Forbidden,
            (await AntiforgeryForm.PostAsync(viewer, "/retention/counts", "/retention/counts/new", Fields("AlertImages", "1 6 2026", "1"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/retention/counts/{id}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Covert stills", await PageAsync(uncleared, "/retention/counts"), StringComparison.Ordinal);
        Assert.Contains("Covert stills", await PageAsync(cleared, "/retention/counts"), StringComparison.Ordinal);
        Assert.Contains("Covert stills", await PageAsync(cleared, $"/retention/counts/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_counts_as_at_a_past_time_show_the_figures_of_then()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateCountAsync(editor, Fields("Other", "3 6 2026", "4,321", other: "Body-worn video stills"));
        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        var between = _app.Clock.GetUtcNow().UtcDateTime;
        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        var edit = await AntiforgeryForm.PostAsync(editor, $"/retention/counts/{id}/edit", $"/retention/counts/{id}/edit",
            new Dictionary<string, string>(Fields("Other", "3 6 2026", "5,678", other: "Body-worn video stills")) { ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var later = await CreateCountAsync(editor, Fields("Other", "4 6 2026", "99", other: "Drone stills"));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));

        using var past = _app.CreateClientFor(Roles.GovernanceEditor);
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsAtTests.SetAsAtAsync(past, between, "/retention/counts")).StatusCode);
        var list = await PageAsync(past, "/retention/counts");

        Assert.Contains("4,321", RowOf(list, id), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"latest-tag\"", RowOf(list, id), StringComparison.Ordinal);
        Assert.DoesNotContain("5,678", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/retention/counts/{later}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/retention/counts/new", list, StringComparison.Ordinal);
        Assert.Contains("4,321", await PageAsync(past, $"/retention/counts/{id}"), StringComparison.Ordinal);
    }

    /// <summary>The row of the list of counts that links to the count.</summary>
    private static string RowOf(string html, Guid id)
    {
        var table = html[html.IndexOf("data-testid=\"counts\"", StringComparison.Ordinal)..];
        var link = table.IndexOf($"/retention/counts/{id}\"", StringComparison.Ordinal);
        Assert.True(link >= 0, "The count is not listed.");
        var start = table.LastIndexOf("<tr", link, StringComparison.Ordinal);
        return table[start..table.IndexOf("</tr>", link, StringComparison.Ordinal)];
    }
}
