using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration.Register;

public sealed class DemoRegisterTests : IDisposable
{
    // As a developer runs it: Development, whose settings turn on local sign-in and the demonstration data.
    private readonly GovernanceAppFactory _development = new() { Environment = "Development" };
    private readonly GovernanceAppFactory _production = new();

    public DemoRegisterTests() => _development.Settings.Clear();

    private static async Task<T> QueryAsync<T>(GovernanceAppFactory app, Func<GovernanceDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<GovernanceDbContext>());
    }

    [Fact]
    public async Task Local_development_starts_with_a_demonstration_register_in_the_history()
    {
        using var client = _development.CreateClientFor(Roles.Viewer);

        var list = await client.GetStringAsync(new Uri("/organisations", UriKind.Relative));

        Assert.Contains("Northgate Shopping Centre Ltd", list, StringComparison.Ordinal);
        var chris = await QueryAsync(_development, db => db.People.Include(p => p.Ranks).SingleAsync(p => p.Name == "Chris Okafor"));
        Assert.Equal(LocalDemoUsers.Find("authoriser")!.ObjectId.ToString(), chris.AccountObjectId);
        Assert.Equal(Rank.Superintendent, chris.RankOn(new DateOnly(2026, 1, 1)));
        Assert.Equal(Rank.ChiefInspector, chris.RankOn(new DateOnly(2022, 4, 3)));
        var verification = await QueryAsync(_development, db => HistoryVerifier.VerifyAsync(db));
        Assert.True(verification.Intact);
        Assert.Contains(DemoReason, await QueryAsync(_development, db => db.History.Select(e => e.Reason).Distinct().ToListAsync()));
    }

    [Fact]
    public async Task The_demonstration_register_holds_the_facial_recognition_records_a_demonstration_needs()
    {
        using var client = _development.CreateClientFor(Roles.Viewer);
        await client.GetStringAsync(new Uri("/organisations", UriKind.Relative));

        var deployments = await QueryAsync(_development, db => db.Deployments.ToListAsync());
        var categories = await QueryAsync(_development, db => db.WatchlistCategories.ToListAsync());
        var live = deployments.Where(d => !d.DoNotConfirmOrDeny).ToList();
        Assert.Equal(31, live.Count);
        Assert.All(live, d => Assert.Empty(DeploymentRules.Check(d, categories.Where(c => c.DeploymentId == d.Id).ToList())));
        Assert.True(live.Max(d => d.PlannedStart) - live.Min(d => d.PlannedStart) > TimeSpan.FromDays(2 * 365));
        Assert.Contains(live, d => d.FalseAlerts > 0);
        Assert.Contains(live, d => d.ActualEnd is not null && d.ReviewedOn is null);
        Assert.Single(deployments, d => d.DoNotConfirmOrDeny);
        // No deployment is shown as authorised without a decision: coming ones are applications awaiting one, but for
        // tomorrow's, authorised urgently by the Inspector and awaiting ratification; past ones carry their recorded authority.
        var decisions = await QueryAsync(_development, db => db.AuthorisationDecisions.ToListAsync());
        var urgent = Assert.Single(live, d => d.Status == DeploymentStatus.Authorised);
        var urgentDecision = Assert.Single(decisions, d => d.SubjectId == urgent.Id);
        Assert.Equal((DecisionOutcome.UrgentlyAuthorised, Rank.Inspector), (urgentDecision.Outcome, urgentDecision.RankHeld));
        Assert.All(live.Where(d => d.Status is DeploymentStatus.Completed or DeploymentStatus.Reviewed),
            d => Assert.True(Assert.Single(decisions, x => x.SubjectId == d.Id).IsRecorded));
        Assert.All(live.Where(d => d.Status == DeploymentStatus.SubmittedForAuthorisation),
            d => Assert.True(d.ApplicantId is not null && d.LegitimateAim is not null && d.PlannedStart > DateTime.UtcNow.AddDays(-1)));
        Assert.True(await QueryAsync(_development, db => db.Systems.CountAsync()) >= 3);
        var collaborations = await QueryAsync(_development, db => db.Collaborations.ToListAsync());
        Assert.Contains(collaborations, c => c.Manner == CollaborationManner.Advice);
        Assert.Contains(collaborations, c => c.Manner.HasFlag(CollaborationManner.ImageSharing));
        Assert.True(await QueryAsync(_development, db => db.ImageSharings.CountAsync()) > 0);
        // One collaboration awaits a decision; the others carry one with the process followed (FOI question 1b).
        Assert.Single(collaborations, c => c.DecisionRequestedAt is not null);
        Assert.All(collaborations.Where(c => c.DecisionRequestedAt is null),
            c => Assert.NotNull(Assert.Single(decisions, d => d.SubjectId == c.Id).ProcessFollowed));
        var statuses = await QueryAsync(_development, db => db.Assessments.Where(a => a.Kind == AssessmentKind.Dpia).Select(a => a.Status).Distinct().ToListAsync());
        Assert.True(statuses.Count >= 3);
        Assert.True(await QueryAsync(_development, db => db.Policies.CountAsync()) >= 3);
        Assert.True(await QueryAsync(_development, db => db.RetainedImageCounts.CountAsync()) >= 3);
        Assert.True((await QueryAsync(_development, db => HistoryVerifier.VerifyAsync(db))).Intact);
    }

    [Fact]
    public async Task The_demonstration_foi_casework_flags_the_earlier_answer_the_register_now_contradicts()
    {
        using var officer = _development.CreateClientFor(Roles.FoiOfficer, Roles.Viewer);
        await officer.GetStringAsync(new Uri("/foi", UriKind.Relative));
        var open = await QueryAsync(_development, db => db.FoiRequests.SingleAsync(r => r.Status == Core.Foi.FoiRequestStatus.InProgress));
        var questions = await QueryAsync(_development, db => db.FoiQuestions.Where(q => q.RequestId == open.Id).OrderBy(q => q.Position).ToListAsync());
        Assert.Equal(["1", "1a", "1b", "1c", "1d", "1e", "1f", "2", "3", "4", "5", "6", "7", "8"], questions.Select(q => q.Number));
        var path = $"/foi/{open.Id}/questions/{questions[0].Id}";

        var generated = await AntiforgeryForm.PostAsync(officer, path, $"{path}/generate", new Dictionary<string, string>
        {
            ["Generate.CatalogueKey"] = "q1", ["Generate.Version"] = questions[0].Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, generated.StatusCode);
        var page = await officer.GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Contains("DM2025/0311</a>, question 1, answered 4 April 2025", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"contradicted\"", page, StringComparison.Ordinal);
        Assert.Contains("Example Arena", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_history_names_the_records_a_record_refers_to_instead_of_showing_their_ids()
    {
        using var client = _development.CreateClientFor(Roles.Viewer);
        await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var deployment = await QueryAsync(_development, db => db.Deployments.FirstAsync(d => d.ReviewerId != null && !d.DoNotConfirmOrDeny));

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/deployments/{deployment.Id}", UriKind.Relative)));

        Assert.Matches("<dt class=\"govuk-summary-list__key\">System</dt>\\s*<dd class=\"govuk-summary-list__value\">Live facial recognition vans</dd>", page);
        Assert.Matches("<dt class=\"govuk-summary-list__key\">Reviewer</dt>\\s*<dd class=\"govuk-summary-list__value\">Bea Hughes</dd>", page);
        Assert.DoesNotContain($">{deployment.SystemId}<", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_demonstration_register_is_not_loaded_unless_asked_for()
    {
        using var client = _production.CreateClientFor(Roles.Viewer);

        await client.GetStringAsync(new Uri("/organisations", UriKind.Relative));

        Assert.Equal(0, await QueryAsync(_production, db => db.People.CountAsync()));
        Assert.Equal(0, await QueryAsync(_production, db => db.Organisations.CountAsync()));
    }

    private const string DemoReason = LfrGovernance.Web.Infrastructure.Demo.DemoRegister.Reason;

    public void Dispose()
    {
        _development.Dispose();
        _production.Dispose();
    }
}
