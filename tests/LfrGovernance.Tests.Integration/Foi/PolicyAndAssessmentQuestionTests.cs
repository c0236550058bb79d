using static LfrGovernance.Tests.Integration.Foi.CatalogueDatabase;

namespace LfrGovernance.Tests.Integration.Foi;

/// <summary>Questions 2, 4 and 5 and the recurring ones about assessments, policies, retention and external advice. A
/// document dated after the period (DPIA-2021, "Later guidance", the count of 2020) is not in it.</summary>
public sealed class PolicyAndAssessmentQuestionTests(CatalogueDatabase register) : IClassFixture<CatalogueDatabase>
{
    [Fact]
    public async Task Question_2_gives_the_collaboration_and_retention_policies_with_their_dates_and_the_latest_count_of_retained_images()
    {
        var answer = await register.AnswerAsync("q2");

        Assert.Equal("Yes. The force has this policy guidance:\n"
            + "- Collaboration and data sharing policy \"Working with partners\" version 1.0, created on 1 October 2017, approved on 1 November 2017 (a copy is held).\n"
            + "- Retention policy \"Retention of images\" version 2.0, created on 15 January 2018, approval not recorded (no copy is held in the register).\n\n"
            + "The latest counts of images retained are:\n"
            + "- Alert images: 15 as at 31 December 2019, of which 2 kept beyond the retention rule because \"Evidence in a prosecution\".", answer.Draft);
        Assert.Equal("15", Value(answer, "Retained: alert images, 31 December 2019"));
        var copy = Assert.Single(answer.Figures, f => f.Label == "Collaboration and data sharing policy: Working with partners").Sources;
        Assert.Equal(["PolicyDocument", "RecordDocument"], copy.Select(s => s.RecordType));
    }

    [Fact]
    public async Task Question_4_lists_the_forces_own_dpias_done_by_the_end_of_the_period_with_the_dpos_advice()
    {
        var answer = await register.AnswerAsync("q4");

        Assert.StartsWith("Yes. The force had done 3 data protection impact assessments of facial recognition by 31 December 2019:", answer.Draft, StringComparison.Ordinal);
        Assert.Contains("- DPIA-LFR version 1.0, \"Live facial recognition DPIA\": approved on 1 December 2017; the Data Protection Officer's advice, given on "
            + "20 November 2017, was accepted.", answer.Draft, StringComparison.Ordinal);
        Assert.Contains("DPIA-COL", answer.Draft, StringComparison.Ordinal);
        Assert.Contains("DPIA-RFR", answer.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("DPIA-2021", answer.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("P-DPIA", answer.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_5_says_whether_the_force_scrutinised_its_partners_dpias()
    {
        var answer = await register.AnswerAsync("q5");

        Assert.Equal("Yes. The force scrutinised the data protection impact assessment written by an external partner that the register records:\n"
            + "- Example Centre Ltd's P-DPIA version 1.0, \"Centre's DPIA\": scrutinised on 10 February 2018, with the outcome "
            + "\"Adequate once the retention period was shortened\".", answer.Draft);
    }

    [Fact]
    public async Task Assessments_and_policies_list_every_kind_in_scope_with_status_and_dates()
    {
        var assessments = await register.AnswerAsync("assessments");
        var policies = await register.AnswerAsync("policies");

        Assert.StartsWith("The register records 5 impact assessments of facial recognition by 31 December 2019: 4 data protection impact assessments and "
            + "1 equality impact assessment.", assessments.Draft, StringComparison.Ordinal);
        Assert.Contains("- Data protection impact assessment P-DPIA version 1.0, \"Centre's DPIA\": approved; written by Example Centre Ltd, scrutinised by the "
            + "force on 10 February 2018.", assessments.Draft, StringComparison.Ordinal);
        Assert.Equal("1", Value(assessments, "Equality impact assessments"));
        Assert.StartsWith("The register records 3 policy documents created by 31 December 2019:", policies.Draft, StringComparison.Ordinal);
        Assert.Contains("- Standard operating procedure \"LFR operating procedure\" version 1.0, created on 1 February 2018, approved on 10 February 2018 "
            + "(no copy is held in the register).", policies.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Later guidance", policies.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_gives_the_rules_in_force_at_any_time_in_the_period()
    {
        var answer = await register.AnswerAsync("retention");

        // The one-day rule for unmatched faces was replaced in 2017; both rules for alert images applied in 2018.
        Assert.Equal("The retention rules in force between 1 January 2018 and 31 December 2019 were:\n"
            + "- Biometric data of people not matched: deleted immediately; deletion: Automatic deletion (from 1 January 2017).\n"
            + "- Alert images: kept for 31 days; deletion: Manual deletion (from 1 January 2016).\n"
            + "- Alert images: kept for 24 hours; deletion: Automatic deletion (from 15 January 2018), as set by \"Retention of images\" version 2.0.", answer.Draft);
        Assert.Equal(["RetentionRule", "PolicyDocument"],
            Assert.Single(answer.Figures, f => f.Label == "Retention: alert images, from 15 January 2018").Sources.Select(s => s.RecordType));
    }

    [Fact]
    public async Task External_advice_gives_the_ico_consultations_and_says_other_advice_is_not_recorded()
    {
        var answer = await register.AnswerAsync("external-advice");
        var before = await register.AnswerAsync("external-advice", scope: Scope() with { From = new(2016, 1, 1), To = new(2016, 12, 31) });

        Assert.Equal("The force consulted, or found it needed to consult, the Information Commissioner's Office (ICO) on 1 impact assessment of facial "
            + "recognition by 31 December 2019:\n"
            + "- Data protection impact assessment DPIA-LFR version 1.0, \"Live facial recognition DPIA\": consultation sent on 25 November 2017; the ICO advised "
            + "\"Proceed with the safeguards described\".\n\n"
            + "Advice sought from other bodies (for example the Biometrics and Surveillance Camera Commissioner or the Home Office) is not recorded in the register.",
            answer.Draft);
        Assert.True(before.NothingHeld);
        Assert.StartsWith("No information is held.\n\nThe register records no prior consultation", before.Draft, StringComparison.Ordinal);
    }
}
