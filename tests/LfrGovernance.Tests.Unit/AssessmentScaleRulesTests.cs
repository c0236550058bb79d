using Microsoft.Extensions.Configuration;
using LfrGovernance.Core.Assessments;

namespace LfrGovernance.Tests.Unit;

public sealed class AssessmentScaleRulesTests
{
    private static readonly AssessmentScales Ico = new();

    private static AssessmentRisk Risk(string likelihood = "Possible", string severity = "Severe", string overall = "High") =>
        new() { AssessmentId = Guid.NewGuid(), Description = "Misidentification", Likelihood = likelihood, Severity = severity, Overall = overall };

    [Fact]
    public void The_ico_scales_are_the_defaults()
    {
        Assert.Equal(["Remote", "Possible", "Probable"], Ico.Likelihood);
        Assert.Equal(["Minimal", "Significant", "Severe"], Ico.Severity);
        Assert.Equal(["Low", "Medium", "High"], Ico.Overall);
        Assert.Equal(["Eliminated", "Reduced", "Accepted"], Ico.Effect);
    }

    [Fact]
    public void A_risk_graded_on_the_scales_breaks_no_rule() => Assert.Empty(AssessmentRules.CheckRisk(Risk(), Ico));

    [Fact]
    public void A_risk_value_not_on_its_scale_is_refused()
    {
        var breaches = AssessmentRules.CheckRisk(Risk(likelihood: "Likely", severity: "severe", overall: ""), Ico);

        Assert.Equal([nameof(AssessmentRisk.Likelihood), nameof(AssessmentRisk.Severity), nameof(AssessmentRisk.Overall)], breaches.Select(b => b.Field));
        Assert.Contains("Remote, Possible, Probable", breaches[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_scale_replaces_the_ico_one()
    {
        var scales = new AssessmentScales { Likelihood = ["Rare", "Likely"] };

        Assert.Empty(AssessmentRules.CheckRisk(Risk(likelihood: "Likely"), scales));
        Assert.Single(AssessmentRules.CheckRisk(Risk(likelihood: "Possible"), scales));
    }

    [Fact]
    public void A_measure_graded_on_the_scales_answering_a_current_risk_of_its_assessment_breaks_no_rule()
    {
        var risk = Risk();
        var measure = new AssessmentMeasure { AssessmentId = risk.AssessmentId, RiskId = risk.Id, Description = "Human review", Effect = "Reduced", ResidualRisk = "Low" };

        Assert.Empty(AssessmentRules.CheckMeasure(measure, risk, Ico));
    }

    [Fact]
    public void A_measure_effect_or_residual_risk_not_on_its_scale_is_refused()
    {
        var measure = new AssessmentMeasure { AssessmentId = Guid.NewGuid(), Description = "Signage", Effect = "Mitigated", ResidualRisk = "Severe" };

        Assert.Equal([nameof(AssessmentMeasure.Effect), nameof(AssessmentMeasure.ResidualRisk)],
            AssessmentRules.CheckMeasure(measure, null, Ico).Select(b => b.Field));
    }

    [Fact]
    public void A_measure_cannot_answer_a_risk_of_another_assessment_or_a_retired_one()
    {
        var risk = Risk();
        var measure = new AssessmentMeasure { AssessmentId = Guid.NewGuid(), RiskId = risk.Id, Description = "x", Effect = "Reduced", ResidualRisk = "Low" };
        Assert.Equal([nameof(AssessmentMeasure.RiskId)], AssessmentRules.CheckMeasure(measure, risk, Ico).Select(b => b.Field));

        measure.AssessmentId = risk.AssessmentId;
        risk.Retire("Duplicate", DateTime.UtcNow);
        Assert.Equal([nameof(AssessmentMeasure.RiskId)], AssessmentRules.CheckMeasure(measure, risk, Ico).Select(b => b.Field));
        Assert.Equal([nameof(AssessmentMeasure.RiskId)], AssessmentRules.CheckMeasure(measure, null, Ico).Select(b => b.Field));
    }
}

public sealed class AssessmentScaleSettingsTests
{
    private static Microsoft.Extensions.Configuration.IConfiguration Settings(params (string Key, string Value)[] values) =>
        new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    [Fact]
    public void Without_settings_the_scales_are_the_icos()
    {
        var scales = LfrGovernance.Web.Features.Assessments.AssessmentScaleSettings.Read(Settings());

        Assert.Equal(["Remote", "Possible", "Probable"], scales.Likelihood);
        Assert.Equal(["Eliminated", "Reduced", "Accepted"], scales.Effect);
    }

    [Fact]
    public void A_configured_scale_replaces_the_default_whole_and_the_others_stay()
    {
        var scales = LfrGovernance.Web.Features.Assessments.AssessmentScaleSettings.Read(Settings(
            ("Register:Assessments:Scales:Likelihood:0", "Rare"), ("Register:Assessments:Scales:Likelihood:1", "Likely")));

        Assert.Equal(["Rare", "Likely"], scales.Likelihood);
        Assert.Equal(["Minimal", "Significant", "Severe"], scales.Severity);
    }

    [Fact]
    public void A_scale_with_a_value_twice_stops_the_start()
    {
        var settings = Settings(("Register:Assessments:Scales:Overall:0", "Low"), ("Register:Assessments:Scales:Overall:1", "low"));

        var problem = Assert.Throws<LfrGovernance.Web.Infrastructure.StartupConfigurationException>(
            () => LfrGovernance.Web.Features.Assessments.AssessmentScaleSettings.Read(settings));
        Assert.Contains("Register:Assessments:Scales:Overall", problem.Message, StringComparison.Ordinal);
    }
}
