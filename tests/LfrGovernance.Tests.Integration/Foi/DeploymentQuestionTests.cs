using static LfrGovernance.Tests.Integration.Foi.CatalogueDatabase;

namespace LfrGovernance.Tests.Integration.Foi;

/// <summary>The recurring questions about deployments. In 2018 and 2019 the test force deployed twice: LFR-001 (live, Cardiff,
/// 3 May 2018) and RFR-001 (retrospective, 10 to 12 June 2019). Left out: LFR-OLD (2017), LFR-LATE (2020), LFR-GONE
/// (retired), LFR-REFUSED (never took place), OTH-001 (another force), LFR-LIVE and LFR-PLAN (2024), and two withheld.</summary>
public sealed class DeploymentQuestionTests(CatalogueDatabase register) : IClassFixture<CatalogueDatabase>
{
    private static readonly string[] LeftOut = ["LFR-OLD", "LFR-LATE", "LFR-GONE", "LFR-REFUSED", "OTH-001", "LFR-LIVE", "LFR-PLAN"];

    [Fact]
    public async Task Deployments_lists_each_deployment_in_the_period_with_its_dates_location_and_kind()
    {
        var answer = await register.AnswerAsync("deployments");

        Assert.Equal("The register records 2 deployments of facial recognition between 1 January 2018 and 31 December 2019: 1 of live facial "
            + "recognition and 1 of retrospective facial recognition.\n\nThey were:\n"
            + "- LFR-001: live facial recognition at Cardiff city centre on 3 May 2018 (wanted offenders).\n"
            + "- RFR-001: retrospective facial recognition at Force headquarters from 10 June 2019 to 12 June 2019 (wanted offenders).", answer.Draft);
        Assert.Equal("2", Value(answer, "Deployments"));
        Assert.Equal([register.Ids.Cardiff, register.Ids.Search], Assert.Single(answer.Figures, f => f.Label == "Deployments").Sources.Select(s => s.Id));
        Assert.All(LeftOut, reference => Assert.DoesNotContain(answer.Figures.SelectMany(f => f.Sources), s => s.Reference == reference));
    }

    [Fact]
    public async Task Outcomes_sum_each_figure_over_the_deployments_that_record_it_and_give_both_false_alert_rates()
    {
        var answer = await register.AnswerAsync("outcomes");

        Assert.Equal("The 2 deployments of facial recognition between 1 January 2018 and 31 December 2019 recorded these outcomes:\n"
            + "- Faces seen (processed): 12,420.\n- Alerts: 13.\n- True alerts, confirmed: 10.\n- True alerts, unconfirmed: 2 (recorded for 1 deployment).\n"
            + "- False alerts, confirmed: 1.\n- False alerts, unconfirmed: 0 (recorded for 1 deployment).\n- Engagements: 7 (recorded for 1 deployment).\n"
            + "- Arrests: 4 (recorded for 1 deployment).\n- Other action: 1 (recorded for 1 deployment).\n- No action: 6 (recorded for 1 deployment).\n\n"
            + "False alerts were 1 in 12,420 faces seen and 7.7% of all alerts.\n\n"
            + "These figures are recorded locally by the force and should not be compared with those of other forces, which may record them differently.",
            answer.Draft);
        Assert.Equal(("12,420", "4", "1 in 12,420", "7.7%"), (Value(answer, "Faces seen"), Value(answer, "Arrests"),
            Value(answer, "False alert rate (per faces seen)"), Value(answer, "False alerts as a share of all alerts")));
    }

