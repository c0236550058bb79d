using LfrGovernance.Core.Authorisation;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>Decisions in the words the deployment's page and the decision page use.</summary>
public static class AuthorisationWords
{
    public static string OutcomeName(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Authorised => "Authorised",
        DecisionOutcome.Refused => "Refused",
        DecisionOutcome.ReturnedForChanges => "Returned for changes",
        DecisionOutcome.UrgentlyAuthorised => "Authorised urgently",
        DecisionOutcome.Ratified => "Urgent authorisation ratified",
        DecisionOutcome.UrgentAuthorisationCancelled => "Urgent authorisation cancelled",
        _ => outcome.ToString(),
    };
}
