using System.Net;
using System.Text.RegularExpressions;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration.Home;

/// <summary>The home dashboard on the demonstration register.</summary>
public sealed partial class DashboardTests : IDisposable
{
    private readonly GovernanceAppFactory _app = new() { Environment = "Development" };

    public DashboardTests() => _app.Settings.Clear();

    private async Task<T> QueryAsync<T>(Func<GovernanceDbContext, Task<T>> query)
    {
        using var scope = _app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<GovernanceDbContext>());
    }

    private static async Task<string> HomeAsync(HttpClient client) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

    [Fact]
    public async Task A_governance_editor_sees_the_counts_and_what_needs_attention_each_linking_to_its_list()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);

        var home = await HomeAsync(editor);

        var unreviewed = await QueryAsync(db => db.Deployments.CountAsync(d => !d.DoNotConfirmOrDeny && d.ActualEnd != null && d.ReviewedOn == null));
        Assert.True(unreviewed > 0);
        Assert.Contains($"href=\"/deployments?needsReview=true\">{unreviewed} deployments ended without a post-deployment review</a>", home, StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await editor.GetStringAsync(new Uri("/deployments?needsReview=true", UriKind.Relative)));
        Assert.Contains($"Showing 1 to {unreviewed} of {unreviewed} deployment", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/assessments?pastReview=true\">1 assessment past its review date</a>", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/retention\">2 categories whose retention figures are out of date</a>", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/assessments?kind=Dpia&status=InReview\">1 DPIA awaiting the DPO's advice</a>", home, StringComparison.Ordinal);
        Assert.Equal("31", CountFor(home, "Deployments"));
        Assert.Equal("6", CountFor(home, "Organisations"));
        Assert.DoesNotContain("data-testid=\"ncnd-in-counts\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_sees_the_counts_but_no_work_list()
    {
        using var viewer = _app.CreateClientFor(Roles.Viewer);

        var home = await HomeAsync(viewer);

        Assert.Contains("data-testid=\"register-counts\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Needs attention", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cleared_user_is_told_the_count_includes_records_not_confirmed_or_denied()
    {
        using var cleared = _app.CreateClientFor(Roles.Viewer, Roles.NcndCleared);

        var home = await HomeAsync(cleared);

        Assert.Equal("32", CountFor(home, "Deployments"));
        Assert.Contains("includes 1 the force neither confirms nor denies", home, StringComparison.Ordinal);
    }

    private static string CountFor(string home, string label) =>
        CountRow().Matches(home).Single(m => m.Groups["label"].Value == label).Groups["count"].Value;

    [GeneratedRegex("<a class=\"govuk-link\" href=\"[^\"]+\">(?<label>[^<]+)</a></th>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\">(?<count>[0-9,]+)</td>")]
    private static partial Regex CountRow();

    public void Dispose() => _app.Dispose();
}
