using LfrGovernance.Web.Features.Foi;
using LfrGovernance.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace LfrGovernance.Tests.Unit.Foi;

public sealed class FoiConfigurationTests
{
    private static IConfiguration Settings(string? format) => new ConfigurationBuilder()
        .AddInMemoryCollection(format is null ? [] : [new("Register:Foi:ReferenceFormat", format)])
        .Build();

    [Fact]
    public void Without_a_setting_references_are_FOI_year_and_number()
    {
        Assert.Equal("FOI/2026/0031", FoiConfiguration.Read(Settings(null)).Reference(2026, 31));
    }

    [Fact]
    public void A_forces_own_format_is_used()
    {
        Assert.Equal("DM2026/0031", FoiConfiguration.Read(Settings("DM{yyyy}/{nnnn}")).Reference(2026, 31));
    }

    [Theory]
    [InlineData("FOI/{yyyy}")]
    [InlineData("FOI {yyyy} {nnnn}")]
    [InlineData("{nn}-{nnnn}")]
    public void A_format_that_cannot_make_a_reference_stops_the_start(string format)
    {
        var problem = Assert.Throws<StartupConfigurationException>(() => FoiConfiguration.Read(Settings(format)));

        Assert.Contains("Register:Foi:ReferenceFormat must hold {nnnn}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_settings_file_documents_the_reference_format_with_its_default()
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "appsettings.sample.json"));

        Assert.Contains("\"ReferenceFormat\": \"FOI/{yyyy}/{nnnn}\"", sample, StringComparison.Ordinal);
    }
}
