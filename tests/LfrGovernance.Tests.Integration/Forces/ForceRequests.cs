using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;

namespace LfrGovernance.Tests.Integration.Forces;

/// <summary>The requests a person makes on the force pages, as a browser would send them.</summary>
public static class ForceRequests
{
    /// <summary>A page every signed-in user may open, for the antiforgery token of posts that should be refused.</summary>
    public const string AnyonesPage = "/account";

    public static Dictionary<string, string> Fields(string name, string code) => new()
    {
        ["Input.Name"] = name,
        ["Input.Code"] = code,
    };

    public static Task<HttpResponseMessage> PostCreateAsync(HttpClient client, string name, string code, string tokenPage = "/forces/new") =>
        AntiforgeryForm.PostAsync(client, tokenPage, "/forces/new", Fields(name, code));

    public static async Task<Guid> CreateAsync(HttpClient client, string name, string code)
    {
        var response = await PostCreateAsync(client, name, code);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return OrganisationRequests.IdFrom(response);
    }

    public static Task<HttpResponseMessage> EditAsync(HttpClient client, Guid id, int version, string name, string code, string tokenPage = "/forces")
    {
        var fields = Fields(name, code);
        fields["Input.Version"] = Text(version);
        return AntiforgeryForm.PostAsync(client, tokenPage, $"/forces/{id}/edit", fields);
    }

    public static Task<HttpResponseMessage> RetireAsync(HttpClient client, Guid id, int version, string reason, string tokenPage = "/forces") =>
        AntiforgeryForm.PostAsync(client, tokenPage, $"/forces/{id}/retire", new Dictionary<string, string>
        {
            ["Input.Reason"] = reason,
            ["Input.Version"] = Text(version),
        });

    public static Task<HttpResponseMessage> ReinstateAsync(HttpClient client, Guid id, int version, string tokenPage = "/forces") =>
        AntiforgeryForm.PostAsync(client, tokenPage, $"/forces/{id}/reinstate", new Dictionary<string, string> { ["Input.Version"] = Text(version) });

    public static Task<HttpResponseMessage> MakeDefaultAsync(HttpClient client, Guid id, int version, string tokenPage = "/forces") =>
        AntiforgeryForm.PostAsync(client, tokenPage, $"/forces/{id}/make-default", new Dictionary<string, string> { ["Input.Version"] = Text(version) });

    public static Task<string> PageAsync(HttpClient client, string path) => OrganisationRequests.PageAsync(client, path);

    public static Task<string> TextAsync(HttpResponseMessage response) => OrganisationRequests.TextAsync(response);

    private static string Text(int version) => version.ToString(CultureInfo.InvariantCulture);
}
