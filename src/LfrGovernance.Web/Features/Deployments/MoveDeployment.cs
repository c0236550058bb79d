using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>The moves of a deployment's lifecycle that the people keeping the record make: submitting the application
/// for authorisation, starting the authorised deployment, completing it, marking it reviewed, and cancelling it with a
/// reason. Each page asks the user to confirm; the post makes the move through <see cref="Deployment.Move"/>, which
/// checks again that it is allowed whatever the page offered. Decisions are the authorising officer's
/// (<c>Features/Authorisation</c>).</summary>
public static class MoveDeployment
{
    /// <summary>The moves made here, by the name in their address.</summary>
    public static readonly IReadOnlyDictionary<string, DeploymentTransition> ByName = new Dictionary<string, DeploymentTransition>(StringComparer.OrdinalIgnoreCase)
    {
        ["submit"] = DeploymentTransition.Submit,
        ["start"] = DeploymentTransition.Start,
        ["complete"] = DeploymentTransition.Complete,
        ["review"] = DeploymentTransition.Review,
        ["cancel"] = DeploymentTransition.Cancel,
    };

    /// <summary>The moves of <see cref="ByName"/> allowed from <paramref name="status"/>, in lifecycle order.</summary>
    public static IReadOnlyList<DeploymentTransition> Offered(DeploymentStatus status) =>
        [.. DeploymentLifecycle.AllowedFrom(status).Where(ByName.Values.Contains)];

    /// <summary>What the user's roles let them do to a deployment's lifecycle.</summary>
    /// <param name="KeepsRegister">Keeps the register (GovernanceEditor): every move but a decision.</param>
    /// <param name="Authorises">An authorising officer: may cancel an authorised or live deployment.</param>
    public sealed record Mover(CurrentUser User, bool KeepsRegister, bool Authorises);

