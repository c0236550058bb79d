using System.Net;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;
using static LfrGovernance.Tests.Integration.Systems.SystemRequests;

namespace LfrGovernance.Tests.Integration.Systems;

public sealed class SystemPageTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public SystemPageTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task A_created_system_shows_every_field_in_domain_words_with_its_supplier_linked_and_costs_as_money()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var supplier = await OrganisationRequests.CreateAsync(editor, "NEC Software Solutions", "Vendor");

        var id = await CreateSystemAsync(editor, SystemForm("LFR vans", supplier));

        var html = await PageAsync(editor, $"/systems/{id}");
        Assert.Contains($"<a class=\"govuk-link\" href=\"/organisations/{supplier}\">NEC Software Solutions</a>", html, StringComparison.Ordinal);
        Assert.Contains("Live (LFR)", html, StringComparison.Ordinal);
        Assert.Contains("In service", html, StringComparison.Ordinal);
        Assert.Contains("£250,000", html, StringComparison.Ordinal);
        Assert.Contains("£45,000.50", html, StringComparison.Ordinal);
        Assert.Contains("1 April 2023", html, StringComparison.Ordinal);
        Assert.Contains("31 March 2026", html, StringComparison.Ordinal);
        var saved = await _app.QueryAsync(db => db.Systems.SingleAsync(s => s.Id == id));
        Assert.Equal(25_000_000, saved.CapitalCostPence);
        Assert.Equal(4_500_050, saved.AnnualCostPence);
        Assert.Equal(0.6, saved.DefaultThreshold);
    }

    [Fact]
    public async Task An_edit_is_saved_and_retire_and_reinstate_go_through_the_shared_pages()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateSystemAsync(editor, SystemForm("Retrospective search"));
        var fields = SystemForm("Retrospective search", threshold: "0.64", kind: "Retrospective", status: "Trial");

        var edit = await EditSystemAsync(editor, id, 1, fields);
        var retire = await RetireAsync(editor, $"/systems/{id}", 2, "Contract ended");
        var retired = await _app.QueryAsync(db => db.Systems.SingleAsync(s => s.Id == id));
        var reinstate = await ReinstateAsync(editor, $"/systems/{id}", 3);

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reinstate.StatusCode);
        Assert.Equal("Contract ended", retired.RetirementReason);
        var system = await _app.QueryAsync(db => db.Systems.SingleAsync(s => s.Id == id));
        Assert.Equal((FacialRecognitionKind.Retrospective, SystemStatus.Trial, 0.64, false, 4),
            (system.Kind, system.Status, system.DefaultThreshold, system.IsRetired, system.Version));
        Assert.Contains("Contract ended", await PageAsync(editor, $"/systems/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_shown_beside_each_field_and_leaves_the_data_unchanged()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateSystemAsync(editor, SystemForm("Operator app", kind: "OperatorInitiated"));
        var before = await _app.QueryAsync(db => db.Systems.CountAsync());
        var bad = SystemForm("Operator app", threshold: "1.5");
        bad["Input.ContractEnd.Year"] = "2022";
        bad["Input.CapitalCost"] = "lots";
        bad["Input.SupplierId"] = Guid.NewGuid().ToString();

        var create = await AntiforgeryForm.PostAsync(editor, "/systems/new", "/systems/new", bad);
        var edit = await EditSystemAsync(editor, id, 1, SystemForm("Operator app renamed", threshold: "-1"));
        var backwards = SystemForm("Backwards contract");
        backwards["Input.ContractEnd.Year"] = "2022";
        var contract = await AntiforgeryForm.PostAsync(editor, "/systems/new", "/systems/new", backwards);

        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        var html = await TextAsync(create);
        Assert.Contains("<a href=\"#Input_DefaultThreshold\">The default threshold must be between 0 and 1</a>", html, StringComparison.Ordinal);
        Assert.Contains("The capital cost must be an amount in pounds", html, StringComparison.Ordinal);
        Assert.Contains("Select a supplier from the list", html, StringComparison.Ordinal);
        Assert.Contains("value=\"lots\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_ContractEnd\">The contract end must be the same as or after the contract start</a>",
            await TextAsync(contract), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(before, await _app.QueryAsync(db => db.Systems.CountAsync()));
        var unchanged = await _app.QueryAsync(db => db.Systems.SingleAsync(s => s.Id == id));
        Assert.Equal(("Operator app", 1), (unchanged.Name, unchanged.Version));
    }

    [Fact]
    public async Task A_viewer_can_read_but_is_refused_every_change()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        var id = await CreateSystemAsync(editor, SystemForm("Viewer check"));

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri("/systems", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri($"/systems/{id}", UriKind.Relative))).StatusCode);
        var create = await AntiforgeryForm.PostAsync(viewer, "/systems", "/systems/new", SystemForm("Sneaky"));
        var edit = await EditSystemAsync(viewer, id, 1, SystemForm("Sneaky"));
        var evaluation = await AddEvaluationAsync(viewer, id, Evaluation("0.6", false));

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, evaluation.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri($"/systems/{id}/evaluations/new", UriKind.Relative))).StatusCode);
        Assert.Equal("Viewer check", await _app.QueryAsync(db => db.Systems.Where(s => s.Id == id).Select(s => s.Name).SingleAsync()));
        Assert.False(await _app.QueryAsync(db => db.AccuracyEvaluations.AnyAsync(e => e.SystemId == id)));
    }

    [Fact]
    public async Task A_do_not_confirm_or_deny_system_is_invisible_to_an_uncleared_user_and_shown_tagged_to_a_cleared_one()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        var fields = SystemForm("Covert trial system");
        fields["Input.DoNotConfirmOrDeny"] = "true";

        var id = await CreateSystemAsync(cleared, fields);

        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/systems/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/systems/{id}/edit", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Covert trial system", await PageAsync(uncleared, "/systems?showRetired=true"), StringComparison.Ordinal);
        Assert.Contains("Covert trial system", await PageAsync(cleared, "/systems"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"ncnd-tag\"", await PageAsync(cleared, $"/systems/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uncleared_users_save_never_sets_the_do_not_confirm_or_deny_flag()
    {
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        var fields = SystemForm("Open system");
        fields["Input.DoNotConfirmOrDeny"] = "true";

        var id = await CreateSystemAsync(uncleared, fields);
        var edit = await EditSystemAsync(uncleared, id, 1, fields);

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.False(await _app.QueryAsync(db => db.Systems.Where(s => s.Id == id).Select(s => s.DoNotConfirmOrDeny).SingleAsync()));
        Assert.DoesNotContain("Input.DoNotConfirmOrDeny", await PageAsync(uncleared, "/systems/new"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_searched_by_supplier_and_filtered_by_kind_and_status()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var supplier = await OrganisationRequests.CreateAsync(editor, "Zebra Biometrics Ltd", "Vendor");
        await CreateSystemAsync(editor, SystemForm("Striped search", supplier, kind: "Retrospective", status: "Proposed"));
        await CreateSystemAsync(editor, SystemForm("Plain van", kind: "Live", status: "Proposed"));

        var bySupplier = await PageAsync(editor, "/systems?q=zebra");
        var byKind = await PageAsync(editor, "/systems?kind=Retrospective&status=Proposed");
        var byStatus = await PageAsync(editor, "/systems?status=Decommissioned");

        Assert.Contains("Striped search", bySupplier, StringComparison.Ordinal);
        Assert.DoesNotContain("Plain van", bySupplier, StringComparison.Ordinal);
        Assert.Contains("Striped search", byKind, StringComparison.Ordinal);
        Assert.DoesNotContain("Plain van", byKind, StringComparison.Ordinal);
        Assert.Contains("No systems match the filter.", byStatus, StringComparison.Ordinal);
    }
}
