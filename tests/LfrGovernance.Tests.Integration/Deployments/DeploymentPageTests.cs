using System.Net;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Deployments.DeploymentRequests;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Deployments;

public sealed class DeploymentPageTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public DeploymentPageTests(ClockedAppFactory app) => _app = app;

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task An_editor_records_a_deployment_and_sees_both_false_alert_rates_on_its_page_and_in_the_list()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var systemId = await AddSystemAsync(_app);
        var reference = Unique("LFR");

        var id = await CreateAsync(editor, Fields(reference, systemId));

        var page = await PageAsync(editor, $"/deployments/{id}");
        Assert.Contains("1 in 12,120", page, StringComparison.Ordinal);
        Assert.Contains("9.1%", page, StringComparison.Ordinal);
        Assert.Contains("1 (1 confirmed, Not recorded unconfirmed)", page, StringComparison.Ordinal);
        Assert.Contains("LFR vans", page, StringComparison.Ordinal);
        Assert.Contains("Created (version 1)", page, StringComparison.Ordinal);
        var list = await PageAsync(editor, $"/deployments?q={reference}");
        Assert.Contains(reference, list, StringComparison.Ordinal);
        Assert.Contains("1 in 12,120", list, StringComparison.Ordinal);
        Assert.Contains("9.1%", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_is_saved_and_a_retired_deployment_leaves_the_list()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var systemId = await AddSystemAsync(_app);
        var reference = Unique("EDIT");
        var id = await CreateAsync(editor, Fields(reference, systemId));

        var fields = Fields(reference, systemId);
        fields["Input.LocationName"] = "Leicester Square";
        Assert.Equal(HttpStatusCode.Redirect, (await EditDeploymentAsync(editor, id, 1, fields)).StatusCode);
        Assert.Equal("Leicester Square", await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.LocationName).SingleAsync()));

        var retire = await AntiforgeryForm.PostAsync(editor, "/deployments", $"/deployments/{id}/retire",
            new Dictionary<string, string> { ["Input.Reason"] = "Recorded twice", ["Input.Version"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.DoesNotContain($"data-testid=\"deployment-{reference}\"", await PageAsync(editor, $"/deployments?q={reference}"), StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"deployment-{reference}\"", await PageAsync(editor, $"/deployments?q={reference}&showRetired=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_that_do_not_add_up_are_refused_beside_the_field_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var systemId = await AddSystemAsync(_app);
        var before = await _app.QueryAsync(db => db.Deployments.CountAsync());
        var fields = Fields(Unique("BAD"), systemId);
        fields["Input.FalseAlertsUnconfirmed"] = "3";
        fields["Input.ActualEnd.Time"] = "09:00";
        fields["Input.Arrests"] = "-1";

        var response = await AntiforgeryForm.PostAsync(editor, "/deployments/new", "/deployments/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await TextAsync(response);
        Assert.Contains("<a href=\"#Input_TotalAlerts\">True and false alerts (confirmed and unconfirmed) add up to 14", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_ActualEnd\">The actual end must be after the actual start</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Arrests\">Arrests cannot be negative</a>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_TotalAlerts-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"-1\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryAsync(db => db.Deployments.CountAsync()));
    }

    [Fact]
    public async Task A_reference_is_unique_in_the_force()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var systemId = await AddSystemAsync(_app);
        var reference = Unique("DUP");
        await CreateAsync(editor, Fields(reference, systemId));

        var response = await AntiforgeryForm.PostAsync(editor, "/deployments/new", "/deployments/new", Fields(reference, systemId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Another deployment already has this reference", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(1, await _app.QueryAsync(db => db.Deployments.CountAsync(d => d.Reference == reference)));
    }

    [Fact]
    public async Task A_viewer_reads_but_is_refused_every_change()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var systemId = await AddSystemAsync(_app);
        var id = await CreateAsync(editor, Fields(Unique("VIEW"), systemId));

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri("/deployments", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri($"/deployments/{id}", UriKind.Relative))).StatusCode);
        foreach (var path in new[] { "/deployments/new", $"/deployments/{id}/edit", $"/deployments/{id}/retire", $"/deployments/{id}/watchlist/new", $"/deployments/{id}/alerts/new" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await AntiforgeryForm.PostAsync(viewer, "/deployments", "/deployments/new", Fields("SNEAKY", systemId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await EditDeploymentAsync(viewer, id, 1, Fields("SNEAKY", systemId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AddCategoryAsync(viewer, id, Category("Suspects", "5"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AddAlertAsync(viewer, id, Alert("14", "11:00"))).StatusCode);
        Assert.Equal(0, await _app.QueryAsync(db => db.WatchlistCategories.CountAsync(c => c.DeploymentId == id)));
        Assert.DoesNotContain("href=\"/deployments/new\"", await PageAsync(viewer, "/deployments"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_do_not_confirm_or_deny_deployment_is_invisible_to_an_uncleared_user_and_tagged_for_a_cleared_one()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        var systemId = await AddSystemAsync(_app);
        var reference = Unique("NCND");
        var fields = Fields(reference, systemId);
        fields["Input.DoNotConfirmOrDeny"] = "true";
        var id = await CreateAsync(cleared, fields);

        Assert.True(await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.DoNotConfirmOrDeny).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/deployments/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/deployments/{id}/edit", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(reference, await PageAsync(uncleared, "/deployments"), StringComparison.Ordinal);
        Assert.Contains("Do not confirm or deny", await PageAsync(cleared, $"/deployments/{id}"), StringComparison.Ordinal);
        Assert.Contains(reference, await PageAsync(cleared, "/deployments"), StringComparison.Ordinal);
        Assert.DoesNotContain("Input.DoNotConfirmOrDeny", await PageAsync(uncleared, "/deployments/new"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uncleared_editor_cannot_set_the_do_not_confirm_or_deny_flag()
    {
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        var systemId = await AddSystemAsync(_app);
        var fields = Fields(Unique("FLAG"), systemId);
        fields["Input.DoNotConfirmOrDeny"] = "true";

        var id = await CreateAsync(uncleared, fields);

        Assert.False(await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.DoNotConfirmOrDeny).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_who_changed_what()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var systemId = await AddSystemAsync(_app);
        var reference = Unique("RACE");
        var id = await CreateAsync(editor, Fields(reference, systemId));
        var first = Fields(reference, systemId);
        first["Input.LocationName"] = "First place";
        Assert.Equal(HttpStatusCode.Redirect, (await EditDeploymentAsync(editor, id, 1, first)).StatusCode);

        var second = Fields(reference, systemId);
        second["Input.LocationName"] = "Second place";
        var response = await EditDeploymentAsync(editor, id, 1, second);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("saved changes to this deployment", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal("First place", await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.LocationName).SingleAsync()));
    }

    [Fact]
    public async Task The_list_filters_by_kind_status_system_and_start_and_sorts_by_the_false_alert_rate()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var systemId = await AddSystemAsync(_app, "Filter system");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var low = Fields($"A{tag}", systemId);
        low["Input.FacesSeen"] = "100,000";
        await CreateAsync(editor, low);
        // The form makes drafts; a reviewed deployment of the past is entered as it stands, as importers do.
        await _app.QueryAsync(async db =>
        {
            var high = new Deployment
            {
                Reference = $"B{tag}", SystemId = systemId, Kind = FacialRecognitionKind.Live, Objective = PolicingObjective.WantedOffenders,
                Purpose = "Locate people wanted for serious offences", LocationName = "Oxford Circus",
                ActualStart = new DateTime(2023, 7, 14, 9, 0, 0, DateTimeKind.Utc), ActualEnd = new DateTime(2023, 7, 14, 15, 0, 0, DateTimeKind.Utc),
                FacesSeen = 1_000, TotalAlerts = 11, TrueAlertsConfirmed = 10, FalseAlertsConfirmed = 1, Engagements = 7, Arrests = 4,
            };
            high.RecordHistoric(DeploymentStatus.Reviewed);
            db.Deployments.Add(high);
            return await db.SaveChangesAsync();
        });

        var byRate = await PageAsync(editor, $"/deployments?q={tag}&sort=rate-faces&dir=desc");
        Assert.True(byRate.IndexOf($"B{tag}", StringComparison.Ordinal) < byRate.IndexOf($"A{tag}", StringComparison.Ordinal));
        var byRateAscending = await PageAsync(editor, $"/deployments?q={tag}&sort=rate-faces");
        Assert.True(byRateAscending.IndexOf($"A{tag}", StringComparison.Ordinal) < byRateAscending.IndexOf($"B{tag}", StringComparison.Ordinal));
        var byPercent = await PageAsync(editor, $"/deployments?q={tag}&sort=rate-alerts");
        Assert.Contains($"A{tag}", byPercent, StringComparison.Ordinal);

        var reviewed = await PageAsync(editor, $"/deployments?q={tag}&status=Reviewed");
        Assert.Contains($"B{tag}", reviewed, StringComparison.Ordinal);
        Assert.DoesNotContain($"A{tag}", reviewed, StringComparison.Ordinal);
        var in2022 = await PageAsync(editor, $"/deployments?q={tag}&from.Day=1&from.Month=1&from.Year=2022&to.Day=31&to.Month=12&to.Year=2022");
        Assert.Contains($"A{tag}", in2022, StringComparison.Ordinal);
        Assert.DoesNotContain($"B{tag}", in2022, StringComparison.Ordinal);
        Assert.Contains($"A{tag}", await PageAsync(editor, $"/deployments?q={tag}&system={systemId}&kind=Live"), StringComparison.Ordinal);
        Assert.DoesNotContain($"A{tag}", await PageAsync(editor, $"/deployments?q={tag}&kind=Retrospective"), StringComparison.Ordinal);
        Assert.DoesNotContain($"A{tag}", await PageAsync(editor, $"/deployments?q={tag}&system={Guid.NewGuid()}"), StringComparison.Ordinal);
    }
}
