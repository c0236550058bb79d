using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>Recording a deployment (version 1 in its history): its form's values are read, the domain rules and
/// the unique reference checked, and nothing is saved while anything is wrong. The deployment starts as a draft
/// application, with the user who records it as its applicant.</summary>
public static class CreateDeployment
{
    public sealed class Input : DeploymentForm;

    public sealed record Page(Input Input, DeploymentFields.Choices Choices);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> NewAsync(CancellationToken cancellationToken) =>
            new(new Input(), await DeploymentFields.Choices.LoadAsync(db, cancellationToken));

        /// <summary>The new deployment's id, or the page to show again with the problems.</summary>
        public async Task<(Guid? Id, Page? Page)> HandleAsync(Input input, CurrentUser user, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var deployment = new Deployment();
            input.ApplyTo(deployment, modelState, mayFlag: db.ShowsDoNotConfirmOrDenyRecords);
            await input.CheckReferencesAsync(db, deployment, modelState, cancellationToken);
            await DeploymentApplication.SetApplicantAsync(db, deployment, user, cancellationToken);
            DeploymentForm.AddBreaches(DeploymentRules.Check(deployment, []), modelState);
            if (!modelState.IsValid)
            {
                return (null, new Page(input, await DeploymentFields.Choices.LoadAsync(db, cancellationToken, input.SystemId)));
            }
            db.Deployments.Add(deployment);
            await db.SaveChangesAsync(cancellationToken);
            return (deployment.Id, null);
        }
    }
}
