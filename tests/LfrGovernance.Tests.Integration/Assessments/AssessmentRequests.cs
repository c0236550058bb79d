using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration.Assessments;

/// <summary>The requests a person makes on the assessment pages, as a browser would send them.</summary>
public static class AssessmentRequests
{
    public static Dictionary<string, string> Fields(string reference, string title = "Live facial recognition", string kind = "Dpia",
        string version = "1.0", string status = "Draft") => new()
    {
        ["Input.Reference"] = reference,
        ["Input.Title"] = title,
        ["Input.Kind"] = kind,
        ["Input.DocumentVersion"] = version,
        ["Input.Status"] = status,
        ["Input.Marking"] = "Official",
    };

    /// <summary>Adds a date to the form under <paramref name="field"/>, as the GOV.UK date input posts it.</summary>
    public static Dictionary<string, string> WithDate(this Dictionary<string, string> fields, string field, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields[$"Input.{field}.Day"] = day.Day.ToString(CultureInfo.InvariantCulture);
        fields[$"Input.{field}.Month"] = day.Month.ToString(CultureInfo.InvariantCulture);
        fields[$"Input.{field}.Year"] = day.Year.ToString(CultureInfo.InvariantCulture);
        return fields;
    }

    public static async Task<Guid> CreateAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await AntiforgeryForm.PostAsync(client, "/assessments/new", "/assessments/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    public static Task<HttpResponseMessage> EditAsync(HttpClient client, Guid id, int version, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields["Input.Version"] = version.ToString(CultureInfo.InvariantCulture);
        return AntiforgeryForm.PostAsync(client, "/assessments", $"/assessments/{id}/edit", fields);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string action, Dictionary<string, string> fields) =>
        AntiforgeryForm.PostAsync(client, "/assessments", action, fields);

    public static async Task<string> PageAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
    }

    public static async Task<string> TextAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public static Guid IdFrom(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location?.ToString() ?? throw new InvalidOperationException("No redirect.");
        return Guid.Parse(location.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }
}
