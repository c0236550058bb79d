using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Authorisation;

/// <summary>Asking an authorising officer to decide on a collaboration (domain section 7: collaborations need a
/// recorded authorisation too): the case, who asks, and when. One request is open at a time; a decision answers it.</summary>
public static class CollaborationApplication
{
    /// <summary>Opens a request for a decision on <paramref name="collaboration"/>, made by the account and person
    /// named, or returns why it cannot be opened (and then nothing has changed).</summary>
    public static IReadOnlyList<RuleBreach> AskForDecision(Collaboration collaboration, string? decisionCase, string accountObjectId, Guid? applicantId,
        DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(collaboration);
        ArgumentException.ThrowIfNullOrEmpty(accountObjectId);
        var breaches = new List<RuleBreach>();
        if (collaboration.IsRetired)
        {
            breaches.Add(new(string.Empty, "The collaboration is retired: reinstate it before asking for a decision"));
        }
        if (collaboration.DecisionRequestedAt is not null)
        {
            breaches.Add(new(string.Empty, "A request for a decision on this collaboration is already waiting for an authorising officer"));
        }
        if (string.IsNullOrWhiteSpace(decisionCase))
        {
            breaches.Add(new(nameof(Collaboration.DecisionCase), "Enter the case for the collaboration: what it is for, why it is necessary and proportionate"));
        }
        if (breaches.Count > 0)
        {
            return breaches;
        }
        collaboration.DecisionCase = decisionCase!.Trim();
        collaboration.DecisionRequestedAt = nowUtc;
        collaboration.ApplicantAccountObjectId = accountObjectId;
        collaboration.ApplicantId = applicantId;
        return [];
    }
}
