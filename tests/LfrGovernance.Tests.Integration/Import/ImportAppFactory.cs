using System.Net;
using System.Text.RegularExpressions;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>The application with the engine's test sheets, and small limits so that the limits can be reached.</summary>
public sealed class ImportAppFactory : ClockedAppFactory
{
    public const long MaxFileBytes = 200_000;
    public const int MaxRows = 50;
    public const long MaxUncompressedBytes = 1_000_000;

    public ImportAppFactory()
    {
        ConfigureServices = services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddScoped<IImportSheet, TestOrganisationsSheet>();
            services.AddScoped<IImportSheet, TestAdministeredSheet>();
        };
        Settings["Register:Import:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Register:Import:MaxRows"] = MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Register:Import:MaxUncompressedBytes"] = MaxUncompressedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Uploads a file to the import page as a browser does (multipart, with the page's antiforgery token).</summary>
public static partial class ImportRequests
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName = "register.xlsx")
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryForm.TokenFromAsync(client, "/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), AntiforgeryForm.TokenField },
            { new ByteArrayContent(content), "Input.File", fileName },
        };
        return await client.PostAsync(new Uri("/import", UriKind.Relative), form);
    }

    /// <summary>Uploads a file that must be accepted, and returns the address of its check page.</summary>
    public static async Task<string> UploadAcceptedAsync(HttpClient client, byte[] content, string fileName = "register.xlsx")
    {
        var response = await UploadAsync(client, content, fileName);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>The field's error message on the upload page.</summary>
    public static string? FieldError(string html)
    {
        var match = FileError().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["message"].Value).Trim() : null;
    }

    public static Task<HttpResponseMessage> ImportAsync(HttpClient client, string checkUrl, string mode) =>
        AntiforgeryForm.PostAsync(client, checkUrl, checkUrl, new Dictionary<string, string> { ["mode"] = mode });

    [GeneratedRegex("id=\"file-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span>(?<message>[^<]*)</p>")]
    private static partial Regex FileError();
}
