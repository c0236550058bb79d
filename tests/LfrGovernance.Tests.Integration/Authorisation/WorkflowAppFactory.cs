using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.People;
using LfrGovernance.Tests.Integration.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Tests.Integration.Authorisation;

/// <summary>The application with every readiness check but the DPIA's configured as a warning, so the workflow
/// tests need not record assessments; and the officers they sign in as, each with a person record linked to the
/// account.</summary>
public class WorkflowAppFactory : ClockedAppFactory
{
    public WorkflowAppFactory()
    {
        string[] warnings = [ReadinessChecklist.EqualityImpact, ReadinessChecklist.WatchlistCriteria, ReadinessChecklist.WatchlistCategories,
            ReadinessChecklist.PublicNotice, ReadinessChecklist.PlannedTimes, ReadinessChecklist.Dpia];
        for (var i = 0; i < warnings.Length; i++)
        {
            Settings[$"Register:Authorisation:WarningChecks:{i}"] = warnings[i];
        }
    }

    /// <summary>A person linked to a new account, holding <paramref name="rank"/> (or no rank); returns the account.</summary>
    public async Task<string> OfficerAsync(string name, Rank? rank)
    {
        var account = $"oid-{Guid.NewGuid():N}";
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Persistence.GovernanceDbContext>();
        var person = new Person { Name = name, AccountObjectId = account };
        if (rank is { } held)
        {
            person.ChangeRank(held, new DateOnly(2020, 1, 1));
        }
        db.People.Add(person);
        db.RanksHeld.AddRange(person.Ranks);
        await db.SaveChangesAsync();
        return account;
    }
}
