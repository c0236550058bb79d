using System.Security.Claims;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Authentication;

namespace LfrGovernance.Web.Features.Account;

/// <summary>The signed-in user's own page: who they are to the service and what their roles let them do.</summary>
public static class YourAccount
{
    public sealed record RoleSummary(string Name, string Description);

    public sealed record Page(CurrentUser User, IReadOnlyList<RoleSummary> Roles, AuthenticationMode Mode);

    public static Page For(ClaimsPrincipal principal, AuthenticationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var user = CurrentUser.From(principal) ?? throw new InvalidOperationException("The account page needs a signed-in user.");
        return new Page(user, user.Roles.Select(role => new RoleSummary(Authorization.Roles.DisplayName(role), Describe(role))).ToList(), settings.Mode);
    }

    private static string Describe(string role) => role switch
    {
        Authorization.Roles.Viewer => "Read the register's records.",
        Authorization.Roles.GovernanceEditor => "Keep the register's records: systems, deployments, collaborations, assessments, policies and retention figures.",
        Authorization.Roles.AuthorisingOfficer => "Decide on applications to deploy facial recognition and to collaborate with other organisations, subject to the rank rules.",
        Authorization.Roles.DataProtectionOfficer => "Give written advice on data protection impact assessments.",
        Authorization.Roles.FoiOfficer => "Log Freedom of Information requests and answer them from the register.",
        Authorization.Roles.Auditor => "Read everything, including the change history and audit logs.",
        Authorization.Roles.Administrator => "Run the service: configuration, system status, and the audit pages.",
        Authorization.Roles.NcndCleared => "See records the force neither confirms nor denies (for example covert use), wherever you may read records.",
        _ => "A role this service does not recognise; it grants nothing here.",
    };
}
