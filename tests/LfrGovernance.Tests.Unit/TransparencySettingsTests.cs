using LfrGovernance.Web.Features.Transparency;
using LfrGovernance.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace LfrGovernance.Tests.Unit;

public sealed class TransparencySettingsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>($"Register:Transparency:{v.Key}", v.Value)))
            .Build();

    [Fact]
    public void Unset_or_blank_facts_are_left_for_a_person_to_complete()
    {
        var settings = TransparencySettings.Read(Settings(("Contact", "  ")));

        Assert.Equal(new TransparencySettings(null, null, null, null), settings);
    }

    [Fact]
    public void Set_facts_are_read_trimmed()
    {
        var settings = TransparencySettings.Read(Settings(("Website", " https://force.example/lfr "), ("Contact", "lfr@force.example"),
            ("SeniorResponsibleOwner", "ACC Operations"), ("Team", "Information governance")));

        Assert.Equal(new TransparencySettings("https://force.example/lfr", "lfr@force.example", "ACC Operations", "Information governance"), settings);
    }

    [Theory]
    [InlineData("force.example/lfr")]
    [InlineData("ftp://force.example/lfr")]
    [InlineData("javascript:alert(1)")]
    public void A_website_that_is_not_a_web_address_stops_the_service_at_start(string website)
    {
        var refused = Assert.Throws<StartupConfigurationException>(() => TransparencySettings.Read(Settings(("Website", website))));

        Assert.Contains("Register:Transparency:Website", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_settings_file_documents_every_transparency_setting_under_its_section()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "appsettings.sample.json");
        var sample = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(path)).Build().GetSection(TransparencySettings.Section);

        Assert.Equal(["Contact", "SeniorResponsibleOwner", "Team", "Website"], sample.GetChildren().Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal(new TransparencySettings(null, null, null, null), TransparencySettings.Read(new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(path)).Build()));
    }
}
