using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Authorisation;

/// <summary>The moves that change a deployment's status, each named for what a person does.</summary>
public enum DeploymentTransition
{
    /// <summary>The applicant puts the application to an authorising officer (again, after changes).</summary>
    Submit,

    /// <summary>An authorising officer authorises it (urgently or not).</summary>
    Authorise,

    /// <summary>An authorising officer refuses it: the application ends there.</summary>
    Refuse,

    /// <summary>An authorising officer sends it back to the applicant for changes.</summary>
    Return,

    /// <summary>The authorised deployment goes live.</summary>
    Start,

    /// <summary>The deployment has ended.</summary>
    Complete,

    /// <summary>The post-deployment review is done.</summary>
    Review,

    /// <summary>The deployment is stopped before it completes, with a reason.</summary>
    Cancel,
}

/// <summary>The deployment lifecycle (issue 5): which moves are allowed from which status, as data. Nothing else
/// changes a deployment's status (<see cref="Deployment.Move"/>).</summary>
/// <remarks>A refused application is final: it cannot be cancelled, because nothing remains to stop and a cancellation
/// would replace the refusal as the record's last word (FOI requests ask how many applications were refused). Trying
/// again is a new application. A completed deployment cannot be cancelled either: it happened.</remarks>
public static class DeploymentLifecycle
{
    /// <summary>One allowed move: from a status, by a transition, to a status.</summary>
    public sealed record Move(DeploymentStatus From, DeploymentTransition Transition, DeploymentStatus To);

    /// <summary>Every allowed move. Any move not listed is forbidden.</summary>
    public static readonly IReadOnlyList<Move> Moves =
    [
        new(DeploymentStatus.Draft, DeploymentTransition.Submit, DeploymentStatus.SubmittedForAuthorisation),
        new(DeploymentStatus.ReturnedForChanges, DeploymentTransition.Submit, DeploymentStatus.SubmittedForAuthorisation),
        new(DeploymentStatus.SubmittedForAuthorisation, DeploymentTransition.Authorise, DeploymentStatus.Authorised),
        new(DeploymentStatus.SubmittedForAuthorisation, DeploymentTransition.Refuse, DeploymentStatus.Refused),
        new(DeploymentStatus.SubmittedForAuthorisation, DeploymentTransition.Return, DeploymentStatus.ReturnedForChanges),
        new(DeploymentStatus.Authorised, DeploymentTransition.Start, DeploymentStatus.Live),
        new(DeploymentStatus.Live, DeploymentTransition.Complete, DeploymentStatus.Completed),
        new(DeploymentStatus.Completed, DeploymentTransition.Review, DeploymentStatus.Reviewed),
        new(DeploymentStatus.Draft, DeploymentTransition.Cancel, DeploymentStatus.Cancelled),
        new(DeploymentStatus.SubmittedForAuthorisation, DeploymentTransition.Cancel, DeploymentStatus.Cancelled),
        new(DeploymentStatus.ReturnedForChanges, DeploymentTransition.Cancel, DeploymentStatus.Cancelled),
        new(DeploymentStatus.Authorised, DeploymentTransition.Cancel, DeploymentStatus.Cancelled),
        new(DeploymentStatus.Live, DeploymentTransition.Cancel, DeploymentStatus.Cancelled),
    ];

    /// <summary>The status <paramref name="transition"/> leads to from <paramref name="from"/>, or null if that move is
    /// not allowed.</summary>
    public static DeploymentStatus? Target(DeploymentStatus from, DeploymentTransition transition) =>
        Moves.Where(s => s.From == from && s.Transition == transition).Select(s => (DeploymentStatus?)s.To).SingleOrDefault();

    /// <summary>The moves allowed from <paramref name="from"/>, in the order of <see cref="Moves"/>.</summary>
    public static IReadOnlyList<DeploymentTransition> AllowedFrom(DeploymentStatus from) =>
        [.. Moves.Where(s => s.From == from).Select(s => s.Transition)];

    /// <summary>The rules <paramref name="transition"/> would break for <paramref name="deployment"/> as it stands: a
    /// move not allowed from its status, a cancellation without a reason, an application submitted without its case
    /// or applicant, a completion without the actual times, a review without a reviewer other than the applicant.</summary>
    public static IReadOnlyList<RuleBreach> Check(Deployment deployment, DeploymentTransition transition, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var d = deployment;
        if (Target(d.Status, transition) is null)
        {
            return [new(string.Empty, $"The deployment is {StatusWords(d.Status)}: it cannot be {TransitionWords(transition)}")];
        }
        var breaches = new List<RuleBreach>();
        switch (transition)
        {
            case DeploymentTransition.Submit:
                Required(breaches, d.LegitimateAim, nameof(Deployment.LegitimateAim), "Enter the legitimate aim before submitting the application");
                Required(breaches, d.Necessity, nameof(Deployment.Necessity), "Enter why the deployment is necessary before submitting the application");
                Required(breaches, d.Proportionality, nameof(Deployment.Proportionality), "Enter why the deployment is proportionate before submitting the application");
                if (d.ApplicantId is null)
                {
                    breaches.Add(new(nameof(Deployment.ApplicantId), "Select the applicant before submitting the application"));
                }
                break;
            case DeploymentTransition.Complete:
                if (d.ActualStart is null)
                {
                    breaches.Add(new(nameof(Deployment.ActualStart), "Enter when the deployment actually started before completing it"));
                }
                if (d.ActualEnd is null)
                {
                    breaches.Add(new(nameof(Deployment.ActualEnd), "Enter when the deployment actually ended before completing it"));
                }
                break;
            case DeploymentTransition.Review:
                if (d.ReviewedOn is null)
                {
                    breaches.Add(new(nameof(Deployment.ReviewedOn), "Enter the date of the post-deployment review"));
                }
                if (d.ReviewerId is null)
                {
                    breaches.Add(new(nameof(Deployment.ReviewerId), "Select who carried out the post-deployment review"));
                }
                else if (d.ReviewerId == d.ApplicantId)
                {
                    breaches.Add(new(nameof(Deployment.ReviewerId), "The post-deployment review must be carried out by someone other than the applicant"));
                }
                break;
            case DeploymentTransition.Cancel:
                Required(breaches, reason, nameof(Deployment.CancellationReason), "Enter why the deployment is cancelled");
                break;
        }
        return breaches;
    }

    private static void Required(List<RuleBreach> breaches, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            breaches.Add(new(field, message));
        }
    }

    private static string StatusWords(DeploymentStatus status) => status switch
    {
        DeploymentStatus.Draft => "a draft",
        DeploymentStatus.SubmittedForAuthorisation => "submitted for authorisation",
        DeploymentStatus.ReturnedForChanges => "returned for changes",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string TransitionWords(DeploymentTransition transition) => transition switch
    {
        DeploymentTransition.Submit => "submitted for authorisation",
        DeploymentTransition.Authorise => "authorised",
        DeploymentTransition.Refuse => "refused",
        DeploymentTransition.Return => "returned for changes",
        DeploymentTransition.Start => "started",
        DeploymentTransition.Complete => "completed",
        DeploymentTransition.Review => "marked as reviewed",
        DeploymentTransition.Cancel => "cancelled",
        _ => transition.ToString().ToLowerInvariant(),
    };
}
