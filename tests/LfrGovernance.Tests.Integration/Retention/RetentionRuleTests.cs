using System.Net;
using LfrGovernance.Core.Policies;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Retention;

public sealed class RetentionRuleTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public RetentionRuleTests(ClockedAppFactory app) => _app = app;

    private static Dictionary<string, string> Fields(string category, string period, string unit, string other = "", bool ncnd = false)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Category"] = category,
            ["Input.OtherCategory"] = other,
            ["Input.Period"] = period,
            ["Input.PeriodUnit"] = unit,
            ["Input.DeletionMethod"] = "Deleted automatically by the system",
            ["Input.PolicyDocumentId"] = "",
            ["Input.AppliesFrom.Day"] = "",
            ["Input.AppliesFrom.Month"] = "",
            ["Input.AppliesFrom.Year"] = "",
            ["Input.Marking"] = "Official",
        };
        if (ncnd)
        {
            fields["Input.DoNotConfirmOrDeny"] = "true";
        }
        return fields;
    }

    private static async Task<Guid> CreateRuleAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await AntiforgeryForm.PostAsync(client, "/retention/new", "/retention/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    [Fact]
    public async Task Rules_are_listed_with_their_period_in_words_and_edited_and_retired()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var immediate = await CreateRuleAsync(editor, Fields("NonMatchedBiometric", "0", "Immediately"));
        var cctv = await CreateRuleAsync(editor, Fields("CctvFootage", "31", "Days"));

        var list = await PageAsync(editor, "/retention");
        Assert.Contains("Deleted immediately", list, StringComparison.Ordinal);
        Assert.Contains("31 days", list, StringComparison.Ordinal);

        var edit = await AntiforgeryForm.PostAsync(editor, $"/retention/{cctv}/edit", $"/retention/{cctv}/edit",
            new Dictionary<string, string>(Fields("CctvFootage", "24", "Hours")) { ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Contains("24 hours", await PageAsync(editor, $"/retention/{cctv}"), StringComparison.Ordinal);
        var retire = await AntiforgeryForm.PostAsync(editor, $"/retention/{immediate}/retire", $"/retention/{immediate}/retire",
            new Dictionary<string, string> { ["Input.Reason"] = "Entered twice", ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.True(await _app.QueryAsync(db => db.RetentionRules.Where(r => r.Id == immediate).Select(r => r.RetiredAt != null).SingleAsync()));
    }

    [Fact]
    public async Task A_period_of_0_in_days_and_an_unnamed_other_category_are_refused_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var before = await _app.QueryAsync(db => db.RetentionRules.CountAsync());

        var zero = await AntiforgeryForm.PostAsync(editor, "/retention/new", "/retention/new", Fields("AlertImages", "0", "Days"));
        var other = await AntiforgeryForm.PostAsync(editor, "/retention/new", "/retention/new", Fields("Other", "7", "Days"));
        var immediately = await AntiforgeryForm.PostAsync(editor, "/retention/new", "/retention/new", Fields("AlertImages", "3", "Immediately"));

        Assert.Contains("<a href=\"#Input_Period\">A period of 0 means", await TextAsync(zero), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_OtherCategory\">Enter the name of the category of data</a>", await TextAsync(other), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_PeriodUnit\">Data deleted immediately has a period of 0", await TextAsync(immediately), StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryAsync(db => db.RetentionRules.CountAsync()));
    }

    [Fact]
    public async Task The_retention_page_warns_when_a_category_with_a_rule_has_no_recent_count()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        await CreateRuleAsync(editor, Fields("Watchlist", "24", "Hours"));

        var html = await PageAsync(editor, "/retention");

        Assert.Contains("data-testid=\"figures-out-of-date\"", html, StringComparison.Ordinal);
        Assert.Contains("Watchlist (never counted)", html, StringComparison.Ordinal);
        await _app.QueryAsync(async db =>
        {
            db.RetainedImageCounts.Add(new RetainedImageCount { Category = RetainedDataCategory.Watchlist, CountedOn = new DateOnly(2026, 6, 1), Count = 0 });
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("Watchlist (", await PageAsync(editor, "/retention"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_cannot_create_a_rule_and_a_do_not_confirm_or_deny_rule_is_hidden_from_uncleared_users()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var id = await CreateRuleAsync(cleared, Fields("Other", "6", "Months", other: "Covert stills", ncnd: true));

        Assert.Equal(HttpStatusCode.Forbidden, (await AntiforgeryForm.PostAsync(viewer, "/retention", "/retention/new", Fields("AlertImages", "1", "Days"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/retention/{id}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Covert stills", await PageAsync(uncleared, "/retention"), StringComparison.Ordinal);
        Assert.Contains("Covert stills", await PageAsync(cleared, "/retention"), StringComparison.Ordinal);
    }
}
