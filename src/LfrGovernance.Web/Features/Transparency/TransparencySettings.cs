using LfrGovernance.Web.Infrastructure;

namespace LfrGovernance.Web.Features.Transparency;

/// <summary>Facts about the force that publications need and the register does not hold (<c>Register:Transparency</c>).
/// Each is optional: one left unset is listed in the transparency record as to be completed by a person.</summary>
/// <param name="Website">The force's public page about its use of facial recognition (an http or https address).</param>
/// <param name="Contact">Where the public can ask about it, e.g. an email address.</param>
/// <param name="SeniorResponsibleOwner">The senior responsible owner's role, e.g. "Assistant Chief Constable (Operations)".</param>
/// <param name="Team">The team responsible for the systems day to day.</param>
public sealed record TransparencySettings(string? Website, string? Contact, string? SeniorResponsibleOwner, string? Team)
{
    public const string Section = "Register:Transparency";

    /// <summary>Reads the settings; a website that is not an http or https address stops the application at start.</summary>
    public static TransparencySettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var website = Blank(section["Website"]);
        if (website is not null && (!Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            throw new StartupConfigurationException($"{Section}:Website must be an http or https address, not \u201c{website}\u201d.");
        }
        return new TransparencySettings(website, Blank(section["Contact"]), Blank(section["SeniorResponsibleOwner"]), Blank(section["Team"]));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
