using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using static LfrGovernance.Tests.Integration.Infrastructure.RegisterChanges;

namespace LfrGovernance.Tests.Integration.Audit;

/// <summary>The page that checks the history's hash chain.</summary>
public sealed class VerifyHistoryTests : IDisposable
{
    private static readonly DateTimeOffset March1 = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceAppFactory _app = new();

    private async Task<string> CheckAsync()
    {
        using var client = _app.CreateClientFor(Roles.Auditor);
        var response = await AntiforgeryForm.PostAsync(client, "/audit/verify", "/audit/verify", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_offers_the_check_and_runs_nothing_until_asked()
    {
        using var client = _app.CreateClientFor(Roles.Administrator);

        var html = await client.GetStringAsync(new Uri("/audit/verify", UriKind.Relative));

        Assert.Contains("Check the history has not been altered</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"verification-result\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_untouched_history_is_reported_intact_with_the_time_of_the_check()
    {
        await CreateAsync(_app, Bea, March1, "One", "Two");
        await CreateAsync(_app, Sam, March1.AddDays(1), "Three");

        var html = await CheckAsync();

        Assert.Contains("govuk-panel--confirmation", html, StringComparison.Ordinal);
        Assert.Contains("History intact, 4 entries.", html, StringComparison.Ordinal); // and the default force's
        Assert.Matches(@"Checked at \d{1,2}:\d{2}:\d{2}(am|pm) on \d{1,2} \w+ \d{4} \(UK time\)", html);
    }

    [Fact]
    public async Task An_entry_altered_in_the_database_is_named()
    {
        var ids = await CreateAsync(_app, Bea, March1, "First", "Second", "Third");
        await RenameAsync(_app, Sam, March1.AddHours(1), ids[0], "First, renamed");
        // Someone with the database file drops the append-only triggers and rewrites entry 3's snapshot
        // (entry 1 is the default force, created at start-up).
        await ExecuteDirectlyAsync(_app, "DROP TRIGGER \"History_NoUpdate\"; DROP TRIGGER \"History_NoDelete\";");
        await ExecuteDirectlyAsync(_app, "UPDATE \"History\" SET \"Snapshot\" = replace(\"Snapshot\", 'Second', 'Forged') WHERE \"Sequence\" = 3;");

        var html = await CheckAsync();

        Assert.DoesNotContain("govuk-panel--confirmation", html, StringComparison.Ordinal);
        Assert.Contains("govuk-notification-banner", html, StringComparison.Ordinal);
        Assert.Contains("the first problem is at entry 3", html, StringComparison.Ordinal);
        Assert.Contains("History NOT intact: entry 3: altered", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_removed_from_the_database_is_named()
    {
        await CreateAsync(_app, Bea, March1, "First", "Second", "Third");
        await ExecuteDirectlyAsync(_app, "DROP TRIGGER \"History_NoDelete\";");
        await ExecuteDirectlyAsync(_app, "DELETE FROM \"History\" WHERE \"Sequence\" = 3;");

        var html = await CheckAsync();

        Assert.Contains("History NOT intact: entry 3: missing", html, StringComparison.Ordinal); // entry 1 is the default force
    }

    public void Dispose() => _app.Dispose();
}
