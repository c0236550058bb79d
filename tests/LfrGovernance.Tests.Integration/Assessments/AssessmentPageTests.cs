using System.Net;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Assessments.AssessmentRequests;

namespace LfrGovernance.Tests.Integration.Assessments;

public sealed class AssessmentPageTests : IClassFixture<ClockedAppFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(ClockedAppFactory.Start.UtcDateTime);
    private readonly ClockedAppFactory _app;

    public AssessmentPageTests(ClockedAppFactory app) => _app = app;

    private Task<Assessment> LoadAsync(Guid id) => _app.QueryAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.Id == id));

    [Fact]
    public async Task An_editor_creates_an_assessment_and_sees_it_on_its_page_and_in_the_list()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var fields = Fields("DPIA-CREATE", "Town centre LFR");
        fields["Input.ProcessingDescription"] = "Faces in the zone compared with a watchlist";
        var id = await CreateAsync(editor, fields);

        var page = await PageAsync(editor, $"/assessments/{id}");
        Assert.Contains("DPIA-CREATE: Town centre LFR", page, StringComparison.Ordinal);
        Assert.Contains("Faces in the zone compared with a watchlist", page, StringComparison.Ordinal);
        Assert.Contains("Created (version 1)", page, StringComparison.Ordinal);
        Assert.Contains("DPIA-CREATE", await PageAsync(editor, "/assessments?q=create"), StringComparison.Ordinal);
        Assert.Equal(AssessmentStatus.Draft, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task An_editor_approves_an_assessment_with_its_sign_off_and_the_page_shows_past_review()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, Fields("DPIA-EDIT"));
        var fields = Fields("DPIA-EDIT", "Renamed", status: "Approved")
            .WithDate("DpoAdviceGivenOn", Today.AddYears(-2)).WithDate("ApprovedOn", Today.AddYears(-2)).WithDate("NextReviewOn", Today.AddDays(-1));
        fields["Input.DpoAdviceOutcome"] = "Accepted";

        var response = await EditAsync(editor, id, 1, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await LoadAsync(id);
        Assert.Equal(("Renamed", AssessmentStatus.Approved, Today.AddYears(-2)), (saved.Title, saved.Status, saved.ApprovedOn));
        var page = await PageAsync(editor, $"/assessments/{id}");
        Assert.Contains("data-testid=\"past-review-tag\"", page, StringComparison.Ordinal);
        Assert.Contains("DPIA-EDIT", await PageAsync(editor, "/assessments?pastReview=true&kind=Dpia&status=Approved"), StringComparison.Ordinal);
        Assert.DoesNotContain("DPIA-EDIT", await PageAsync(editor, "/assessments?status=Draft"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_a_dpia_without_dpo_advice_is_refused_beside_the_field_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, Fields("DPIA-BAD"));
        var fields = Fields("DPIA-BAD", "Changed title", status: "Approved").WithDate("ApprovedOn", Today);
        fields["Input.DpoAdviceOutcome"] = "Overruled";

        var response = await EditAsync(editor, id, 1, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await TextAsync(response);
        Assert.Contains("A DPIA cannot be approved before the DPO has given their advice", html, StringComparison.Ordinal);
        Assert.Contains("Select who overruled the DPO's advice", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_DpoAdviceGivenOn\"", html, StringComparison.Ordinal);
        var unchanged = await LoadAsync(id);
        Assert.Equal((1, "Live facial recognition", AssessmentStatus.Draft), (unchanged.Version, unchanged.Title, unchanged.Status));
    }

    [Fact]
    public async Task An_editor_retires_and_reinstates_an_assessment_with_a_reason()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, Fields("DPIA-RETIRE"));

        var retire = await PostAsync(editor, $"/assessments/{id}/retire", new() { ["Input.Reason"] = "Entered twice", ["Input.Version"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.Equal("Entered twice", (await LoadAsync(id)).RetirementReason);
        Assert.DoesNotContain("DPIA-RETIRE", await PageAsync(editor, "/assessments"), StringComparison.Ordinal);
        Assert.Contains("DPIA-RETIRE", await PageAsync(editor, "/assessments?showRetired=true"), StringComparison.Ordinal);
        var reinstate = await PostAsync(editor, $"/assessments/{id}/reinstate", new() { ["Input.Version"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, reinstate.StatusCode);
        Assert.Null((await LoadAsync(id)).RetiredAt);
    }

    [Fact]
    public async Task A_viewer_can_read_but_is_refused_every_change()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var id = await CreateAsync(editor, Fields("DPIA-VIEWER"));

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri($"/assessments/{id}", UriKind.Relative))).StatusCode);
        foreach (var (action, form) in new (string, Dictionary<string, string>)[]
                 {
                     ("/assessments/new", Fields("DPIA-SNEAKY")),
                     ($"/assessments/{id}/edit", Fields("DPIA-VIEWER", "Sneaky")),
                     ($"/assessments/{id}/risks/new", new() { ["Input.Description"] = "x", ["Input.Likelihood"] = "Remote", ["Input.Severity"] = "Minimal", ["Input.Overall"] = "Low" }),
                     ($"/assessments/{id}/new-version", new() { ["Input.DocumentVersion"] = "2.0" }),
                     ($"/assessments/{id}/retire", new() { ["Input.Reason"] = "x", ["Input.Version"] = "1" }),
                 })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(viewer, action, form)).StatusCode);
        }
        Assert.Equal(1, (await LoadAsync(id)).Version);
        Assert.Equal(0, await _app.QueryAsync(db => db.AssessmentRisks.CountAsync(r => r.AssessmentId == id)));
    }

    [Fact]
    public async Task A_do_not_confirm_or_deny_assessment_is_hidden_from_an_uncleared_user_and_shown_to_a_cleared_one()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        Assert.Contains("Input.DoNotConfirmOrDeny", await PageAsync(cleared, "/assessments/new"), StringComparison.Ordinal);
        Assert.DoesNotContain("Input.DoNotConfirmOrDeny", await PageAsync(uncleared, "/assessments/new"), StringComparison.Ordinal);
        var fields = Fields("DPIA-COVERT");
        fields["Input.DoNotConfirmOrDeny"] = "true";
        var id = await CreateAsync(cleared, fields);

        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/assessments/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/assessments/{id}/edit", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("DPIA-COVERT", await PageAsync(uncleared, "/assessments?showRetired=true"), StringComparison.Ordinal);
        var page = await PageAsync(cleared, $"/assessments/{id}");
        Assert.Contains("data-testid=\"ncnd-tag\"", page, StringComparison.Ordinal);
        Assert.Contains("DPIA-COVERT", await PageAsync(cleared, "/assessments"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uncleared_users_save_keeps_the_do_not_confirm_or_deny_flag()
    {
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        var fields = Fields("DPIA-FLAG");
        fields["Input.DoNotConfirmOrDeny"] = "true";

        var id = await CreateAsync(uncleared, fields);

        Assert.False((await LoadAsync(id)).DoNotConfirmOrDeny);
    }

    [Fact]
    public async Task Someone_elses_save_in_between_is_reported_and_nothing_is_overwritten()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, Fields("DPIA-CONFLICT"));
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(editor, id, 1, Fields("DPIA-CONFLICT", "First change"))).StatusCode);

        var stale = await EditAsync(editor, id, 1, Fields("DPIA-CONFLICT", "Second change"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("after you opened it", await TextAsync(stale), StringComparison.Ordinal);
        Assert.Equal("First change", (await LoadAsync(id)).Title);
    }
}
