using LfrGovernance.Web.Infrastructure;
using LfrGovernance.Web.Infrastructure.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace LfrGovernance.Tests.Unit;

public sealed class AuthenticationSettingsTests
{
    private static AuthenticationSettings Read(string environment, Dictionary<string, string?> settings) =>
        AuthenticationSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new Environment(environment));

    private static Dictionary<string, string?> EntraSettings() => new()
    {
        ["Authentication:Mode"] = "Entra",
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "11111111-2222-3333-4444-555555555555",
        ["AzureAd:ClientId"] = "66666666-7777-8888-9999-000000000000",
    };

    [Fact]
    public void Development_signs_in_locally_without_a_warning_when_no_mode_is_set()
    {
        var settings = Read(Environments.Development, []);

        Assert.Equal(AuthenticationMode.Local, settings.Mode);
        Assert.False(settings.ShowDemoWarning);
    }

    [Fact]
    public void Production_without_a_mode_needs_Entra_and_names_every_missing_setting()
    {
        var error = Assert.Throws<StartupConfigurationException>(() => Read(Environments.Production, []));

        Assert.Contains("missing AzureAd:Instance, AzureAd:TenantId, AzureAd:ClientId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_names_only_the_Entra_settings_that_are_missing()
    {
        var settings = EntraSettings();
        settings["AzureAd:ClientId"] = " ";

        var error = Assert.Throws<StartupConfigurationException>(() => Read(Environments.Production, settings));

        Assert.Contains("missing AzureAd:ClientId.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AzureAd:TenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_with_Entra_settings_starts_with_the_tenant_as_authority()
    {
        var settings = Read(Environments.Production, EntraSettings());

        Assert.Equal(AuthenticationMode.Entra, settings.Mode);
        Assert.Equal(new Uri("https://login.microsoftonline.com/"), settings.EntraAuthority);
        Assert.False(settings.ShowDemoWarning);
    }

    [Fact]
    public void Entra_instance_must_be_https()
    {
        var settings = EntraSettings();
        settings["AzureAd:Instance"] = "http://login.example/";

        var error = Assert.Throws<StartupConfigurationException>(() => Read(Environments.Production, settings));

        Assert.Contains("it must be an https address", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Local_sign_in_outside_development_is_refused_without_the_explicit_switch(string environment)
    {
        var error = Assert.Throws<StartupConfigurationException>(() => Read(environment, new() { ["Authentication:Mode"] = "Local" }));

        Assert.Contains($"this is the '{environment}' environment", error.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication:Local:AllowOutsideDevelopment=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_sign_in_outside_development_with_the_switch_carries_the_warning()
    {
        var settings = Read(Environments.Production, new()
        {
            ["Authentication:Mode"] = "local",
            ["Authentication:Local:AllowOutsideDevelopment"] = "true",
        });

        Assert.Equal(AuthenticationMode.Local, settings.Mode);
        Assert.True(settings.ShowDemoWarning);
    }

    [Theory]
    [InlineData("Windows")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("Local,Entra")]
    public void An_unknown_mode_is_refused_with_the_allowed_values(string mode)
    {
        var error = Assert.Throws<StartupConfigurationException>(() => Read(Environments.Development, new() { ["Authentication:Mode"] = mode }));

        Assert.Contains("It must be 'Entra' (production) or 'Local'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4", false)]
    [InlineData("5", true)]
    [InlineData("1440", true)]
    [InlineData("1441", false)]
    public void Session_idle_timeout_is_kept_within_bounds(string minutes, bool accepted)
    {
        var settings = new Dictionary<string, string?> { ["Authentication:SessionIdleMinutes"] = minutes };

        if (accepted)
        {
            Assert.Equal(TimeSpan.FromMinutes(int.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture)), Read(Environments.Development, settings).SessionIdleTimeout);
        }
        else
        {
            Assert.Throws<StartupConfigurationException>(() => Read(Environments.Development, settings));
        }
    }

    [Theory]
    [InlineData("Authentication:SessionIdleMinutes", "an hour", "it must be a whole number")]
    [InlineData("Authentication:Local:AllowOutsideDevelopment", "yes", "it must be true or false")]
    public void A_setting_of_the_wrong_type_is_reported_not_thrown(string key, string value, string expected)
    {
        var error = Assert.Throws<StartupConfigurationException>(() => Read(Environments.Production, new()
        {
            ["Authentication:Mode"] = "Local",
            [key] = value,
        }));

        Assert.Contains($"{key} is '{value}'; {expected}.", error.Message, StringComparison.Ordinal);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "LfrGovernance.Web";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
