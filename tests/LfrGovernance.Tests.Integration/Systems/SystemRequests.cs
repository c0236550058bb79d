using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration.Systems;

/// <summary>The requests a person makes on the system pages, as a browser would send them.</summary>
public static class SystemRequests
{
    public static Dictionary<string, string> SystemForm(string name, Guid? supplierId = null, string threshold = "0.6", string kind = "Live",
        string status = "InService") => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = kind,
        ["Input.Product"] = "NEC NeoFace Live",
        ["Input.SupplierId"] = supplierId?.ToString() ?? "",
        ["Input.AlgorithmVersion"] = "NeoFace V4",
        ["Input.DefaultThreshold"] = threshold,
        ["Input.Status"] = status,
        ["Input.ContractReference"] = "CON-2023-17",
        ["Input.ContractStart.Day"] = "1",
        ["Input.ContractStart.Month"] = "4",
        ["Input.ContractStart.Year"] = "2023",
        ["Input.ContractEnd.Day"] = "31",
        ["Input.ContractEnd.Month"] = "3",
        ["Input.ContractEnd.Year"] = "2026",
        ["Input.CapitalCost"] = "£250,000",
        ["Input.AnnualCost"] = "45,000.50",
        ["Input.Currency"] = "GBP",
        ["Input.Notes"] = "",
        ["Input.Marking"] = "Official",
    };

    public static Dictionary<string, string> Evaluation(string threshold, bool imbalance, string findings = "", string day = "5") => new()
    {
        ["Input.Evaluator"] = "National Physical Laboratory",
        ["Input.EvaluatedOn.Day"] = day,
        ["Input.EvaluatedOn.Month"] = "4",
        ["Input.EvaluatedOn.Year"] = "2023",
        ["Input.AlgorithmVersion"] = "NeoFace V4",
        ["Input.Threshold"] = threshold,
        ["Input.TruePositiveIdentificationRate"] = "89",
        ["Input.FalsePositiveRate"] = "0.017",
        ["Input.WatchlistSize"] = "10,000",
        ["Input.DemographicImbalanceFound"] = imbalance ? "true" : "false",
        ["Input.DemographicFindings"] = findings,
        ["Input.ReportReference"] = "NPL equitability study 2023",
    };

    public static async Task<Guid> CreateSystemAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await AntiforgeryForm.PostAsync(client, "/systems/new", "/systems/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Organisations.OrganisationRequests.IdFrom(response);
    }

    public static Task<HttpResponseMessage> EditSystemAsync(HttpClient client, Guid id, int version, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields["Input.Version"] = version.ToString(CultureInfo.InvariantCulture);
        return AntiforgeryForm.PostAsync(client, "/systems", $"/systems/{id}/edit", fields);
    }

    public static Task<HttpResponseMessage> AddEvaluationAsync(HttpClient client, Guid systemId, Dictionary<string, string> fields) =>
        AntiforgeryForm.PostAsync(client, "/systems", $"/systems/{systemId}/evaluations/new", fields);

    public static Task<HttpResponseMessage> RetireAsync(HttpClient client, string path, int version, string reason) =>
        AntiforgeryForm.PostAsync(client, "/systems", $"{path}/retire", new Dictionary<string, string>
        {
            ["Input.Reason"] = reason,
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        });

    public static Task<HttpResponseMessage> ReinstateAsync(HttpClient client, string path, int version) =>
        AntiforgeryForm.PostAsync(client, "/systems", $"{path}/reinstate", new Dictionary<string, string>
        {
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        });
}
