using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Policies;

public sealed class PolicyPageTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public PolicyPageTests(ClockedAppFactory app) => _app = app;

    public static Dictionary<string, string> Fields(string title, string created = "5 1 2024", string approved = "", string review = "",
        string kind = "RetentionPolicy", bool ncnd = false)
    {
        static string[] Parts(string day) => day.Length == 0 ? ["", "", ""] : day.Split(' ');
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Kind"] = kind,
            ["Input.DocumentVersion"] = "1.0",
            ["Input.Marking"] = "Official",
            ["Input.Summary"] = "",
            ["Input.OwnerId"] = "",
        };
        foreach (var (key, day) in new[] { ("CreatedOn", created), ("ApprovedOn", approved), ("NextReviewOn", review) })
        {
            var parts = Parts(day);
            fields[$"Input.{key}.Day"] = parts[0];
            fields[$"Input.{key}.Month"] = parts[1];
            fields[$"Input.{key}.Year"] = parts[2];
        }
        if (ncnd)
        {
            fields["Input.DoNotConfirmOrDeny"] = "true";
        }
        return fields;
    }

    public static async Task<Guid> CreatePolicyAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await AntiforgeryForm.PostAsync(client, "/policies/new", "/policies/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    [Fact]
    public async Task An_editor_creates_edits_and_retires_a_policy_and_each_change_is_in_its_history()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreatePolicyAsync(editor, Fields("LFR image retention policy", "5 1 2024", "1 2 2024", "1 2 2025"));

        var edit = await AntiforgeryForm.PostAsync(editor, $"/policies/{id}/edit", $"/policies/{id}/edit",
            new Dictionary<string, string>(Fields("LFR image retention policy v2", "5 1 2024", "1 2 2024", "1 2 2027")) { ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var retire = await AntiforgeryForm.PostAsync(editor, $"/policies/{id}/retire", $"/policies/{id}/retire",
            new Dictionary<string, string> { ["Input.Reason"] = "Superseded by version 3", ["Input.Version"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);

        var policy = await _app.QueryAsync(db => db.Policies.SingleAsync(p => p.Id == id));
        Assert.Equal("LFR image retention policy v2", policy.Title);
        Assert.Equal(new DateOnly(2027, 2, 1), policy.NextReviewOn);
        Assert.True(policy.IsRetired);
        Assert.Equal(3, await _app.QueryAsync(db => db.History.CountAsync(e => e.RecordId == id)));
        var html = await PageAsync(editor, $"/policies/{id}");
        Assert.Contains("Retention policy", html, StringComparison.Ordinal);
        Assert.Contains("1 February 2024", html, StringComparison.Ordinal);
        Assert.Contains("Reason: Superseded by version 3", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approval_before_creation_and_a_review_before_approval_are_refused_beside_their_fields_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var before = await _app.QueryAsync(db => db.Policies.CountAsync());

        var response = await AntiforgeryForm.PostAsync(editor, "/policies/new", "/policies/new", Fields("Backwards policy", "5 1 2024", "4 1 2024", "1 1 2024"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await TextAsync(response);
        Assert.Contains("<a href=\"#Input_ApprovedOn\">The date the policy was approved cannot be before the date it was created</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_NextReviewOn\">The next review must be after the date the policy was approved</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Backwards policy\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryAsync(db => db.Policies.CountAsync()));
    }

    [Fact]
    public async Task A_policy_past_its_review_is_tagged_and_the_past_review_filter_lists_only_such_policies()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var overdue = await CreatePolicyAsync(editor, Fields("Overdue SOP", "5 1 2024", "1 2 2024", "1 2 2025", kind: "StandardOperatingProcedure"));
        await CreatePolicyAsync(editor, Fields("In-date SOP", "5 1 2024", "1 2 2024", "1 2 2027", kind: "StandardOperatingProcedure"));

        var filtered = await PageAsync(editor, "/policies?pastReview=true&kind=StandardOperatingProcedure");
        Assert.Contains("Overdue SOP", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("In-date SOP", filtered, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"past-review\"", filtered, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"past-review\"", await PageAsync(editor, $"/policies/{overdue}"), StringComparison.Ordinal);
        var searched = await PageAsync(editor, "/policies?q=in-date");
        Assert.Contains("In-date SOP", searched, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue SOP", searched, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_can_read_policies_but_cannot_create_or_change_them()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var id = await CreatePolicyAsync(editor, Fields("Deployment policy", kind: "DeploymentPolicy"));

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri($"/policies/{id}", UriKind.Relative))).StatusCode);
        var create = await AntiforgeryForm.PostAsync(viewer, "/policies", "/policies/new", Fields("Sneaky"));
        var edit = await AntiforgeryForm.PostAsync(viewer, "/policies", $"/policies/{id}/edit",
            new Dictionary<string, string>(Fields("Sneaky")) { ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal("Deployment policy", await _app.QueryAsync(db => db.Policies.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_do_not_confirm_or_deny_policy_is_invisible_to_an_uncleared_user_and_visible_to_a_cleared_one()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreatePolicyAsync(cleared, Fields("Covert use guidance", kind: "Guidance", ncnd: true));

        Assert.True(await _app.QueryAsync(db => db.Policies.Where(p => p.Id == id).Select(p => p.DoNotConfirmOrDeny).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/policies/{id}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Covert use guidance", await PageAsync(uncleared, "/policies"), StringComparison.Ordinal);
        Assert.Contains("Covert use guidance", await PageAsync(cleared, "/policies"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"ncnd-tag\"", await PageAsync(cleared, $"/policies/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uncleared_editor_cannot_flag_a_policy_do_not_confirm_or_deny()
    {
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);

        var id = await CreatePolicyAsync(uncleared, Fields("Ordinary guidance", kind: "Guidance", ncnd: true));

        Assert.False(await _app.QueryAsync(db => db.Policies.Where(p => p.Id == id).Select(p => p.DoNotConfirmOrDeny).SingleAsync()));
        Assert.DoesNotContain("Input.DoNotConfirmOrDeny", await PageAsync(uncleared, "/policies/new"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_is_chosen_from_the_people_in_the_register()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var fields = Fields("Owned policy");
        fields["Input.OwnerId"] = Guid.NewGuid().ToString();

        var response = await AntiforgeryForm.PostAsync(editor, "/policies/new", "/policies/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Select the owner from the list", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await _app.QueryAsync(db => db.Policies.CountAsync(p => p.Title == "Owned policy")));
    }
}
