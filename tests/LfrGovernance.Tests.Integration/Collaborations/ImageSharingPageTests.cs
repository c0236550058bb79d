using System.Net;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Collaborations.CollaborationRequests;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Collaborations;

public sealed class ImageSharingPageTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public ImageSharingPageTests(ClockedAppFactory app) => _app = app;

    private static async Task<Guid> CollaborationAsync(HttpClient client, string reference, string[]? manners = null, string ended = "")
    {
        var partner = await CreateAsync(client, $"Partner of {reference}", "Retailer");
        return await CreateCollaborationAsync(client, CollaborationForm(reference, partner, ended.Length == 0 ? "Active" : "Ceased", manners, ended));
    }

    [Fact]
    public async Task Sharings_are_listed_with_their_total_and_changed_retired_and_reinstated_from_the_collaboration_page()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CollaborationAsync(editor, "SHR-1");

        var first = await PostAsync(editor, $"/collaborations/{id}/sharings/new", SharingForm(count: "7"));
        await PostAsync(editor, $"/collaborations/{id}/sharings/new", SharingForm(day: "20", count: "3"));
        var page = await PageAsync(editor, $"/collaborations/{id}");
        var sharingId = await _app.QueryAsync(db => db.ImageSharings.Where(s => s.CollaborationId == id && s.ImageCount == 3).Select(s => s.Id).SingleAsync());
        var change = await PostAsync(editor, $"/collaborations/sharings/{sharingId}/edit", SharingForm(day: "20", count: "5").Append(new("Input.Version", "1")));
        var afterChange = await PageAsync(editor, $"/collaborations/{id}");
        var retire = await VersionedAsync(editor, $"/collaborations/sharings/{sharingId}/retire", 2, "Duplicate entry");
        var afterRetire = await PageAsync(editor, $"/collaborations/{id}");
        var reinstate = await VersionedAsync(editor, $"/collaborations/sharings/{sharingId}/reinstate", 3);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"/collaborations/{id}#sharings", first.Headers.Location?.ToString());
        Assert.Contains("Total images shared: <strong>10</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Custody images", page, StringComparison.Ordinal);
        Assert.Contains("From the force to the organisation", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Contains("Total images shared: <strong>12</strong>", afterChange, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.Contains("Total images shared: <strong>7</strong>", afterRetire, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reinstate.StatusCode);
        Assert.False(await _app.QueryAsync(db => db.ImageSharings.Where(s => s.Id == sharingId).Select(s => s.RetiredAt != null).SingleAsync()));
    }

    [Fact]
    public async Task A_sharing_without_images_dataset_purposes_or_legal_basis_or_outside_the_period_is_refused_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CollaborationAsync(editor, "SHR-2", ended: "2018");
        var empty = SharingForm(count: "0");
        empty["Input.SourceDataset"] = "";
        empty["Input.Purposes"] = "";
        empty["Input.LegalBasis"] = "";

        var missing = await TextAsync(await PostAsync(editor, $"/collaborations/{id}/sharings/new", empty));
        var before = await TextAsync(await PostAsync(editor, $"/collaborations/{id}/sharings/new", SharingForm(day: "30", month: "4")));
        var after = await TextAsync(await PostAsync(editor, $"/collaborations/{id}/sharings/new", SharingForm(day: "1", month: "10")));

        Assert.Contains("The number of images must be 1 or more", missing, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_SourceDataset\">Enter the dataset the images came from</a>", missing, StringComparison.Ordinal);
        Assert.Contains("Enter what the images were shared for", missing, StringComparison.Ordinal);
        Assert.Contains("Enter the legal basis for sharing the images", missing, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_SharedOn\">The date shared cannot be before the collaboration started (1 May 2018)</a>", before, StringComparison.Ordinal);
        Assert.Contains("The date shared cannot be after the collaboration ended (30 September 2018)", after, StringComparison.Ordinal);
        Assert.False(await _app.QueryAsync(db => db.ImageSharings.AnyAsync(s => s.CollaborationId == id)));
    }

    [Fact]
    public async Task Sharings_recorded_without_the_image_sharing_manner_are_warned_about()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var adviceOnly = await CollaborationAsync(editor, "SHR-3", ["Advice"]);
        var sharing = await CollaborationAsync(editor, "SHR-4", ["ImageSharing"]);

        await PostAsync(editor, $"/collaborations/{adviceOnly}/sharings/new", SharingForm());
        await PostAsync(editor, $"/collaborations/{sharing}/sharings/new", SharingForm());

        Assert.Contains("data-testid=\"manner-warning\"", await PageAsync(editor, $"/collaborations/{adviceOnly}"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"manner-warning\"", await PageAsync(editor, $"/collaborations/{sharing}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sharing_in_a_hidden_collaboration_is_hidden_too()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        var partner = await CreateAsync(cleared, "Hidden Partner", "Retailer");
        var id = await CreateCollaborationAsync(cleared, CollaborationForm("SHR-NCND", partner).With("Input.DoNotConfirmOrDeny", "true"));
        await PostAsync(cleared, $"/collaborations/{id}/sharings/new", SharingForm());
        var sharingId = await _app.QueryAsync(db => db.ImageSharings.IgnoreQueryFilters().Where(s => s.CollaborationId == id).Select(s => s.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/collaborations/sharings/{sharingId}/edit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/collaborations/sharings/{sharingId}/retire", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cleared.GetAsync(new Uri($"/collaborations/sharings/{sharingId}/edit", UriKind.Relative))).StatusCode);
    }
}
