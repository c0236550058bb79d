using System.Net;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LfrGovernance.Tests.Integration.Assessments.AssessmentRequests;

namespace LfrGovernance.Tests.Integration.Assessments;

/// <summary>Risks, measures and what an assessment covers, added, changed and removed from its page; new versions.</summary>
public sealed class AssessmentPartTests : IClassFixture<ClockedAppFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(ClockedAppFactory.Start.UtcDateTime);
    private readonly ClockedAppFactory _app;

    public AssessmentPartTests(ClockedAppFactory app) => _app = app;

    private static Dictionary<string, string> Risk(string description, string likelihood = "Possible", string severity = "Severe", string overall = "High") => new()
    {
        ["Input.Description"] = description, ["Input.Likelihood"] = likelihood, ["Input.Severity"] = severity, ["Input.Overall"] = overall,
    };

    private async Task<Guid> SystemAsync(string name)
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LfrGovernance.Core.Persistence.GovernanceDbContext>();
        var system = new FacialRecognitionSystem { Name = name, Product = "NeoFace", Kind = FacialRecognitionKind.Live };
        db.Systems.Add(system);
        await db.SaveChangesAsync();
        return system.Id;
    }

    [Fact]
    public async Task A_risk_is_added_changed_and_removed_with_a_reason()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, Fields("DPIA-RISK"));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, $"/assessments/{id}/risks/new", Risk("Misidentification"))).StatusCode);
        var risk = await _app.QueryAsync(db => db.AssessmentRisks.AsNoTracking().SingleAsync(r => r.AssessmentId == id));
        Assert.Equal(("Possible", "Severe", "High"), (risk.Likelihood, risk.Severity, risk.Overall));
        Assert.Contains("Misidentification", await PageAsync(editor, $"/assessments/{id}"), StringComparison.Ordinal);

        var change = Risk("Misidentification of a passer-by", "Remote", "Significant", "Medium");
        change["Input.Version"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, $"/assessments/{id}/risks/{risk.Id}", change)).StatusCode);
        var changed = await _app.QueryAsync(db => db.AssessmentRisks.AsNoTracking().SingleAsync(r => r.Id == risk.Id));
        Assert.Equal(("Misidentification of a passer-by", "Remote", 2), (changed.Description, changed.Likelihood, changed.Version));

        var remove = await PostAsync(editor, $"/assessments/{id}/risks/{risk.Id}/retire", new() { ["Input.Reason"] = "Merged into another risk", ["Input.Version"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Equal("Merged into another risk", await _app.QueryAsync(db => db.AssessmentRisks.Where(r => r.Id == risk.Id).Select(r => r.RetirementReason).SingleAsync()));
        Assert.Contains("data-testid=\"no-risks\"", await PageAsync(editor, $"/assessments/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_risk_value_not_on_the_configured_scale_is_refused_and_nothing_is_saved()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, Fields("DPIA-SCALE"));

        var response = await PostAsync(editor, $"/assessments/{id}/risks/new", Risk("Bias", likelihood: "Very likely"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Select the likelihood from the scale: Remote, Possible, Probable", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await _app.QueryAsync(db => db.AssessmentRisks.CountAsync(r => r.AssessmentId == id)));
    }

    [Fact]
    public async Task A_measure_answering_a_risk_is_added_and_shown_with_the_risk()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, Fields("DPIA-MEASURE"));
        await PostAsync(editor, $"/assessments/{id}/risks/new", Risk("Demographic bias"));
        var riskId = await _app.QueryAsync(db => db.AssessmentRisks.Where(r => r.AssessmentId == id).Select(r => r.Id).SingleAsync());

        var bad = await PostAsync(editor, $"/assessments/{id}/measures/new", new()
        {
            ["Input.Description"] = "Threshold 0.6", ["Input.RiskId"] = riskId.ToString(), ["Input.Effect"] = "Mitigated",
            ["Input.ResidualRisk"] = "Low", ["Input.Approved"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Equal(0, await _app.QueryAsync(db => db.AssessmentMeasures.CountAsync(m => m.AssessmentId == id)));

        var good = await PostAsync(editor, $"/assessments/{id}/measures/new", new()
        {
            ["Input.Description"] = "Threshold 0.6", ["Input.RiskId"] = riskId.ToString(), ["Input.Effect"] = "Reduced",
            ["Input.ResidualRisk"] = "Low", ["Input.Approved"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var measure = await _app.QueryAsync(db => db.AssessmentMeasures.AsNoTracking().SingleAsync(m => m.AssessmentId == id));
        Assert.Equal((riskId, "Reduced", "Low", true), (measure.RiskId!.Value, measure.Effect, measure.ResidualRisk, measure.Approved));
        var page = await PageAsync(editor, $"/assessments/{id}");
        Assert.Contains("Threshold 0.6", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_system_is_covered_once_linked_to_its_page_and_removed_with_a_reason()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, Fields("DPIA-COVER"));
        var systemId = await SystemAsync("Van cameras");
        var link = new Dictionary<string, string> { ["Input.Type"] = "System", ["Input.SubjectId"] = systemId.ToString() };

        Assert.Contains("Van cameras", await PageAsync(editor, $"/assessments/{id}/coverage/new?type=System"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, $"/assessments/{id}/coverage/new", link)).StatusCode);
        var twice = await PostAsync(editor, $"/assessments/{id}/coverage/new", link);

        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("The assessment already covers this system", await TextAsync(twice), StringComparison.Ordinal);
        var cover = await _app.QueryAsync(db => db.AssessmentCoverage.AsNoTracking().SingleAsync(c => c.AssessmentId == id));
        Assert.Contains($"href=\"/systems/{systemId}\"", await PageAsync(editor, $"/assessments/{id}"), StringComparison.Ordinal);

        var remove = await PostAsync(editor, $"/assessments/{id}/coverage/{cover.Id}/retire", new() { ["Input.Reason"] = "Wrong system", ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.NotNull(await _app.QueryAsync(db => db.AssessmentCoverage.Where(c => c.Id == cover.Id).Select(c => c.RetiredAt).SingleAsync()));
    }

    [Fact]
    public async Task A_new_version_copies_the_parts_and_its_approval_marks_the_earlier_one_superseded()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var approved = Fields("DPIA-VERSIONS", status: "Approved").WithDate("DpoAdviceGivenOn", Today.AddDays(-20)).WithDate("ApprovedOn", Today.AddDays(-10));
        var earlierId = await CreateAsync(editor, approved);
        await PostAsync(editor, $"/assessments/{earlierId}/risks/new", Risk("Function creep"));
        var systemId = await SystemAsync("Versioned system");
        await PostAsync(editor, $"/assessments/{earlierId}/coverage/new", new() { ["Input.Type"] = "System", ["Input.SubjectId"] = systemId.ToString() });

        var same = await PostAsync(editor, $"/assessments/{earlierId}/new-version", new() { ["Input.DocumentVersion"] = "1.0" });
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        var started = await PostAsync(editor, $"/assessments/{earlierId}/new-version", new() { ["Input.DocumentVersion"] = "2.0" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var nextId = IdFrom(started);

        var next = await _app.QueryAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.Id == nextId));
        Assert.Equal((AssessmentStatus.Draft, earlierId, "2.0"), (next.Status, next.SupersedesId!.Value, next.DocumentVersion));
        Assert.Equal(1, await _app.QueryAsync(db => db.AssessmentRisks.CountAsync(r => r.AssessmentId == nextId)));
        Assert.Equal(1, await _app.QueryAsync(db => db.AssessmentCoverage.CountAsync(c => c.AssessmentId == nextId)));
        Assert.Equal(AssessmentStatus.Approved, await _app.QueryAsync(db => db.Assessments.Where(a => a.Id == earlierId).Select(a => a.Status).SingleAsync()));
        Assert.Contains($"href=\"/assessments/{nextId}\"", await PageAsync(editor, $"/assessments/{earlierId}"), StringComparison.Ordinal);

        var approve = Fields("DPIA-VERSIONS", version: "2.0", status: "Approved").WithDate("DpoAdviceGivenOn", Today).WithDate("ApprovedOn", Today);
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(editor, nextId, 1, approve)).StatusCode);

        Assert.Equal(AssessmentStatus.Superseded, await _app.QueryAsync(db => db.Assessments.Where(a => a.Id == earlierId).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_approved_in_date_dpia_covering_a_system_is_found_in_the_database()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var systemId = await SystemAsync("Queried system");
        var approved = Fields("DPIA-QUERY", status: "Approved").WithDate("DpoAdviceGivenOn", Today.AddDays(-5)).WithDate("ApprovedOn", Today.AddDays(-1))
            .WithDate("NextReviewOn", Today.AddYears(1));
        var id = await CreateAsync(editor, approved);
        Assert.Empty(await _app.QueryAsync(db => AssessmentQueries.ApprovedInDateDpiasCovering(db.Assessments, db.AssessmentCoverage,
            AssessedRecordType.System, systemId, Today).ToListAsync()));

        await PostAsync(editor, $"/assessments/{id}/coverage/new", new() { ["Input.Type"] = "System", ["Input.SubjectId"] = systemId.ToString() });

        var found = await _app.QueryAsync(db => AssessmentQueries.ApprovedInDateDpiasCovering(db.Assessments, db.AssessmentCoverage,
            AssessedRecordType.System, systemId, Today).Select(a => a.Id).ToListAsync());
        Assert.Equal([id], found);
        Assert.Empty(await _app.QueryAsync(db => AssessmentQueries.ApprovedInDateDpiasCovering(db.Assessments, db.AssessmentCoverage,
            AssessedRecordType.System, systemId, Today.AddYears(2)).ToListAsync()));
    }
}
