using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Organisations;

/// <summary>Records flagged "do not confirm or deny" exist only for users cleared for them (the rule is the same for
/// every record type: a query filter on the context; organisations stand for all of them here).</summary>
public sealed class DoNotConfirmOrDenyTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public DoNotConfirmOrDenyTests(ClockedAppFactory app) => _app = app;

    private static async Task<Guid> CreateFlaggedAsync(HttpClient client, string name)
    {
        var fields = Fields(name);
        fields["Input.DoNotConfirmOrDeny"] = "true";
        var response = await AntiforgeryForm.PostAsync(client, "/organisations/new", "/organisations/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    [Fact]
    public async Task A_flagged_record_is_absent_and_answers_404_for_users_not_cleared_and_is_tagged_for_those_who_are()
    {
        using var clearedEditor = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor, Roles.Auditor);
        using var clearedViewer = _app.CreateClientFor(Roles.Viewer, Roles.NcndCleared);
        var id = await CreateFlaggedAsync(clearedEditor, "Covert Partner NCND");

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(new Uri($"/organisations/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(new Uri($"/organisations/{id}/edit", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Covert Partner NCND", await PageAsync(viewer, "/organisations?q=covert&showRetired=true"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(new Uri($"/organisations/{id}/retire", UriKind.Relative))).StatusCode);
        var page = await PageAsync(clearedViewer, $"/organisations/{id}");
        Assert.Contains("data-testid=\"ncnd-tag\"", page, StringComparison.Ordinal);
        Assert.Contains("Covert Partner NCND", await PageAsync(clearedViewer, "/organisations?q=covert"), StringComparison.Ordinal);
        Assert.True(await _app.QueryAsync(db => db.Organisations.AnyAsync(o => o.Id == id && o.DoNotConfirmOrDeny)));
    }

    [Fact]
    public async Task Only_cleared_users_see_the_flag_on_the_form_and_an_uncleared_users_post_cannot_set_it()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var clearedEditor = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);

        Assert.DoesNotContain("Input.DoNotConfirmOrDeny", await PageAsync(editor, "/organisations/new"), StringComparison.Ordinal);
        Assert.Contains("Input.DoNotConfirmOrDeny", await PageAsync(clearedEditor, "/organisations/new"), StringComparison.Ordinal);
        var id = await CreateFlaggedAsync(editor, "Ordinary Partner Posted A Flag");

        Assert.False(await _app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.DoNotConfirmOrDeny).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri($"/organisations/{id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_flagged_record_is_left_out_of_the_register_as_at_a_past_date_for_users_not_cleared()
    {
        using var clearedEditor = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        var id = await CreateFlaggedAsync(clearedEditor, "Past Covert Partner");
        var after = _app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LfrGovernance.Core.Persistence.GovernanceDbContext>();
        db.ShowsDoNotConfirmOrDenyRecords = false;
        Assert.DoesNotContain(await LfrGovernance.Core.History.RegisterAsOf.AllAsync<LfrGovernance.Core.Organisations.Organisation>(db, after), o => o.Id == id);
        Assert.Null(await LfrGovernance.Core.History.RegisterAsOf.RecordAsync<LfrGovernance.Core.Organisations.Organisation>(db, id, after));
        db.ShowsDoNotConfirmOrDenyRecords = true;
        Assert.Contains(await LfrGovernance.Core.History.RegisterAsOf.AllAsync<LfrGovernance.Core.Organisations.Organisation>(db, after), o => o.Id == id);
    }
}
