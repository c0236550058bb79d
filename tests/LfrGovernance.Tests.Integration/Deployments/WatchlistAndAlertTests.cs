using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Deployments.DeploymentRequests;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Deployments;

public sealed class WatchlistAndAlertTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public WatchlistAndAlertTests(ClockedAppFactory app) => _app = app;

    private async Task<(HttpClient Editor, Guid Id)> DeploymentAsync(string watchlistSize = "")
    {
        var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var fields = Fields($"W-{Guid.NewGuid():N}"[..20], await AddSystemAsync(_app));
        fields["Input.WatchlistSize"] = watchlistSize;
        return (editor, await CreateAsync(editor, fields));
    }

    [Fact]
    public async Task Categories_that_add_up_to_the_watchlist_size_are_saved_and_shown_in_the_table()
    {
        var (editor, id) = await DeploymentAsync();
        using var _ = editor;
        Assert.Equal(HttpStatusCode.Redirect, (await AddCategoryAsync(editor, id, Category("WantedByPoliceOrCourts", "9,000"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddCategoryAsync(editor, id, Category("MissingOrVulnerable", "756"))).StatusCode);
        var fields = Fields(await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.Reference).SingleAsync()), await _app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.SystemId).SingleAsync()));
        fields["Input.WatchlistSize"] = "9,756";
        Assert.Equal(HttpStatusCode.Redirect, (await EditDeploymentAsync(editor, id, 1, fields)).StatusCode);

        var page = await PageAsync(editor, $"/deployments/{id}");
        Assert.Contains("Wanted by the police or the courts", page, StringComparison.Ordinal);
        Assert.Contains("Custody images (PND)", page, StringComparison.Ordinal);
        Assert.Contains("9,756", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_category_that_breaks_the_watchlist_size_is_refused_and_not_saved()
    {
        var (editor, id) = await DeploymentAsync("100");
        using var _ = editor;

        var response = await AddCategoryAsync(editor, id, Category("Suspects", "60"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The watchlist size (100) must equal the sum of its categories (60)", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await _app.QueryAsync(db => db.WatchlistCategories.CountAsync(c => c.DeploymentId == id)));
    }

    [Fact]
    public async Task An_other_category_needs_a_justification()
    {
        var (editor, id) = await DeploymentAsync();
        using var _ = editor;

        var response = await AddCategoryAsync(editor, id, Category("Other", "3"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#Input_Justification\">Enter why people in this other category are on the watchlist</a>", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await AddCategoryAsync(editor, id, Category("Other", "3", "Named in a court order"))).StatusCode);
    }

    [Fact]
    public async Task A_category_is_changed_and_retired_only_while_the_size_rule_holds()
    {
        var (editor, id) = await DeploymentAsync();
        using var _ = editor;
        Assert.Equal(HttpStatusCode.Redirect, (await AddCategoryAsync(editor, id, Category("Suspects", "40"))).StatusCode);
        var categoryId = await _app.QueryAsync(db => db.WatchlistCategories.Where(c => c.DeploymentId == id).Select(c => c.Id).SingleAsync());
        var change = Category("Suspects", "50");
        change["Input.Version"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await AntiforgeryForm.PostAsync(editor, "/deployments", $"/deployments/{id}/watchlist/{categoryId}", change)).StatusCode);
        Assert.Equal(50, await _app.QueryAsync(db => db.WatchlistCategories.Where(c => c.Id == categoryId).Select(c => c.Size).SingleAsync()));

        var retire = await AntiforgeryForm.PostAsync(editor, "/deployments", $"/deployments/{id}/watchlist/{categoryId}/retire",
            new Dictionary<string, string> { ["Input.Reason"] = "Entered in error", ["Input.Version"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.NotNull(await _app.QueryAsync(db => db.WatchlistCategories.Where(c => c.Id == categoryId).Select(c => c.RetiredAt).SingleAsync()));
    }

    [Fact]
    public async Task An_alert_within_the_deployment_is_recorded_and_one_outside_it_is_refused()
    {
        var (editor, id) = await DeploymentAsync();
        using var _ = editor;

        Assert.Equal(HttpStatusCode.Redirect, (await AddAlertAsync(editor, id, Alert("14", "11:30"))).StatusCode);
        var outside = await AddAlertAsync(editor, id, Alert("15", "11:30"));

        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        Assert.Contains("The alert cannot be after the deployment's actual end", await TextAsync(outside), StringComparison.Ordinal);
        Assert.Equal(1, await _app.QueryAsync(db => db.Alerts.CountAsync(a => a.DeploymentId == id)));
        Assert.Contains("True alert", await PageAsync(editor, $"/deployments/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alert_rows_cannot_outnumber_the_total_alerts_and_a_row_can_be_changed_and_retired()
    {
        var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var _ = editor;
        var fields = Fields($"A-{Guid.NewGuid():N}"[..20], await AddSystemAsync(_app));
        fields["Input.TotalAlerts"] = "1";
        fields["Input.TrueAlertsConfirmed"] = "1";
        fields["Input.FalseAlertsConfirmed"] = "0";
        fields["Input.Engagements"] = "1";
        fields["Input.Arrests"] = "1";
        var id = await CreateAsync(editor, fields);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAlertAsync(editor, id, Alert("14", "11:30"))).StatusCode);

        var second = await AddAlertAsync(editor, id, Alert("14", "12:30"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("are not more than the total", await TextAsync(second), StringComparison.Ordinal);

        var alertId = await _app.QueryAsync(db => db.Alerts.Where(a => a.DeploymentId == id).Select(a => a.Id).SingleAsync());
        var change = Alert("14", "12:00", "FalseAlert", "NoAction");
        change["Input.Version"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await AntiforgeryForm.PostAsync(editor, "/deployments", $"/deployments/{id}/alerts/{alertId}", change)).StatusCode);
        var retire = await AntiforgeryForm.PostAsync(editor, "/deployments", $"/deployments/{id}/alerts/{alertId}/retire",
            new Dictionary<string, string> { ["Input.Reason"] = "Test alert", ["Input.Version"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.NotNull(await _app.QueryAsync(db => db.Alerts.Where(a => a.Id == alertId).Select(a => a.RetiredAt).SingleAsync()));
    }
}
