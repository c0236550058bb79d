using System.Globalization;
using System.Net;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration.Deployments;

/// <summary>The requests a person makes on the deployment pages, and a system inserted directly (the systems pages
/// are not part of these tests).</summary>
public static class DeploymentRequests
{
    public static async Task<Guid> AddSystemAsync(ClockedAppFactory app, string name = "LFR vans")
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Persistence.GovernanceDbContext>();
        var system = new FacialRecognitionSystem { Name = name, Product = "NeoFace Live", Kind = FacialRecognitionKind.Live, Status = SystemStatus.InService };
        db.Systems.Add(system);
        await db.SaveChangesAsync();
        return system.Id;
    }

    /// <summary>The 2022 deployment: faces 12,120, 11 alerts of which 1 false, 7 engagements, 4 arrests.</summary>
    public static Dictionary<string, string> Fields(string reference, Guid systemId, string marking = "Official") => new()
    {
        ["Input.Reference"] = reference,
        ["Input.SystemId"] = systemId.ToString(),
        ["Input.Kind"] = "Live",
        ["Input.Objective"] = "WantedOffenders",
        ["Input.Purpose"] = "Locate people wanted for serious offences",
        ["Input.LocationName"] = "Oxford Circus",
        ["Input.ActualStart.Day"] = "14", ["Input.ActualStart.Month"] = "7", ["Input.ActualStart.Year"] = "2022", ["Input.ActualStart.Time"] = "10:00",
        ["Input.ActualEnd.Day"] = "14", ["Input.ActualEnd.Month"] = "7", ["Input.ActualEnd.Year"] = "2022", ["Input.ActualEnd.Time"] = "16:00",
        ["Input.WatchlistSize"] = "",
        ["Input.FacesSeen"] = "12,120",
        ["Input.TotalAlerts"] = "11",
        ["Input.TrueAlertsConfirmed"] = "10",
        ["Input.FalseAlertsConfirmed"] = "1",
        ["Input.Engagements"] = "7",
        ["Input.Arrests"] = "4",
        ["Input.PublicNoticeGiven"] = "yes",
        ["Input.PublicNoticeMethods"] = "Signage",
        ["Input.Marking"] = marking,
    };

    public static async Task<Guid> CreateAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await AntiforgeryForm.PostAsync(client, "/deployments/new", "/deployments/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return OrganisationRequests.IdFrom(response);
    }

    public static Task<HttpResponseMessage> EditDeploymentAsync(HttpClient client, Guid id, int version, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields["Input.Version"] = version.ToString(CultureInfo.InvariantCulture);
        return AntiforgeryForm.PostAsync(client, "/deployments", $"/deployments/{id}/edit", fields);
    }

    public static Dictionary<string, string> Category(string kind, string size, string justification = "") => new()
    {
        ["Input.Category"] = kind,
        ["Input.Size"] = size,
        ["Input.ImageSource"] = "Custody images (PND)",
        ["Input.LegalBasis"] = "Common law policing purpose",
        ["Input.Justification"] = justification,
        ["Input.Version"] = "0",
    };

    public static Task<HttpResponseMessage> AddCategoryAsync(HttpClient client, Guid id, Dictionary<string, string> fields) =>
        AntiforgeryForm.PostAsync(client, "/deployments", $"/deployments/{id}/watchlist/new", fields);

    public static Dictionary<string, string> Alert(string day, string time, string adjudication = "TrueAlert", string action = "Arrest") => new()
    {
        ["Input.OccurredAt.Day"] = day, ["Input.OccurredAt.Month"] = "7", ["Input.OccurredAt.Year"] = "2022", ["Input.OccurredAt.Time"] = time,
        ["Input.Adjudication"] = adjudication,
        ["Input.Action"] = action,
        ["Input.Confirmed"] = "true",
        ["Input.Version"] = "0",
    };

    public static Task<HttpResponseMessage> AddAlertAsync(HttpClient client, Guid id, Dictionary<string, string> fields) =>
        AntiforgeryForm.PostAsync(client, "/deployments", $"/deployments/{id}/alerts/new", fields);
}
