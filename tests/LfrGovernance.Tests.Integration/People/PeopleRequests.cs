using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration.People;

/// <summary>The requests a person makes on the people pages, as a browser would send them.</summary>
public static class PeopleRequests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static Dictionary<string, string> Fields(string name, string number = "", string account = "", string marking = "Official") => new()
    {
        ["Input.Name"] = name,
        ["Input.CollarOrWarrantNumber"] = number,
        ["Input.AccountObjectId"] = account,
        ["Input.Marking"] = marking,
    };

    /// <summary>The create form's fields with the first rank, its start date entered as day, month and year.</summary>
    public static Dictionary<string, string> NewPerson(string name, string rank, string day, string month, string year, string number = "", string account = "")
    {
        var fields = Fields(name, number, account);
        fields["Input.FirstRank.Rank"] = rank;
        fields["Input.FirstRank.FromDay"] = day;
        fields["Input.FirstRank.FromMonth"] = month;
        fields["Input.FirstRank.FromYear"] = year;
        return fields;
    }

    public static Task<HttpResponseMessage> PostNewAsync(HttpClient client, Dictionary<string, string> fields) =>
        AntiforgeryForm.PostAsync(client, "/people/new", "/people/new", fields);

    public static async Task<Guid> CreateAsync(HttpClient client, string name, string rank, DateOnly from, string number = "", string account = "")
    {
        var response = await PostNewAsync(client, NewPerson(name, rank, Text(from.Day), Text(from.Month), Text(from.Year), number, account));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    public static Task<HttpResponseMessage> ChangeRankAsync(HttpClient client, Guid id, string rank, string day, string month, string year) =>
        AntiforgeryForm.PostAsync(client, "/people", $"/people/{id}/rank", new Dictionary<string, string>
        {
            ["Input.Rank"] = rank,
            ["Input.FromDay"] = day,
            ["Input.FromMonth"] = month,
            ["Input.FromYear"] = year,
        });

    public static Task<HttpResponseMessage> ChangeRankAsync(HttpClient client, Guid id, string rank, DateOnly from) =>
        ChangeRankAsync(client, id, rank, Text(from.Day), Text(from.Month), Text(from.Year));

    public static Task<HttpResponseMessage> EditAsync(HttpClient client, Guid id, int version, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields["Input.Version"] = Text(version);
        return AntiforgeryForm.PostAsync(client, "/people", $"/people/{id}/edit", fields);
    }

    public static Task<HttpResponseMessage> RetireAsync(HttpClient client, Guid id, int version, string reason) =>
        AntiforgeryForm.PostAsync(client, "/people", $"/people/{id}/retire", new Dictionary<string, string>
        {
            ["Input.Reason"] = reason,
            ["Input.Version"] = Text(version),
        });

    public static Task<HttpResponseMessage> ReinstateAsync(HttpClient client, Guid id, int version) =>
        AntiforgeryForm.PostAsync(client, "/people", $"/people/{id}/reinstate", new Dictionary<string, string>
        {
            ["Input.Version"] = Text(version),
        });

    /// <summary>Views the register as at <paramref name="instantUtc"/> (entered in UK time, as a person would).</summary>
    public static Task<HttpResponseMessage> SetAsAtAsync(HttpClient client, DateTime instantUtc, string returnUrl)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(instantUtc, London);
        return AntiforgeryForm.PostAsync(client, "/as-at", "/as-at", new Dictionary<string, string>
        {
            ["Input.Day"] = Text(local.Day),
            ["Input.Month"] = Text(local.Month),
            ["Input.Year"] = Text(local.Year),
            ["Input.Time"] = local.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            ["Input.ReturnUrl"] = returnUrl,
        });
    }

    /// <summary>A page's HTML with entities decoded (as the organisation tests read pages).</summary>
    public static Task<string> PageAsync(HttpClient client, string path) => Organisations.OrganisationRequests.PageAsync(client, path);

    public static Task<string> TextAsync(HttpResponseMessage response) => Organisations.OrganisationRequests.TextAsync(response);

    public static Guid IdFrom(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location?.ToString() ?? throw new InvalidOperationException("No redirect.");
        return Guid.Parse(location.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