    [Fact]
    public async Task Watchlists_give_the_size_per_deployment_the_image_sources_and_the_criteria()
    {
        var answer = await register.AnswerAsync("watchlists");

        Assert.Contains("- LFR-001 (on 3 May 2018): 9,756 people.\n- RFR-001 (from 10 June 2019 to 12 June 2019): 40 people.", answer.Draft, StringComparison.Ordinal);
        Assert.Contains("- Wanted by police or courts: Custody images (PND), on the legal basis \"DPA 2018 s.35\" (1 deployment, 9,700 people in all).",
            answer.Draft, StringComparison.Ordinal);
        Assert.Contains("- Missing or vulnerable people: Supplied by families, on the legal basis \"DPA 2018 s.35\" (1 deployment, 56 people in all).",
            answer.Draft, StringComparison.Ordinal);
        Assert.Contains("- \"Wanted on warrant for serious offences; missing people at high risk\" (1 deployment).", answer.Draft, StringComparison.Ordinal);
        Assert.Equal("9,756", Value(answer, "Watchlist size: LFR-001"));
    }

    [Fact]
    public async Task Alert_categories_break_down_the_alerts_held_one_by_one_and_say_that_no_demographic_breakdown_is_held()
    {
        var answer = await register.AnswerAsync("alert-categories");

        Assert.StartsWith("The register does not hold the ethnicity, sex, age or any other demographic characteristic of the people in alerts or engagements, "
            + "so no demographic breakdown of them is held.", answer.Draft, StringComparison.Ordinal);
        Assert.Contains("By watchlist category:\n- Wanted by police or courts: 3.\n- Missing or vulnerable people: 1.", answer.Draft, StringComparison.Ordinal);
        Assert.Contains("By adjudication:\n- True alert (confirmed): 2.\n- True alert (unconfirmed): 1.\n- False alert (confirmed): 1.", answer.Draft, StringComparison.Ordinal);
        Assert.Contains("By action that followed:\n- No action: 1.\n- Engagement: 1.\n- Arrest: 2.", answer.Draft, StringComparison.Ordinal);
        Assert.Equal("4", Value(answer, "Alerts recorded one by one"));
    }

    [Fact]
    public async Task Suppliers_and_costs_give_the_systems_used_or_under_contract_with_their_supplier_and_costs()
    {
        var answer = await register.AnswerAsync("suppliers-costs");

        Assert.Equal("The register records 2 systems of facial recognition used or under contract between 1 January 2018 and 31 December 2019:\n"
            + "- LFR vans (NeoFace Live, version 4.1), live facial recognition, in service: supplied by NEC; contract C-12 from 1 April 2017 to 31 March 2021; "
            + "one-off cost £250,000; yearly cost £40,000.50.\n"
            + "- Image search (Search 2), retrospective facial recognition, in service: supplier not recorded; no one-off cost recorded; no yearly cost recorded.",
            answer.Draft);
        Assert.Equal(("NEC", "£250,000"), (Value(answer, "Supplier of LFR vans"), Value(answer, "One-off costs, all systems (GBP)")));
        // The proposed phone app has no contract and no deployment in the period; the other force's vans are not the force's.
        Assert.DoesNotContain("Phone app", answer.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Other vans", answer.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Current_use_and_plans_speak_of_the_registers_today_whatever_the_period()
    {
        var current = await register.AnswerAsync("q6");
        var plans = await register.AnswerAsync("q7");

        Assert.StartsWith("Yes. As at 1 March 2024 the force is using or collaborating on facial recognition.", current.Draft, StringComparison.Ordinal);
        Assert.Contains("- LFR-LIVE: live facial recognition at Stadium, started on 29 February 2024.", current.Draft, StringComparison.Ordinal);
        Assert.Equal(("2", "1", "1"), (Value(current, "Systems in service or on trial"), Value(current, "Deployments live"), Value(current, "Collaborations continuing")));
        Assert.Contains("- Phone app (Mobile ID, operator-initiated facial recognition, proposed).", plans.Draft, StringComparison.Ordinal);
        Assert.Contains("- LFR-PLAN: live facial recognition at Seafront, planned to start on 1 June 2024 (being prepared).", plans.Draft, StringComparison.Ordinal);
        Assert.Contains("COL-PLAN", plans.Draft, StringComparison.Ordinal);
    }
}
