using System.Security.Claims;

namespace LfrGovernance.Web.Authorization;

/// <summary>Who is signed in, read from the claims both sign-in modes issue.</summary>
public sealed record CurrentUser(string Id, string DisplayName, string Username, IReadOnlyList<string> Roles)
{
    /// <summary>Reads the signed-in user, or null when nobody is signed in.</summary>
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var id = principal.FindFirstValue(GovernanceClaimTypes.ObjectId) ?? principal.Identity.Name ?? "unknown";
        var username = principal.FindFirstValue(GovernanceClaimTypes.Username) ?? string.Empty;
        var name = principal.FindFirstValue(GovernanceClaimTypes.Name) ?? (username.Length > 0 ? username : id);
        var roles = principal.FindAll(GovernanceClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal)
            .OrderBy(RoleOrder).ThenBy(r => r, StringComparer.Ordinal)
            .ToList();
        return new CurrentUser(id, name, username, roles);
    }

    // Known roles in their usual order, then any other role the directory sent.
    private static int RoleOrder(string role)
    {
        for (var i = 0; i < Authorization.Roles.All.Count; i++)
        {
            if (Authorization.Roles.All[i] == role)
            {
                return i;
            }
        }
        return int.MaxValue;
    }
}
