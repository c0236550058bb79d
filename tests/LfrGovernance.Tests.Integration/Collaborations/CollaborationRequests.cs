using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration.Collaborations;

/// <summary>The requests a person makes on the collaboration pages, as a browser would send them.</summary>
public static class CollaborationRequests
{
    public static List<KeyValuePair<string, string>> CollaborationForm(string reference, Guid organisationId, string status = "Active",
        string[]? manners = null, string ended = "") =>
    [
        new("Input.Reference", reference),
        new("Input.Title", "Shopping centre trial"),
        new("Input.OrganisationId", organisationId.ToString()),
        .. (manners ?? ["Advice", "ImageSharing"]).Select(m => new KeyValuePair<string, string>("Input.Manner", m)),
        new("Input.Status", status),
        new("Input.StartedOn.Day", "1"),
        new("Input.StartedOn.Month", "5"),
        new("Input.StartedOn.Year", "2018"),
        new("Input.EndedOn.Day", ended.Length == 0 ? "" : "30"),
        new("Input.EndedOn.Month", ended.Length == 0 ? "" : "9"),
        new("Input.EndedOn.Year", ended),
        new("Input.Locations", "Example Quarter shopping centre"),
        new("Input.Cost", "12,500"),
        new("Input.Currency", "GBP"),
        new("Input.PaidBy", "The partner"),
        new("Input.DataSharingAgreement", "true"),
        new("Input.DataSharingAgreementReference", "DSA-2018-04"),
        new("Input.ControllerRoles", "Joint controllers of the watchlist"),
        new("Input.MatchAlertProtocol", "Security staff call the control room; an officer attends"),
        new("Input.Alerts", "10"),
        new("Input.AlertsActedOn", "4"),
        new("Input.TruePositives", "6"),
        new("Input.FalsePositives", "4"),
        new("Input.Marking", "Official"),
    ];

    public static Dictionary<string, string> SharingForm(string day = "14", string month = "6", string year = "2018", string count = "7") => new()
    {
        ["Input.SharedOn.Day"] = day,
        ["Input.SharedOn.Month"] = month,
        ["Input.SharedOn.Year"] = year,
        ["Input.Direction"] = "ForceToPartner",
        ["Input.ImageCount"] = count,
        ["Input.SourceDataset"] = "Custody images",
        ["Input.Purposes"] = "Finding wanted offenders and a missing person",
        ["Input.LegalBasis"] = "Data Protection Act 2018 section 35",
        ["Input.SecurityProtocol"] = "Encrypted transfer; deleted after the trial",
    };

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> form, string key, string value) =>
        [.. form.Where(f => f.Key != key), new(key, value)];

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryForm.TokenFromAsync(client, "/collaborations");
        using var content = new FormUrlEncodedContent([.. fields, new(AntiforgeryForm.TokenField, token)]);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static async Task<Guid> CreateCollaborationAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await PostAsync(client, "/collaborations/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Organisations.OrganisationRequests.IdFrom(response);
    }

    public static Task<HttpResponseMessage> EditCollaborationAsync(HttpClient client, Guid id, int version, List<KeyValuePair<string, string>> fields) =>
        PostAsync(client, $"/collaborations/{id}/edit", fields.With("Input.Version", version.ToString(CultureInfo.InvariantCulture)));

    public static Task<HttpResponseMessage> VersionedAsync(HttpClient client, string path, int version, string? reason = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.Version", version.ToString(CultureInfo.InvariantCulture)) };
        if (reason is not null)
        {
            fields.Add(new("Input.Reason", reason));
        }
        return PostAsync(client, path, fields);
    }
}
