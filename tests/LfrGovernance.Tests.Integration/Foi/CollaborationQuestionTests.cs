using static LfrGovernance.Tests.Integration.Foi.CatalogueDatabase;

namespace LfrGovernance.Tests.Integration.Foi;

/// <summary>Questions 1 to 1f and 3: the collaborations in 2018 and 2019 are COL-001 (ceased) and COL-002 (continuing);
/// COL-OLD ended before the period, COL-PLAN is only proposed, and two more are withheld (see <see cref="CatalogueRegister"/>).</summary>
public sealed class CollaborationQuestionTests(CatalogueDatabase register) : IClassFixture<CatalogueDatabase>
{
    [Fact]
    public async Task Question_1_names_each_organisation_with_the_manner_period_locations_cost_and_whether_it_continues()
    {
        var answer = await register.AnswerAsync("q1");

        Assert.Equal(
            "Yes. The force collaborated with 2 organisations on facial recognition between 1 January 2018 and 31 December 2019:\n"
            + "- Example Centre Ltd (landowner), COL-001 \"Trial at the Example Centre\": image sharing and a joint operation, from 1 March 2018 to "
            + "30 June 2018, at Example Centre, Sheffield; cost £12,500, paid by the partner; ceased.\n"
            + "- Museum of Example (museum), COL-002 \"Advice to the museum\": advice, from 10 January 2019, locations not recorded; no cost recorded; continuing.\n\n"
            + "COL-002 continues; COL-001 has ceased.",
            answer.Draft);
        Assert.False(answer.NothingHeld);
        Assert.Equal("2", Value(answer, "Organisations collaborated with"));
        Assert.Equal("£12,500", Value(answer, "Total cost of the collaborations (GBP)"));
        var trial = Assert.Single(answer.Figures, f => f.Label == "Collaboration COL-001");
        Assert.Equal([("Collaboration", "COL-001"), ("Organisation", "Example Centre Ltd")], trial.Sources.Select(s => (s.RecordType, s.Reference)));
        Assert.Equal(register.Ids.Trial, trial.Sources[0].Id);
        Assert.All(trial.Sources, s => Assert.Equal(1, s.Version));
    }

    [Fact]
    public async Task Question_1a_gives_the_images_shared_in_the_period_with_dataset_purpose_legal_basis_and_protocol()
    {
        var answer = await register.AnswerAsync("q1a");

        Assert.StartsWith("Yes. Images were shared on 1 occasion between 1 January 2018 and 31 December 2019 (the force gave 5 images to its partners):\n"
            + "- On 5 March 2018 the force gave Example Centre Ltd 5 images (COL-001), from custody images (PND), for locating wanted offenders, "
            + "on the legal basis \"DPA 2018 s.35\"; under the security and handling protocol \"Encrypted transfer, deleted after the trial\".", answer.Draft,
            StringComparison.Ordinal);
        Assert.Equal("5", Value(answer, "Images the force shared with partners"));
        Assert.Equal("ImageSharing", Assert.Single(answer.Figures[0].Sources).RecordType);
    }

    [Fact]
    public async Task Question_1b_gives_the_rank_of_the_authorising_officer_and_the_process_and_says_where_no_decision_is_recorded()
    {
        var answer = await register.AnswerAsync("q1b");

        Assert.Contains("- COL-001 (Example Centre Ltd): authorised on 20 February 2018 by an officer of the rank of Superintendent, following "
            + "\"Collaboration board review\" (as recorded in Minutes of the LFR board, 20 February 2018).", answer.Draft, StringComparison.Ordinal);
        Assert.Contains("- COL-002 (Museum of Example): no decision on the collaboration is recorded.", answer.Draft, StringComparison.Ordinal);
        // Officers are named by rank only.
        Assert.DoesNotContain("Sam Price", answer.Draft, StringComparison.Ordinal);
        Assert.Equal("AuthorisationDecision", Assert.Single(answer.Figures).Sources[0].RecordType);
    }

    [Fact]
    public async Task Questions_1c_to_1f_give_the_protocol_and_the_alert_figures_of_each_collaboration()
    {
        var protocol = await register.AnswerAsync("q1c");
        var alerts = await register.AnswerAsync("q1d");
        var truePositives = await register.AnswerAsync("q1e");
        var falsePositives = await register.AnswerAsync("q1f");

        Assert.Contains("- COL-001 (Example Centre Ltd): \"Centre staff call the force, and an officer attends to verify\".", protocol.Draft, StringComparison.Ordinal);
        Assert.Contains("- COL-002 (Museum of Example): no protocol is recorded.", protocol.Draft, StringComparison.Ordinal);
        Assert.StartsWith("The collaborations on facial recognition between 1 January 2018 and 31 December 2019 recorded 5 alerts, 2 of which led to police "
            + "action (figures are recorded for 1 of the 2 collaborations).", alerts.Draft, StringComparison.Ordinal);
        Assert.Equal(("5", "2"), (Value(alerts, "Alerts"), Value(alerts, "Alerts leading to police action")));
        Assert.Equal("4", Value(truePositives, "True positives"));
        Assert.Equal("1", Value(falsePositives, "False positives"));
        Assert.Contains("- COL-002 (Museum of Example): no figures recorded.", falsePositives.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_3_says_which_collaborations_the_force_assessed_in_a_dpia_of_its_own()
    {
        var answer = await register.AnswerAsync("q3");

        Assert.Equal("A data protection impact assessment was done for 1 of the 2 collaborations:\n"
            + "- COL-001 (Example Centre Ltd): DPIA-COL version 1.0, \"Example Centre trial DPIA\", approved on 15 February 2018.\n"
            + "- COL-002 (Museum of Example): no data protection impact assessment is recorded.", answer.Draft);
        Assert.Equal("None recorded", Value(answer, "DPIA of COL-002"));
    }

    [Fact]
    public async Task Partners_lists_the_organisations_with_their_data_sharing_agreements()
    {
        var answer = await register.AnswerAsync("partners");

        Assert.Contains("- Example Centre Ltd (landowner): COL-001, a data-sharing agreement is in place (DSA-12), controllers: "
            + "\"The force is controller of the watchlist\".", answer.Draft, StringComparison.Ordinal);
        Assert.Contains("- Museum of Example (museum): COL-002, whether a data-sharing agreement is in place is not recorded.", answer.Draft, StringComparison.Ordinal);
        Assert.Equal(("2", "1"), (Value(answer, "Partners"), Value(answer, "Collaborations with a data-sharing agreement")));
    }

    [Fact]
    public async Task Collaborations_that_ended_before_the_period_or_are_only_proposed_are_not_in_it()
    {
        var answers = await register.AllAsync(cleared: true);

        foreach (var key in new[] { "q1", "q1a", "q1b", "q1c", "q1d", "q3", "partners" })
        {
            Assert.DoesNotContain("COL-OLD", answers[key].Draft, StringComparison.Ordinal);
            Assert.DoesNotContain("COL-PLAN", answers[key].Draft, StringComparison.Ordinal);
        }
    }
}
