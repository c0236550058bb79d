using LfrGovernance.Web.Authorization;

namespace LfrGovernance.Web.Infrastructure.Web;

/// <summary>An entry in the service navigation, shown to those who satisfy its policy (null: every signed-in user).</summary>
/// <param name="Counted">True for "Your work": the entry shows how many things wait for the user.</param>
public sealed record NavigationItem(string Text, string Path, string? Policy, bool Counted = false);

/// <summary>The service navigation. A feature adds its entry here, with the policy its pages require.</summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavigationItem> Items =
    [
        new("Home", "/", null),
        new("Your work", "/work", Policies.WorkQueues, Counted: true),
        new("Deployments", "/deployments", Policies.ReadRegister),
        new("Systems", "/systems", Policies.ReadRegister),
        new("Collaborations", "/collaborations", Policies.ReadRegister),
        new("Assessments", "/assessments", Policies.ReadRegister),
        new("Policies", "/policies", Policies.ReadRegister),
        new("Retention", "/retention", Policies.ReadRegister),
        new("Organisations", "/organisations", Policies.ReadRegister),
        new("People", "/people", Policies.ReadRegister),
        new("Import", "/import", Policies.EditRegister),
        new("FOI requests", "/foi", Policies.AnswerFoi),
        new("Transparency", "/transparency", Policies.ReadRegister),
        new("Audit", "/audit", Policies.Audit),
        new("Your account", "/account", null),
        new("Forces", "/forces", Policies.Administer),
        new("System status", "/administration/status", Policies.Administer),
        new("Bank holidays", "/administration/bank-holidays", Policies.Administer),
    ];

    /// <summary>True when <paramref name="item"/> is the section of <paramref name="requestPath"/>.</summary>
    public static bool IsCurrent(NavigationItem item, string requestPath)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Path == "/"
            ? requestPath == "/"
            : requestPath.Equals(item.Path, StringComparison.OrdinalIgnoreCase)
              || requestPath.StartsWith(item.Path + "/", StringComparison.OrdinalIgnoreCase);
    }
}