    /// <summary>Why <paramref name="mover"/> may not cancel <paramref name="deployment"/> (null when they may). Before it
    /// is authorised, those who keep the register cancel an application. Once authorised or live, the deployment runs on
    /// an officer's authority: an authorising officer stops it, or its applicant withdraws it.</summary>
    public static string? WhyNotCancel(Deployment deployment, Mover mover)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(mover);
        if (deployment.Status is not (DeploymentStatus.Authorised or DeploymentStatus.Live))
        {
            return mover.KeepsRegister ? null : "Only those who keep the register can cancel an application before it is authorised";
        }
        var isApplicant = deployment.ApplicantAccountObjectId is { } applicant
            && string.Equals(applicant, mover.User.Id, StringComparison.OrdinalIgnoreCase);
        return mover.Authorises || (mover.KeepsRegister && isApplicant)
            ? null
            : $"The deployment is {DeploymentFields.StatusName(deployment.Status).ToLowerInvariant()}: only an authorising officer or its applicant can cancel it";
    }

    /// <summary>The moves <paramref name="mover"/> may make from the deployment's status, in lifecycle order.</summary>
    public static IReadOnlyList<DeploymentTransition> OfferedTo(Deployment deployment, Mover mover)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(mover);
        return [.. Offered(deployment.Status).Where(t => t == DeploymentTransition.Cancel ? WhyNotCancel(deployment, mover) is null : mover.KeepsRegister)];
    }

    public static string NameOf(DeploymentTransition transition) => ByName.Single(m => m.Value == transition).Key;

    /// <summary>The button and heading for a move.</summary>
    public static string ActionName(DeploymentTransition transition) => transition switch
    {
        DeploymentTransition.Submit => "Submit for authorisation",
        DeploymentTransition.Start => "Start the deployment",
        DeploymentTransition.Complete => "Complete the deployment",
        DeploymentTransition.Review => "Mark as reviewed",
        DeploymentTransition.Cancel => "Cancel the deployment",
        _ => transition.ToString(),
    };

    public sealed class Input
    {
        /// <summary>Why the deployment is cancelled (a cancellation only).</summary>
        [StringLength(Deployment.MediumTextLength, ErrorMessage = "The reason must be 2,000 characters or fewer")]
        public string? Reason { get; set; }

        /// <summary>The version the user confirmed.</summary>
        public int Version { get; set; }
    }

    /// <param name="Problems">Why the move was refused: each message with the place to put it right.</param>
    public sealed record Page(Deployment Deployment, DeploymentTransition Transition, string? ApplicantName, Input Input,
        IReadOnlyList<(string Href, string Message)> Problems)
    {
        public bool Allowed => DeploymentLifecycle.Target(Deployment.Status, Transition) is not null;
    }

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Moved : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, DeploymentTransition transition, CancellationToken cancellationToken)
        {
            var deployment = await db.Deployments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.RetiredAt == null, cancellationToken);
            return deployment is null ? null : await PageAsync(deployment, transition, new Input { Version = deployment.Version }, [], cancellationToken);
        }

        public async Task<Outcome> HandleAsync(Guid id, DeploymentTransition transition, Input input, Mover mover, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(mover);
            var user = mover.User;
            ArgumentNullException.ThrowIfNull(modelState);
            var deployment = await db.Deployments.SingleOrDefaultAsync(d => d.Id == id && d.RetiredAt == null, cancellationToken);
            if (deployment is null)
            {
                return new NotFound();
            }
            var problems = modelState.Where(e => e.Value?.Errors.Count > 0)
                .SelectMany(e => e.Value!.Errors.Select(x => ("#Input_Reason", x.ErrorMessage))).ToList();
            if (deployment.Version != input.Version)
            {
                problems.Add(("#main-content", "Someone else saved this deployment after you opened this page: check it below, then try again"));
                input.Version = deployment.Version;
            }
            if (transition == DeploymentTransition.Submit)
            {
                // The person who puts the application forward is its applicant.
                await DeploymentApplication.SetApplicantAsync(db, deployment, user, cancellationToken);
            }
            if (transition == DeploymentTransition.Cancel && WhyNotCancel(deployment, mover) is { } notYours)
            {
                problems.Add(("#main-content", notYours));
            }
            else if (transition != DeploymentTransition.Cancel && !mover.KeepsRegister)
            {
                problems.Add(("#main-content", "Only those who keep the register can make this move"));
            }
            if (transition == DeploymentTransition.Review && deployment.ApplicantAccountObjectId is { } applicant
                && string.Equals(applicant, user.Id, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(("#main-content", "You made the application, so you cannot mark its post-deployment review as done: someone else must"));
            }
            if (problems.Count == 0)
            {
                problems.AddRange(deployment.Move(transition, db.Clock.GetUtcNow().UtcDateTime, input.Reason).Select(b => Problem(deployment.Id, b)));
            }
            if (problems.Count > 0)
            {
                db.ChangeTracker.Clear();
                var unchanged = await db.Deployments.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
                return new Refused(await PageAsync(unchanged, transition, input, problems, cancellationToken));
            }
            db.Entry(deployment).Property(d => d.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var latest = await db.Deployments.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
                input.Version = latest.Version;
                return new Refused(await PageAsync(latest, transition, input,
                    [("#main-content", "Someone else saved this deployment after you opened this page: check it below, then try again")], cancellationToken));
            }
            return new Moved();
        }

        /// <summary>A breach beside the field that puts it right: the reason on this page, any other on the edit form.</summary>
        private static (string, string) Problem(Guid id, RuleBreach breach) => breach.Field switch
        {
            "" => ("#main-content", breach.Message),
            nameof(Deployment.CancellationReason) => ("#Input_Reason", breach.Message),
            nameof(Deployment.ApplicantId) => ("#main-content",
                "Your sign-in account is not linked to a person record, so the application has no applicant: ask an administrator to link your account to your person record"),
            _ => ($"/deployments/{id}/edit#{DeploymentForm.Key(breach.Field).Replace('.', '_')}", breach.Message),
        };

        private async Task<Page> PageAsync(Deployment deployment, DeploymentTransition transition, Input input,
            IReadOnlyList<(string, string)> problems, CancellationToken cancellationToken)
        {
            var applicant = deployment.ApplicantId is { } applicantId
                ? await db.People.AsNoTracking().Where(p => p.Id == applicantId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
            return new Page(deployment, transition, applicant, input, problems);
        }
    }
}
