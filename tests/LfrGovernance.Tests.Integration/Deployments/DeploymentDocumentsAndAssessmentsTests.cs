using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Deployments;

/// <summary>What a deployment's page shows beside its own fields: the documents attached to it and the impact
/// assessments that cover it. The clock stands at 10 June 2026.</summary>
public sealed class DeploymentDocumentsAndAssessmentsTests : IClassFixture<ClockedAppFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

    private readonly ClockedAppFactory _app;

    public DeploymentDocumentsAndAssessmentsTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task A_document_attached_to_a_deployment_is_listed_on_its_page()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var deployment = await DeploymentRequests.CreateAsync(editor, DeploymentRequests.Fields("DEP-DOC-1", await DeploymentRequests.AddSystemAsync(_app)));
        var before = await PageAsync(editor, $"/deployments/{deployment}");
        Assert.Contains("data-testid=\"no-documents\"", before, StringComparison.Ordinal);
        Assert.Contains($"/documents/new?type=Deployment&id={deployment}", before, StringComparison.Ordinal);

        var page = $"/documents/new?type=Deployment&id={deployment}";
        var token = await AntiforgeryForm.TokenFromAsync(editor, page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), AntiforgeryForm.TokenField },
            { new StringContent("Deployment authority"), "Input.Title" },
        };
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "Input.File", "authority.pdf");
        var upload = await editor.PostAsync(new Uri(page, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var document = IdFrom(upload);
        var after = await PageAsync(editor, $"/deployments/{deployment}");
        Assert.Contains("data-testid=\"documents\"", after, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"govuk-link\" href=\"/documents/{document}\">Deployment authority</a>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deployment_page_lists_the_assessments_covering_it_and_notes_when_no_approved_in_date_dpia_does()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var deployment = await DeploymentRequests.CreateAsync(editor, DeploymentRequests.Fields("DEP-DPIA-1", await DeploymentRequests.AddSystemAsync(_app)));
        var lapsed = await CoverAsync(deployment, "DPIA-OLD", AssessmentKind.Dpia, AssessmentStatus.Approved, new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));
        var equality = await CoverAsync(deployment, "EIA-1", AssessmentKind.EqualityImpact, AssessmentStatus.Draft, null, null);

        var html = await PageAsync(editor, $"/deployments/{deployment}");
        var section = html[html.IndexOf("id=\"assessments\"", StringComparison.Ordinal)..html.IndexOf("id=\"documents\"", StringComparison.Ordinal)];
        Assert.Contains($"<a class=\"govuk-link\" href=\"/assessments/{lapsed}\">DPIA-OLD</a>", section, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"govuk-link\" href=\"/assessments/{equality}\">EIA-1</a>", section, StringComparison.Ordinal);
        Assert.Contains("Equality impact assessment", section, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"past-review\"", section, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-dpia\"", section, StringComparison.Ordinal);

        await CoverAsync(deployment, "DPIA-NEW", AssessmentKind.Dpia, AssessmentStatus.Approved, new DateOnly(2026, 2, 1), new DateOnly(2027, 2, 1));
        var covered = await PageAsync(editor, $"/deployments/{deployment}");
        Assert.Contains(">DPIA-NEW</a>", covered, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"no-dpia\"", covered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deployment_page_as_at_a_past_time_lists_only_the_assessments_covering_it_then()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var deployment = await DeploymentRequests.CreateAsync(editor, DeploymentRequests.Fields("DEP-ASAT-1", await DeploymentRequests.AddSystemAsync(_app)));
        await CoverAsync(deployment, "DPIA-THEN", AssessmentKind.Dpia, AssessmentStatus.Approved, new DateOnly(2026, 1, 5), new DateOnly(2027, 1, 5));
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        var between = _app.Clock.GetUtcNow().UtcDateTime;
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await CoverAsync(deployment, "EIA-LATER", AssessmentKind.EqualityImpact, AssessmentStatus.Draft, null, null);

        using var past = _app.CreateClientFor(Roles.GovernanceEditor);
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsAtTests.SetAsAtAsync(past, between, $"/deployments/{deployment}")).StatusCode);
        var html = await PageAsync(past, $"/deployments/{deployment}");

        Assert.Contains(">DPIA-THEN</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("EIA-LATER", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"no-dpia\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"attach-document\"", html, StringComparison.Ordinal);
    }

    /// <summary>An assessment covering the deployment, inserted directly (the assessment pages are tested on their own).</summary>
    private Task<Guid> CoverAsync(Guid deployment, string reference, AssessmentKind kind, AssessmentStatus status, DateOnly? approvedOn, DateOnly? nextReviewOn) =>
        _app.QueryAsync(async db =>
        {
            var assessment = new Assessment
            {
                Reference = reference, Title = reference + " title", Kind = kind, Status = status, ApprovedOn = approvedOn, NextReviewOn = nextReviewOn,
            };
            db.Assessments.Add(assessment);
            db.AssessmentCoverage.Add(new AssessmentCoverage { AssessmentId = assessment.Id, SubjectType = AssessedRecordType.Deployment, SubjectId = deployment });
            await db.SaveChangesAsync();
            return assessment.Id;
        });
}
