namespace LfrGovernance.Web.Authorization;

/// <summary>The claim types the service reads. They are Entra ID's own token claim names, kept unmapped
/// (no translation to the long WS-Federation URIs), and local sign-in issues the same ones.</summary>
public static class GovernanceClaimTypes
{
    /// <summary>The user's immutable object id in the directory.</summary>
    public const string ObjectId = "oid";

    /// <summary>The user's display name.</summary>
    public const string Name = "name";

    /// <summary>The sign-in name (usually the email address).</summary>
    public const string Username = "preferred_username";

    /// <summary>App roles assigned to the user, one claim per role.</summary>
    public const string Role = "roles";
}
