using LfrGovernance.Core.Systems;

namespace LfrGovernance.Tests.Unit;

public sealed class SystemRulesTests
{
    private static FacialRecognitionSystem NeoFace() => new()
    {
        Name = "Live facial recognition vans",
        Product = "NEC NeoFace Live",
        Kind = FacialRecognitionKind.Live,
        AlgorithmVersion = "NeoFace V4",
        DefaultThreshold = 0.6,
        Status = SystemStatus.InService,
        ContractStart = new DateOnly(2023, 4, 1),
        ContractEnd = new DateOnly(2026, 3, 31),
        CapitalCostPence = 25_000_000,
        AnnualCostPence = 4_500_000,
    };

    [Fact]
    public void A_complete_system_breaks_no_rule() => Assert.Empty(SystemRules.Check(NeoFace()));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void A_default_threshold_outside_0_to_1_is_refused(double threshold)
    {
        var system = NeoFace();
        system.DefaultThreshold = threshold;

        Assert.Equal(nameof(FacialRecognitionSystem.DefaultThreshold), Assert.Single(SystemRules.Check(system)).Field);
    }

    [Fact]
    public void A_contract_ending_before_it_starts_is_refused_but_a_one_day_contract_is_not()
    {
        var backwards = NeoFace();
        backwards.ContractEnd = new DateOnly(2023, 3, 31);
        var oneDay = NeoFace();
        oneDay.ContractEnd = oneDay.ContractStart;

        Assert.Equal(nameof(FacialRecognitionSystem.ContractEnd), Assert.Single(SystemRules.Check(backwards)).Field);
        Assert.Empty(SystemRules.Check(oneDay));
    }

    [Fact]
    public void Negative_costs_are_refused()
    {
        var system = NeoFace();
        system.CapitalCostPence = -1;
        system.AnnualCostPence = -1;

        Assert.Equal(
            [nameof(FacialRecognitionSystem.CapitalCostPence), nameof(FacialRecognitionSystem.AnnualCostPence)],
            SystemRules.Check(system).Select(b => b.Field));
    }

    [Theory]
    [InlineData("gbp")]
    [InlineData("GB")]
    [InlineData("EURO")]
    public void A_currency_that_is_not_three_capital_letters_is_refused(string currency)
    {
        var system = NeoFace();
        system.Currency = currency;

        Assert.Equal(nameof(FacialRecognitionSystem.Currency), Assert.Single(SystemRules.Check(system)).Field);
    }
}
