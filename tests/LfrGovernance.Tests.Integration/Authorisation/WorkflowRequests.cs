using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Deployments.DeploymentRequests;

namespace LfrGovernance.Tests.Integration.Authorisation;

/// <summary>The requests of the authorisation workflow: a draft application, its submission, a move, a decision.</summary>
public static class WorkflowRequests
{
    public static Dictionary<string, string> Application(string reference, Guid systemId)
    {
        var fields = Fields(reference, systemId);
        foreach (var key in fields.Keys.Where(k => k.StartsWith("Input.Actual", StringComparison.Ordinal)).ToList())
        {
            fields[key] = "";
        }
        foreach (var key in new[] { "FacesSeen", "TotalAlerts", "TrueAlertsConfirmed", "FalseAlertsConfirmed", "Engagements", "Arrests" })
        {
            fields["Input." + key] = "";
        }
        fields["Input.LegitimateAim"] = "The prevention and detection of crime";
        fields["Input.Necessity"] = "Patrols have not found the people wanted";
        fields["Input.Proportionality"] = "Six hours at one location, with signage";
        return fields;
    }

    /// <summary>A draft recorded by <paramref name="applicant"/>, then submitted by them; returns its id.</summary>
    public static async Task<Guid> SubmittedAsync(WorkflowAppFactory app, HttpClient applicant)
    {
        ArgumentNullException.ThrowIfNull(app);
        var systemId = await AddSystemAsync(app);
        var id = await CreateAsync(applicant, Application($"APP-{Guid.NewGuid():N}"[..16], systemId));
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(app, applicant, id, "submit")).StatusCode);
        return id;
    }

    public static Task<int> VersionAsync(ClockedAppFactory app, Guid id) =>
        app.QueryAsync(db => db.Deployments.Where(d => d.Id == id).Select(d => d.Version).SingleAsync());

    public static async Task<HttpResponseMessage> MoveAsync(ClockedAppFactory app, HttpClient client, Guid id, string move, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var fields = new Dictionary<string, string> { ["Input.Version"] = (await VersionAsync(app, id)).ToString(CultureInfo.InvariantCulture) };
        if (reason is not null)
        {
            fields["Input.Reason"] = reason;
        }
        return await AntiforgeryForm.PostAsync(client, "/deployments", $"/deployments/{id}/{move}", fields);
    }

    public static async Task<HttpResponseMessage> DecideAsync(ClockedAppFactory app, HttpClient officer, Guid id, string outcome, string rationale = "Necessary and proportionate",
        string conditions = "", string urgencyReason = "")
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        return await AntiforgeryForm.PostAsync(officer, "/deployments", $"/deployments/{id}/decide", new Dictionary<string, string>
        {
            ["Input.Outcome"] = outcome,
            ["Input.Rationale"] = rationale,
            ["Input.Conditions"] = conditions,
            ["Input.UrgencyReason"] = urgencyReason,
            ["Input.Version"] = (await VersionAsync(app, id)).ToString(CultureInfo.InvariantCulture),
        });
    }

    public static HttpClient Client(WorkflowAppFactory app, string account, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.CreateClientForUser(account, roles);
    }

    public static HttpClient Editor(WorkflowAppFactory app, string account) => Client(app, account, Roles.GovernanceEditor);

    public static HttpClient Authoriser(WorkflowAppFactory app, string account) => Client(app, account, Roles.AuthorisingOfficer);

    public static Task<string> PageAsync(HttpClient client, string path) => OrganisationRequests.PageAsync(client, path);
}
