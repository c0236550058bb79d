namespace LfrGovernance.Web.Authorization;

/// <summary>The service's roles. Each value is, letter for letter, the <c>value</c> of an app role in the
/// Entra ID app registration (docs/operations/entra-id.md); local sign-in issues the same values.</summary>
/// <remarks>Code never checks a role directly: it names a policy from <see cref="Policies"/>.</remarks>
public static class Roles
{
    /// <summary>Reads the register.</summary>
    public const string Viewer = "Viewer";

    /// <summary>Information governance: keeps the register's records.</summary>
    public const string GovernanceEditor = "GovernanceEditor";

    /// <summary>Senior officer who authorises deployments and collaborations (rank rules apply on top).</summary>
    public const string AuthorisingOfficer = "AuthorisingOfficer";

    /// <summary>Data Protection Officer: advises on DPIAs.</summary>
    public const string DataProtectionOfficer = "DataProtectionOfficer";

    /// <summary>FOI team: logs and answers requests.</summary>
    public const string FoiOfficer = "FoiOfficer";

    /// <summary>Oversight: reads everything, including history and audit logs.</summary>
    public const string Auditor = "Auditor";

    /// <summary>Runs the service: configuration, reference data, system status.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Cleared to see records flagged "do not confirm or deny" (for example covert use). Not a role of its
    /// own: it is held with one of the others, and <see cref="DoNotConfirmOrDenyClearance"/> says which roles clear.</summary>
    public const string NcndCleared = "NcndCleared";

    /// <summary>Every role, in the order they are shown.</summary>
    public static readonly IReadOnlyList<string> All =
        [Viewer, GovernanceEditor, AuthorisingOfficer, DataProtectionOfficer, FoiOfficer, Auditor, Administrator];

    /// <summary>A person's name for a role, as shown in the header and on the account page.</summary>
    public static string DisplayName(string role) => role switch
    {
        Viewer => "Viewer",
        GovernanceEditor => "Governance editor",
        AuthorisingOfficer => "Authorising officer",
        DataProtectionOfficer => "Data protection officer",
        FoiOfficer => "FOI officer",
        Auditor => "Auditor",
        Administrator => "Administrator",
        NcndCleared => "Cleared for records not confirmed or denied",
        _ => role,
    };
}
