using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration.Organisations;

/// <summary>The requests a person makes on the organisation pages, as a browser would send them.</summary>
public static class OrganisationRequests
{
    public static Dictionary<string, string> Fields(string name, string kind = "Retailer", string marking = "Official", string contact = "", string notes = "") => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = kind,
        ["Input.Contact"] = contact,
        ["Input.Notes"] = notes,
        ["Input.Marking"] = marking,
    };

    public static async Task<Guid> CreateAsync(HttpClient client, string name, string kind = "Retailer", string marking = "Official", string notes = "")
    {
        var response = await AntiforgeryForm.PostAsync(client, "/organisations/new", "/organisations/new", Fields(name, kind, marking, notes: notes));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    public static Task<HttpResponseMessage> EditAsync(HttpClient client, Guid id, int version, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return AntiforgeryForm.PostAsync(client, "/organisations", $"/organisations/{id}/edit", fields);
    }

    public static Task<HttpResponseMessage> RetireAsync(HttpClient client, Guid id, int version, string reason) =>
        AntiforgeryForm.PostAsync(client, "/organisations", $"/organisations/{id}/retire", new Dictionary<string, string>
        {
            ["Input.Reason"] = reason,
            ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>A page's HTML with entities decoded, so that tests can look for text as people read it.</summary>
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
