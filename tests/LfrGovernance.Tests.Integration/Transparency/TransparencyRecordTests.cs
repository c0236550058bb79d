using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Transparency;

/// <summary>The ATRS record of a system: what the register fills, what it leaves to a person, and what it never shows.</summary>
public sealed class TransparencyRecordTests(TransparencyRegister app) : IClassFixture<TransparencyRegister>
{
    private async Task<JsonElement> RecordAsync(string user = "atrs-reader")
    {
        await app.SeedAsync();
        using var client = app.CreateClientForUser(user, Roles.GovernanceEditor, Roles.NcndCleared);
        var response = await client.GetAsync(new Uri($"/transparency/systems/{app.VansId}/atrs.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static List<string> Gaps(JsonElement record) =>
        [.. record.GetProperty("to_be_completed").EnumerateArray().Select(g => g.GetProperty("field").GetString()!)];

    [Fact]
    public async Task The_json_record_has_both_tiers_in_the_sections_of_the_standard()
    {
        var record = await RecordAsync();

        Assert.Equal("UK Algorithmic Transparency Recording Standard", record.GetProperty("standard").GetString());
        Assert.Equal(app.VansId.ToString("D"), record.GetProperty("system_id").GetString());
        var tier1 = record.GetProperty("tier_1");
        Assert.Equal(["name", "description", "organisation", "website", "contact"], tier1.EnumerateObject().Select(p => p.Name));
        Assert.Equal("LFR vans", tier1.GetProperty("name").GetString());
        Assert.Contains("3 deployments recorded as having taken place, from 31 December 2024 to 1 July 2025", tier1.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["owner_and_responsibility", "description_and_rationale", "decision_making_process", "tool_specification", "risks_mitigations_and_impact_assessments"],
            record.GetProperty("tier_2").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_register_fills_the_supplier_evaluations_rationale_assessments_risks_and_policies()
    {
        var tier2 = (await RecordAsync()).GetProperty("tier_2");

        Assert.Equal("NEC Software Solutions", tier2.GetProperty("owner_and_responsibility").GetProperty("supplier").GetString());
        Assert.Contains("Needed to find wanted offenders quickly (from DPIA-TR-1, version 2.0)",
            tier2.GetProperty("description_and_rationale").GetProperty("rationale").GetString(), StringComparison.Ordinal);
        Assert.Contains("Wanted offenders: 1", tier2.GetProperty("description_and_rationale").GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Contains("at least the rank of Superintendent", tier2.GetProperty("decision_making_process").GetProperty("authorisation").GetString(), StringComparison.Ordinal);
        Assert.Contains("4 authorisation decisions", tier2.GetProperty("decision_making_process").GetProperty("authorisation").GetString(), StringComparison.Ordinal);
        var tool = tier2.GetProperty("tool_specification");
        Assert.Equal("0.60", tool.GetProperty("default_threshold").GetString());
        Assert.Equal("0.60", tool.GetProperty("lowest_threshold_without_imbalance").GetString());
        Assert.Equal("Custody images (PND)", tool.GetProperty("data_sources").GetString());
        var evaluations = tool.GetProperty("accuracy_evaluations").EnumerateArray().ToList();
        Assert.Equal(2, evaluations.Count);
        Assert.Contains(evaluations, e => e.GetProperty("true_positive_identification_rate").GetString() == "89%" && e.GetProperty("false_positive_rate").GetString() == "0.017%");
        var risks = tier2.GetProperty("risks_mitigations_and_impact_assessments");
        Assert.Equal(["DPIA-TR-1"], risks.GetProperty("impact_assessments").EnumerateArray().Select(a => a.GetProperty("reference").GetString()));
        var risk = Assert.Single(risks.GetProperty("risks").EnumerateArray());
        Assert.Equal("Bias against some groups", risk.GetProperty("description").GetString());
        Assert.Equal("Threshold at 0.6 or above (Reduced; residual risk Low; approved)", risk.GetProperty("mitigations").GetString());
        Assert.Equal("LFR deployment policy", Assert.Single(risks.GetProperty("policies").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task What_the_register_cannot_fill_is_null_and_listed_to_be_completed()
    {
        var record = await RecordAsync();
        var gaps = Gaps(record);

        Assert.Contains("tier_1.website", gaps);
        Assert.Contains("tier_1.contact", gaps);
        Assert.Contains("tier_2.owner_and_responsibility.senior_responsible_owner", gaps);
        Assert.Contains("tier_2.description_and_rationale.benefits", gaps);
        Assert.Contains("tier_2.description_and_rationale.alternatives_considered", gaps);
        Assert.Contains("tier_2.decision_making_process.human_oversight", gaps);
        Assert.DoesNotContain("tier_2.owner_and_responsibility.supplier", gaps);
        Assert.DoesNotContain("tier_2.tool_specification.accuracy_evaluations", gaps);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("tier_1").GetProperty("website").ValueKind);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("tier_2").GetProperty("description_and_rationale").GetProperty("benefits").ValueKind);
        var first = record.GetProperty("to_be_completed")[0];
        Assert.Equal(["field", "section", "label"], first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Records_flagged_not_to_be_confirmed_or_denied_never_appear_in_the_record()
    {
        await app.SeedAsync();
        using var client = app.CreateClientFor(Roles.GovernanceEditor, Roles.NcndCleared);

        var json = await (await client.GetAsync(new Uri($"/transparency/systems/{app.VansId}/atrs.json", UriKind.Relative))).Content.ReadAsStringAsync();
        var page = await OrganisationRequests.PageAsync(client, $"/transparency/systems/{app.VansId}");

        foreach (var text in new[] { "DPIA-SECRET", "Covert DPIA", "99,999", "Counter-terrorism" })
        {
            Assert.DoesNotContain(text, json, StringComparison.Ordinal);
            Assert.DoesNotContain(text, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_system_flagged_not_to_be_confirmed_or_denied_has_no_record_even_for_a_cleared_reader()
    {
        await app.SeedAsync();
        using var client = app.CreateClientFor(Roles.FoiOfficer, Roles.NcndCleared);

        var list = await OrganisationRequests.PageAsync(client, "/transparency/systems");

        Assert.Contains("LFR vans", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden cameras", list, StringComparison.Ordinal);
        foreach (var path in new[] { "", "/atrs.json", "/atrs.xlsx" })
        {
            var response = await client.GetAsync(new Uri($"/transparency/systems/{app.CovertSystemId}{path}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_page_lists_the_fields_to_be_completed_and_the_json_download_is_logged()
    {
        await RecordAsync("atrs-logged");
        await app.SeedAsync();
        using var client = app.CreateClientFor(Roles.Viewer);

        var page = await OrganisationRequests.PageAsync(client, $"/transparency/systems/{app.VansId}");

        Assert.Contains("To be completed by a person", page, StringComparison.Ordinal);
        Assert.Contains("tier_2.description_and_rationale.benefits", page, StringComparison.Ordinal);
        var logged = Assert.Single(await app.QueryAsync(db => db.AccessLog.Where(e => e.UserId == "atrs-logged").ToListAsync()));
        Assert.Equal("ATRS record of LFR vans, JSON", logged.Description);
    }

    [Fact]
    public async Task The_spreadsheet_has_the_record_and_a_sheet_of_the_fields_to_be_completed()
    {
        await app.SeedAsync();
        using var client = app.CreateClientFor(Roles.FoiOfficer);

        var response = await client.GetAsync(new Uri($"/transparency/systems/{app.VansId}/atrs.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var record = workbook.Worksheet("ATRS record");
        var rows = record.RowsUsed().Skip(1).Select(r => (r.Cell(2).GetString(), r.Cell(3).GetString())).ToList();
        Assert.Contains(("Name", "LFR vans"), rows);
        Assert.Contains(("Benefits", "To be completed by a person"), rows);
        Assert.Contains(rows, r => r.Item1 == "Accuracy evaluation (1 of 2)" && r.Item2.Contains("Evaluator: National Physical Laboratory", StringComparison.Ordinal));
        var gaps = workbook.Worksheet("To be completed").RowsUsed().Skip(1).Select(r => r.Cell(3).GetString()).ToList();
        Assert.Contains("tier_2.description_and_rationale.benefits", gaps);
        Assert.DoesNotContain("tier_2.owner_and_responsibility.supplier", gaps);
    }

    [Fact]
    public async Task Force_facts_set_in_the_settings_fill_the_record_and_leave_the_list()
    {
        using var configured = new TransparencyRegister();
        configured.Settings["Register:Transparency:Website"] = "https://force.example/facial-recognition";
        configured.Settings["Register:Transparency:Contact"] = "lfr@force.example";
        configured.Settings["Register:Transparency:SeniorResponsibleOwner"] = "Assistant Chief Constable (Operations)";
        await configured.SeedAsync();
        using var client = configured.CreateClientFor(Roles.Viewer);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/transparency/systems/{configured.VansId}/atrs.json", UriKind.Relative)));

        var record = json.RootElement;
        Assert.Equal("https://force.example/facial-recognition", record.GetProperty("tier_1").GetProperty("website").GetString());
        Assert.Equal("lfr@force.example", record.GetProperty("tier_1").GetProperty("contact").GetString());
        Assert.Equal("Assistant Chief Constable (Operations)",
            record.GetProperty("tier_2").GetProperty("owner_and_responsibility").GetProperty("senior_responsible_owner").GetString());
        var gaps = Gaps(record);
        Assert.DoesNotContain("tier_1.website", gaps);
        Assert.DoesNotContain("tier_1.contact", gaps);
        Assert.Contains("tier_2.owner_and_responsibility.team", gaps);
    }
}
