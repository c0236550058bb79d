using System.Net;
using System.Text.RegularExpressions;

namespace LfrGovernance.Tests.Integration.Infrastructure;

/// <summary>Posts forms the way a browser does: the antiforgery token comes from the page that shows the form.</summary>
public static partial class AntiforgeryForm
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>Reads the token from a page (the client keeps the matching cookie).</summary>
    public static async Task<string> TokenFromAsync(HttpClient client, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(pageUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {pageUrl}");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>Posts the fields, with the token from <paramref name="pageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string actionUrl, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await TokenFromAsync(client, pageUrl);
        var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { [TokenField] = token });
        return await client.PostAsync(new Uri(actionUrl, UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenInput();
}
