using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.People;
using LfrGovernance.Web.Features.Authorisation;
using LfrGovernance.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace LfrGovernance.Tests.Unit;

public sealed class AuthorisationConfigurationTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>($"Register:Authorisation:{v.Key}", v.Value)))
            .Build();

    [Fact]
    public void Without_settings_the_college_of_policing_defaults_apply()
    {
        var settings = AuthorisationConfiguration.Read(Settings());

        Assert.Equal((Rank.Superintendent, Rank.Inspector, TimeSpan.FromHours(24)), (settings.MinimumRank, settings.UrgentRank, settings.RatificationPeriod));
        Assert.Empty(settings.WarningChecks);
    }

    [Fact]
    public void Ranks_periods_and_warning_checks_are_read_by_name()
    {
        var settings = AuthorisationConfiguration.Read(Settings(("MinimumRank", "chiefsuperintendent"), ("UrgentRank", "ChiefInspector"),
            ("RatificationPeriod", "12:00:00"), ("WarningChecks:0", "Equality-Impact"), ("WarningChecks:1", "public-notice")));

        Assert.Equal((Rank.ChiefSuperintendent, Rank.ChiefInspector, TimeSpan.FromHours(12)), (settings.MinimumRank, settings.UrgentRank, settings.RatificationPeriod));
        Assert.Equal(["equality-impact", "public-notice"], settings.WarningChecks);
    }

    [Theory]
    [InlineData("Supt")]
    [InlineData("5")]
    public void An_unknown_rank_stops_the_start_with_the_setting_and_the_ranks_named(string rank)
    {
        var problem = Assert.Throws<StartupConfigurationException>(() => AuthorisationConfiguration.Read(Settings(("MinimumRank", rank))));

        Assert.Equal($"Register:Authorisation:MinimumRank is \u201c{rank}\u201d, which is not a rank. Use one of: Constable, Sergeant, Inspector, "
            + "ChiefInspector, Superintendent, ChiefSuperintendent, AssistantChiefConstable, DeputyChiefConstable, ChiefConstable.", problem.Message);
    }

    [Fact]
    public void An_urgent_rank_above_the_minimum_rank_stops_the_start()
    {
        var problem = Assert.Throws<StartupConfigurationException>(() => AuthorisationConfiguration.Read(Settings(("MinimumRank", "Inspector"), ("UrgentRank", "Superintendent"))));

        Assert.StartsWith("Register:Authorisation:UrgentRank (Superintendent) must not be above", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("00:30:00")]
    [InlineData("24:00:00")]
    [InlineData("8.00:00:00")]
    public void A_ratification_period_outside_one_hour_to_seven_days_stops_the_start(string period)
    {
        var problem = Assert.Throws<StartupConfigurationException>(() => AuthorisationConfiguration.Read(Settings(("RatificationPeriod", period))));

        Assert.Contains("Register:Authorisation:RatificationPeriod must be a period from 01:00:00", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_readiness_check_stops_the_start()
    {
        var problem = Assert.Throws<StartupConfigurationException>(() => AuthorisationConfiguration.Read(Settings(("WarningChecks:0", "dpia-review"))));

        Assert.Contains("names \u201cdpia-review\u201d, which is not a readiness check", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_settings_file_documents_every_authorisation_setting_with_its_default()
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "appsettings.sample.json"));

        foreach (var setting in new[] { "\"MinimumRank\": \"Superintendent\"", "\"UrgentRank\": \"Inspector\"", "\"RatificationPeriod\": \"1.00:00:00\"", "\"WarningChecks\": []" })
        {
            Assert.Contains(setting, sample, StringComparison.Ordinal);
        }
        Assert.Equal(TimeSpan.FromHours(24), AuthorisationConfiguration.Read(Settings(("RatificationPeriod", "1.00:00:00"))).RatificationPeriod);
    }
}
