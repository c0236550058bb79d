using System.Net;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Collaborations.CollaborationRequests;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Collaborations;

public sealed class CollaborationPageTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public CollaborationPageTests(ClockedAppFactory app) => _app = app;

    private static Task<Guid> PartnerAsync(HttpClient client, string name = "Example Quarter Ltd") => CreateAsync(client, name, "Landowner");

    [Fact]
    public async Task A_created_collaboration_shows_its_organisation_manners_period_cost_and_figures()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var partner = await PartnerAsync(editor);

        var id = await CreateCollaborationAsync(editor, CollaborationForm("COL-2018-01", partner));

        var html = await PageAsync(editor, $"/collaborations/{id}");
        Assert.Contains($"<a class=\"govuk-link\" href=\"/organisations/{partner}\">Example Quarter Ltd</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Advice</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Image sharing</li>", html, StringComparison.Ordinal);
        Assert.Contains("From 1 May 2018", html, StringComparison.Ordinal);
        Assert.Contains("£12,500", html, StringComparison.Ordinal);
        Assert.Contains("Security staff call the control room", html, StringComparison.Ordinal);
        var saved = await _app.QueryAsync(db => db.Collaborations.SingleAsync(c => c.Id == id));
        Assert.Equal(CollaborationManner.Advice | CollaborationManner.ImageSharing, saved.Manner);
        Assert.Equal((10, 4, 6, 4), (saved.Alerts, saved.AlertsActedOn, saved.TruePositives, saved.FalsePositives));
        Assert.Equal(1_250_000, saved.CostPence);
    }

    [Fact]
    public async Task An_edit_ceases_the_collaboration_and_retire_and_reinstate_go_through_the_shared_pages()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var partner = await PartnerAsync(editor, "Ceasing Partner");
        var id = await CreateCollaborationAsync(editor, CollaborationForm("COL-EDIT", partner));

        var edit = await EditCollaborationAsync(editor, id, 1, CollaborationForm("COL-EDIT", partner, "Ceased", ["Advice"], ended: "2018"));
        var retire = await VersionedAsync(editor, $"/collaborations/{id}/retire", 2, "Recorded twice");
        var reinstate = await VersionedAsync(editor, $"/collaborations/{id}/reinstate", 3);

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reinstate.StatusCode);
        var saved = await _app.QueryAsync(db => db.Collaborations.SingleAsync(c => c.Id == id));
        Assert.Equal((CollaborationStatus.Ceased, CollaborationManner.Advice, new DateOnly(2018, 9, 30), false, 4),
            (saved.Status, saved.Manner, saved.EndedOn, saved.IsRetired, saved.Version));
        Assert.Contains("Recorded twice", await PageAsync(editor, $"/collaborations/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_shown_beside_each_field_and_leaves_the_data_unchanged()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var partner = await PartnerAsync(editor, "Strict Partner");
        var id = await CreateCollaborationAsync(editor, CollaborationForm("COL-BAD", partner));
        var before = await _app.QueryAsync(db => db.Collaborations.CountAsync());

        var noManner = await PostAsync(editor, "/collaborations/new", CollaborationForm("COL-NEW", partner, manners: []));
        var ceasedWithoutEnd = await EditCollaborationAsync(editor, id, 1, CollaborationForm("COL-BAD", partner, "Ceased"));
        var figures = await PostAsync(editor, "/collaborations/new",
            CollaborationForm("COL-FIG", partner).With("Input.AlertsActedOn", "11").With("Input.FalsePositives", "5").With("Input.Cost", "-3"));
        var duplicate = await PostAsync(editor, "/collaborations/new", CollaborationForm("COL-BAD", partner));

        Assert.Contains("<a href=\"#Input_Manner\">Select at least one way the force and the organisation worked together</a>", await TextAsync(noManner), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_EndedOn\">Enter when the collaboration ended: it has ceased</a>", await TextAsync(ceasedWithoutEnd), StringComparison.Ordinal);
        var figuresHtml = await TextAsync(figures);
        Assert.Contains("The cost cannot be negative", figuresHtml, StringComparison.Ordinal);
        var valid = await PostAsync(editor, "/collaborations/new",
            CollaborationForm("COL-FIG2", partner).With("Input.AlertsActedOn", "11").With("Input.FalsePositives", "5"));
        var validHtml = await TextAsync(valid);
        Assert.Contains("Alerts acted on (11) cannot be more than the alerts (10)", validHtml, StringComparison.Ordinal);
        Assert.Contains("True and false positives add up to 11, more than the alerts (10)", validHtml, StringComparison.Ordinal);
        Assert.Contains("Another collaboration already has this reference", await TextAsync(duplicate), StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryAsync(db => db.Collaborations.CountAsync()));
        var unchanged = await _app.QueryAsync(db => db.Collaborations.SingleAsync(c => c.Id == id));
        Assert.Equal((CollaborationStatus.Active, 1), (unchanged.Status, unchanged.Version));
    }

    [Fact]
    public async Task A_viewer_can_read_but_is_refused_every_change()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var partner = await PartnerAsync(editor, "Viewer Partner");
        var id = await CreateCollaborationAsync(editor, CollaborationForm("COL-VIEW", partner));

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri($"/collaborations/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(viewer, "/collaborations/new", CollaborationForm("COL-SNEAK", partner))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await EditCollaborationAsync(viewer, id, 1, CollaborationForm("COL-SNEAK", partner))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(viewer, $"/collaborations/{id}/sharings/new", SharingForm())).StatusCode);
        Assert.Equal("COL-VIEW", await _app.QueryAsync(db => db.Collaborations.Where(c => c.Id == id).Select(c => c.Reference).SingleAsync()));
        Assert.False(await _app.QueryAsync(db => db.ImageSharings.AnyAsync(s => s.CollaborationId == id)));
    }

    [Fact]
    public async Task A_do_not_confirm_or_deny_collaboration_is_invisible_to_an_uncleared_user_and_shown_tagged_to_a_cleared_one()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        var partner = await PartnerAsync(cleared, "Covert Partner");
        var id = await CreateCollaborationAsync(cleared, CollaborationForm("COL-NCND", partner).With("Input.DoNotConfirmOrDeny", "true"));

        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/collaborations/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/collaborations/{id}/sharings/new", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("COL-NCND", await PageAsync(uncleared, "/collaborations?showRetired=true"), StringComparison.Ordinal);
        Assert.Contains("COL-NCND", await PageAsync(cleared, "/collaborations"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"ncnd-tag\"", await PageAsync(cleared, $"/collaborations/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_searched_by_organisation_and_filtered_by_status_and_any_selected_manner()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var museum = await CreateAsync(editor, "Quagga Museum", "Museum");
        var partner = await PartnerAsync(editor, "List Partner");
        await CreateCollaborationAsync(editor, CollaborationForm("COL-MUS", museum, "Proposed", ["Advice"]).With("Input.Title", "Museum advice"));
        await CreateCollaborationAsync(editor, CollaborationForm("COL-JOINT", partner, "Proposed", ["JointOperation", "Funding"]).With("Input.Title", "Joint work"));

        var byOrganisation = await PageAsync(editor, "/collaborations?q=quagga");
        var byManner = await PageAsync(editor, "/collaborations?manner=Funding&manner=TechnologyProvision");
        var byStatus = await PageAsync(editor, "/collaborations?status=Proposed&manner=Advice");

        Assert.Contains("COL-MUS", byOrganisation, StringComparison.Ordinal);
        Assert.DoesNotContain("COL-JOINT", byOrganisation, StringComparison.Ordinal);
        Assert.Contains("COL-JOINT", byManner, StringComparison.Ordinal);
        Assert.DoesNotContain("COL-MUS", byManner, StringComparison.Ordinal);
        Assert.Contains("COL-MUS", byStatus, StringComparison.Ordinal);
        Assert.DoesNotContain("COL-JOINT", byStatus, StringComparison.Ordinal);
    }
}
