using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;
using static LfrGovernance.Tests.Integration.Systems.SystemRequests;

namespace LfrGovernance.Tests.Integration.Systems;

public sealed class EvaluationPageTests : IClassFixture<ClockedAppFactory>
{
    private readonly ClockedAppFactory _app;

    public EvaluationPageTests(ClockedAppFactory app) => _app = app;

    private async Task<Guid> EvaluationIdAsync(Guid systemId, double threshold) =>
        await _app.QueryAsync(db => db.AccuracyEvaluations.Where(e => e.SystemId == systemId && e.Threshold == threshold).Select(e => e.Id).SingleAsync());

    [Fact]
    public async Task The_npl_evaluations_give_the_lowest_threshold_without_imbalance_and_warn_of_a_default_below_it()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateSystemAsync(editor, SystemForm("NeoFace vans", threshold: "0.55"));

        var clean = await AddEvaluationAsync(editor, id, Evaluation("0.6", false));
        var biased = await AddEvaluationAsync(editor, id, Evaluation("0.58", true, "Statistically significant imbalance by ethnicity"));

        Assert.Equal(HttpStatusCode.Redirect, clean.StatusCode);
        Assert.Equal($"/systems/{id}#evaluations", clean.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, biased.StatusCode);
        var html = await PageAsync(editor, $"/systems/{id}");
        Assert.Contains("data-testid=\"lowest-threshold\">\n            0.6", html.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"threshold-warning\"", html, StringComparison.Ordinal);
        Assert.Contains("89%", html, StringComparison.Ordinal);
        Assert.Contains("0.017%", html, StringComparison.Ordinal);
        Assert.Contains("10,000", html, StringComparison.Ordinal);
        Assert.Contains("Statistically significant imbalance by ethnicity", html, StringComparison.Ordinal);
        Assert.Contains("5 April 2023", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_warning_is_shown_when_the_default_threshold_is_at_or_above_the_lowest_without_imbalance()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateSystemAsync(editor, SystemForm("Careful vans", threshold: "0.6"));
        await AddEvaluationAsync(editor, id, Evaluation("0.6", false));

        Assert.DoesNotContain("data-testid=\"threshold-warning\"", await PageAsync(editor, $"/systems/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_evaluation_dated_in_the_future_or_with_an_imbalance_but_no_findings_is_refused_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateSystemAsync(editor, SystemForm("Strict vans"));
        var future = Evaluation("0.6", false);
        var tomorrow = DateOnly.FromDateTime(ClockedAppFactory.Start.UtcDateTime).AddDays(1);
        future["Input.EvaluatedOn.Day"] = tomorrow.Day.ToString(CultureInfo.InvariantCulture);
        future["Input.EvaluatedOn.Month"] = tomorrow.Month.ToString(CultureInfo.InvariantCulture);
        future["Input.EvaluatedOn.Year"] = tomorrow.Year.ToString(CultureInfo.InvariantCulture);
        var rates = Evaluation("1.2", false);
        rates["Input.FalsePositiveRate"] = "101";

        var futureResponse = await AddEvaluationAsync(editor, id, future);
        var noFindings = await AddEvaluationAsync(editor, id, Evaluation("0.58", true));
        var badRates = await AddEvaluationAsync(editor, id, rates);

        Assert.Contains("<a href=\"#Input_EvaluatedOn\">The date of the evaluation must be today or in the past</a>", await TextAsync(futureResponse), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_DemographicFindings\">Describe the demographic imbalance the evaluation found</a>", await TextAsync(noFindings), StringComparison.Ordinal);
        var ratesHtml = await TextAsync(badRates);
        Assert.Contains("The threshold must be between 0 and 1", ratesHtml, StringComparison.Ordinal);
        Assert.Contains("The false positive rate must be between 0 and 100", ratesHtml, StringComparison.Ordinal);
        Assert.False(await _app.QueryAsync(db => db.AccuracyEvaluations.AnyAsync(e => e.SystemId == id)));
    }

    [Fact]
    public async Task An_evaluation_is_changed_retired_and_reinstated_from_the_system_page_and_the_lowest_threshold_follows()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateSystemAsync(editor, SystemForm("Changing vans"));
        await AddEvaluationAsync(editor, id, Evaluation("0.58", true, "Imbalance"));
        await AddEvaluationAsync(editor, id, Evaluation("0.6", false));
        await AddEvaluationAsync(editor, id, Evaluation("0.64", false));
        var at060 = await EvaluationIdAsync(id, 0.6);

        var changeFields = Evaluation("0.62", false);
        changeFields["Input.Version"] = "1";
        var change = await AntiforgeryForm.PostAsync(editor, "/systems", $"/systems/evaluations/{at060}/edit", changeFields);
        var afterChange = await PageAsync(editor, $"/systems/{id}");
        var retire = await RetireAsync(editor, $"/systems/evaluations/{at060}", 2, "Superseded by the full report");
        var afterRetire = await PageAsync(editor, $"/systems/{id}");
        var reinstate = await ReinstateAsync(editor, $"/systems/evaluations/{at060}", 3);

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.Equal($"/systems/{id}#evaluations", retire.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, reinstate.StatusCode);
        Assert.Matches("data-testid=\"lowest-threshold\">\\s*0.62", afterChange);
        Assert.Matches("data-testid=\"lowest-threshold\">\\s*0.64", afterRetire);
        var evaluation = await _app.QueryAsync(db => db.AccuracyEvaluations.SingleAsync(e => e.Id == at060));
        Assert.Equal((0.62, false, 4), (evaluation.Threshold, evaluation.IsRetired, evaluation.Version));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri($"/systems/evaluations/{at060}/retire", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_change_based_on_an_older_version_of_an_evaluation_is_refused_with_who_changed_it()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateSystemAsync(editor, SystemForm("Contested vans"));
        await AddEvaluationAsync(editor, id, Evaluation("0.6", false));
        var evaluationId = await EvaluationIdAsync(id, 0.6);
        var first = Evaluation("0.6", false);
        first["Input.Evaluator"] = "NPL";
        first["Input.Version"] = "1";
        await AntiforgeryForm.PostAsync(editor, "/systems", $"/systems/evaluations/{evaluationId}/edit", first);

        var stale = Evaluation("0.6", false);
        stale["Input.Evaluator"] = "Someone else";
        stale["Input.Version"] = "1";
        var response = await AntiforgeryForm.PostAsync(editor, "/systems", $"/systems/evaluations/{evaluationId}/edit", stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your changes have not been saved", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal("NPL", await _app.QueryAsync(db => db.AccuracyEvaluations.Where(e => e.Id == evaluationId).Select(e => e.Evaluator).SingleAsync()));
    }

    [Fact]
    public async Task An_evaluation_of_a_hidden_system_is_hidden_too()
    {
        using var cleared = _app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);
        using var uncleared = _app.CreateClientFor(Roles.GovernanceEditor);
        var fields = SystemForm("Covert evaluation system");
        fields["Input.DoNotConfirmOrDeny"] = "true";
        var id = await CreateSystemAsync(cleared, fields);
        await AddEvaluationAsync(cleared, id, Evaluation("0.6", false));
        var evaluationId = await EvaluationIdAsync(id, 0.6);

        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/systems/evaluations/{evaluationId}/edit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uncleared.GetAsync(new Uri($"/systems/evaluations/{evaluationId}/retire", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AddEvaluationAsync(uncleared, id, Evaluation("0.64", false))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cleared.GetAsync(new Uri($"/systems/evaluations/{evaluationId}/edit", UriKind.Relative))).StatusCode);
    }
}
