using System.Security.Claims;
using LfrGovernance.Web.Authorization;

namespace LfrGovernance.Web.Infrastructure.Authentication;

/// <summary>A demonstration user for local sign-in.</summary>
/// <param name="Key">The value the sign-in form posts (stable: scripts and browser tests use it).</param>
/// <param name="ObjectId">A fixed object id, so records can refer to the account as they would to an Entra user.</param>
public sealed record LocalDemoUser(string Key, Guid ObjectId, string DisplayName, string Description, IReadOnlyList<string> Roles)
{
    /// <summary>The sign-in name, in the reserved <c>.invalid</c> domain so it can never be a real address.</summary>
    public string Username => $"{Key}@demo.invalid";

    /// <summary>The identity this user signs in with: the same claim types Entra ID issues.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(GovernanceClaimTypes.ObjectId, ObjectId.ToString()),
            new(GovernanceClaimTypes.Name, DisplayName),
            new(GovernanceClaimTypes.Username, Username),
        };
        claims.AddRange(Roles.Select(role => new Claim(GovernanceClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, GovernanceClaimTypes.Name, GovernanceClaimTypes.Role));
    }
}

/// <summary>The demonstration users offered by local sign-in: one per role, and one holding several.</summary>
public static class LocalDemoUsers
{
    public static readonly IReadOnlyList<LocalDemoUser> All =
    [
        new("viewer", new Guid("7a1f0c2e-0000-4000-8000-000000000001"), "Alex Carter",
            "Reads the register", [Roles.Viewer]),
        new("editor", new Guid("7a1f0c2e-0000-4000-8000-000000000002"), "Bea Hughes",
            "Information governance officer who keeps the records", [Roles.GovernanceEditor]),
        new("authoriser", new Guid("7a1f0c2e-0000-4000-8000-000000000003"), "Chris Okafor",
            "Senior officer who authorises deployments and collaborations", [Roles.AuthorisingOfficer]),
        new("inspector", new Guid("7a1f0c2e-0000-4000-8000-000000000009"), "Priya Nair",
            "Inspector who may authorise urgently, for a Superintendent to ratify or cancel", [Roles.AuthorisingOfficer]),
        new("dpo", new Guid("7a1f0c2e-0000-4000-8000-000000000004"), "Dana Price",
            "Data Protection Officer who advises on impact assessments", [Roles.DataProtectionOfficer]),
        new("foi", new Guid("7a1f0c2e-0000-4000-8000-000000000005"), "Evan Shah",
            "FOI officer who answers requests", [Roles.FoiOfficer]),
        new("auditor", new Guid("7a1f0c2e-0000-4000-8000-000000000006"), "Fern Walsh",
            "Oversight: reads everything, including history", [Roles.Auditor]),
        new("administrator", new Guid("7a1f0c2e-0000-4000-8000-000000000007"), "Gray Patel",
            "Runs the service", [Roles.Administrator]),
        new("multi", new Guid("7a1f0c2e-0000-4000-8000-000000000008"), "Harper Lewis",
            "Information governance lead who also answers FOI requests and audits, cleared for records not confirmed or denied",
            [Roles.GovernanceEditor, Roles.FoiOfficer, Roles.Auditor, Roles.NcndCleared]),
    ];

    /// <summary>The demo user with this key, or null.</summary>
    public static LocalDemoUser? Find(string? key) =>
        All.FirstOrDefault(user => string.Equals(user.Key, key, StringComparison.Ordinal));
}
