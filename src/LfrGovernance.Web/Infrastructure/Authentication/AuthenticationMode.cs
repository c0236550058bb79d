namespace LfrGovernance.Web.Infrastructure.Authentication;

/// <summary>How people sign in (configuration key <c>Authentication:Mode</c>).</summary>
public enum AuthenticationMode
{
    /// <summary>Microsoft Entra ID through Microsoft.Identity.Web: the production mode.</summary>
    Entra,

    /// <summary>Pick a demonstration user on a plain sign-in page: development and demonstrations only.</summary>
    Local,
}
