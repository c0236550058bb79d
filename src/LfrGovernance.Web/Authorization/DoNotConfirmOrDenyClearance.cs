using System.Security.Claims;
using LfrGovernance.Web.Infrastructure;

namespace LfrGovernance.Web.Authorization;

/// <summary>Who may see records flagged "do not confirm or deny": users holding one of the roles configured in
/// <c>Register:DoNotConfirmOrDeny:ClearedRoles</c> (by default only <see cref="Roles.NcndCleared"/>). Everyone else
/// is answered as if such records did not exist: lists leave them out, their pages answer 404.</summary>
public sealed class DoNotConfirmOrDenyClearance
{
    public const string ClearedRolesKey = "Register:DoNotConfirmOrDeny:ClearedRoles";

    public DoNotConfirmOrDenyClearance(IReadOnlyList<string> clearedRoles)
    {
        ArgumentNullException.ThrowIfNull(clearedRoles);
        ClearedRoles = clearedRoles;
    }

    /// <summary>The roles that clear a user.</summary>
    public IReadOnlyList<string> ClearedRoles { get; }

    public bool IsCleared(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && ClearedRoles.Any(user.IsInRole);
    }

    /// <summary>Reads the configured roles; a role that is not one of the service's is a mistake, refused at start.</summary>
    public static DoNotConfirmOrDenyClearance Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetSection(ClearedRolesKey).Get<string[]>();
        if (configured is null || configured.Length == 0)
        {
            return new DoNotConfirmOrDenyClearance([Roles.NcndCleared]);
        }
        var known = Roles.All.Append(Roles.NcndCleared).ToHashSet(StringComparer.Ordinal);
        var unknown = configured.Where(role => !known.Contains(role)).ToList();
        if (unknown.Count > 0)
        {
            throw new StartupConfigurationException(
                $"{ClearedRolesKey} names a role the service does not have: {string.Join(", ", unknown)}. " +
                $"Use any of: {string.Join(", ", known)}.");
        }
        return new DoNotConfirmOrDenyClearance(configured.Distinct(StringComparer.Ordinal).ToList());
    }
}
