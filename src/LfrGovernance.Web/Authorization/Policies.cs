using Microsoft.AspNetCore.Authorization;

namespace LfrGovernance.Web.Authorization;

/// <summary>Authorization policy names. Controllers and views name these, never a role.</summary>
public static class Policies
{
    /// <summary>Read the register's records: any role of the service.</summary>
    public const string ReadRegister = nameof(ReadRegister);

    /// <summary>Create, edit and retire register records.</summary>
    public const string EditRegister = nameof(EditRegister);

    /// <summary>Decide on deployment and collaboration applications.</summary>
    public const string Authorise = nameof(Authorise);

    /// <summary>See "Your work": the queues of applications to decide, urgent authorisations to ratify and reviews due.</summary>
    public const string WorkQueues = nameof(WorkQueues);

    /// <summary>Cancel a deployment: those who keep the register (before authorisation) and authorising officers (an
    /// authorised or live one); the per-deployment rule is <c>MoveDeployment.WhyNotCancel</c>.</summary>
    public const string CancelDeployments = nameof(CancelDeployments);

    /// <summary>Give the Data Protection Officer's advice on impact assessments.</summary>
    public const string AdviseOnDpia = nameof(AdviseOnDpia);

    /// <summary>Work on FOI requests and their answers.</summary>
    public const string AnswerFoi = nameof(AnswerFoi);

    /// <summary>Read the change history and audit logs and verify their integrity.</summary>
    public const string Audit = nameof(Audit);

    /// <summary>Administer the service.</summary>
    public const string Administer = nameof(Administer);

    /// <summary>See records flagged "do not confirm or deny": the roles configured in
    /// <see cref="DoNotConfirmOrDenyClearance"/>, so not in <see cref="RolesFor"/>.</summary>
    public const string SeeDoNotConfirmOrDeny = nameof(SeeDoNotConfirmOrDeny);

    /// <summary>The roles that satisfy each policy: the one place where roles meet policies.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RolesFor = new Dictionary<string, string[]>
    {
        [ReadRegister] = [.. Roles.All],
        [EditRegister] = [Roles.GovernanceEditor],
        [Authorise] = [Roles.AuthorisingOfficer],
        [WorkQueues] = [Roles.GovernanceEditor, Roles.AuthorisingOfficer],
        [CancelDeployments] = [Roles.GovernanceEditor, Roles.AuthorisingOfficer],
        [AdviseOnDpia] = [Roles.DataProtectionOfficer],
        [AnswerFoi] = [Roles.FoiOfficer],
        [Audit] = [Roles.Auditor, Roles.Administrator],
        [Administer] = [Roles.Administrator],
    };

    /// <summary>Registers every policy, and a fallback that requires a signed-in user on every endpoint
    /// that names none (only <c>[AllowAnonymous]</c> endpoints escape it).</summary>
    public static void Configure(AuthorizationOptions options, DoNotConfirmOrDenyClearance clearance)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clearance);
        options.AddPolicy(SeeDoNotConfirmOrDeny, p => p.RequireAuthenticatedUser().RequireRole(clearance.ClearedRoles));
        foreach (var (policy, roles) in RolesFor)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
