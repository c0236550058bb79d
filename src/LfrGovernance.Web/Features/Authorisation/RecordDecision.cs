using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Forces;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Authorisation;

/// <summary>Recording a decision made outside the register on a deployment or collaboration, from the document that
/// holds it (<see cref="RecordedDecisions"/>): so that a past deployment or a collaboration made before the force
/// adopted the register still says who authorised it, at what rank and by what process.</summary>
public static class RecordDecision
{
    /// <summary>The form's view, shared by the deployments' and collaborations' pages.</summary>
    public const string View = "~/Features/Authorisation/RecordDecision.cshtml";

    public sealed class Input
    {
        [Required(ErrorMessage = "Select whether it was authorised or refused")]
        public DecisionOutcome? Outcome { get; set; }

        [Required(ErrorMessage = "Select the officer who decided")]
        public Guid? DeciderId { get; set; }

        [Required(ErrorMessage = "Select the rank the officer held when deciding")]
        public Rank? RankHeld { get; set; }

        public DateInput DecidedOn { get; set; } = new();

        [Required(ErrorMessage = "Enter the reasons the document gives for the decision")]
        [StringLength(AuthorisationDecision.TextLength, ErrorMessage = "The reasons must be 4,000 characters or fewer")]
        public string? Rationale { get; set; }

        [StringLength(AuthorisationDecision.TextLength, ErrorMessage = "The conditions must be 4,000 characters or fewer")]
        public string? Conditions { get; set; }

        [StringLength(AuthorisationDecision.TextLength, ErrorMessage = "The process followed must be 4,000 characters or fewer")]
        public string? ProcessFollowed { get; set; }

        [Required(ErrorMessage = "Enter the document the decision is recorded from")]
        [StringLength(AuthorisationDecision.IdentityLength * 2, ErrorMessage = "The document must be 400 characters or fewer")]
        public string? RecordedFrom { get; set; }
    }

    /// <param name="SubjectPath">The subject's page.</param>
    public sealed record Page(DecisionSubject Kind, Guid SubjectId, string Reference, string SubjectPath, IReadOnlyList<Choice> People,
        Rank MinimumRank, Input Input)
    {
        public string SubjectWords => Kind == DecisionSubject.Deployment ? "deployment" : "collaboration";
    }

    /// <summary>True when a decision from a document may be added to the deployment: its application is not open in the
    /// register, and no decision on it was signed in the register.</summary>
    public static bool MayRecordOn(Deployment deployment, IReadOnlyList<AuthorisationDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(decisions);
        return deployment.Status is not (DeploymentStatus.Draft or DeploymentStatus.SubmittedForAuthorisation or DeploymentStatus.ReturnedForChanges)
            && MayRecordOn(decisions);
    }

    /// <summary>True while no decision on the subject was signed in the register.</summary>
    public static bool MayRecordOn(IReadOnlyList<AuthorisationDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return decisions.All(d => d.IsRecorded);
    }

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Recorded : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db, AuthorisationSettings settings)
    {
        public async Task<Page?> LoadAsync(DecisionSubject kind, Guid id, CancellationToken cancellationToken) =>
            await SubjectAsync(kind, id, cancellationToken) is { } subject ? await PageAsync(kind, subject, new Input(), cancellationToken) : null;

        public async Task<Outcome> HandleAsync(DecisionSubject kind, Guid id, Input input, CurrentUser user, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(user);
            ArgumentNullException.ThrowIfNull(modelState);
            if (await SubjectAsync(kind, id, cancellationToken) is not { } subject)
            {
                return new NotFound();
            }
            var decidedOn = input.DecidedOn.ReadDay(modelState, Key(nameof(Input.DecidedOn)), "the date of the decision", required: true);
            if (!modelState.IsValid)
            {
                return new Refused(await PageAsync(kind, subject, input, cancellationToken));
            }
            var decider = await db.People.AsNoTracking().Include(p => p.Ranks).SingleOrDefaultAsync(p => p.Id == input.DeciderId, cancellationToken);
            var day = decidedOn!.Value;
            var request = new RecordedDecisionRequest(input.Outcome!.Value, decider, input.RankHeld!.Value, day,
                UkTime.FromLocal(day.ToDateTime(TimeOnly.MinValue)) ?? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                input.Rationale, input.Conditions, input.ProcessFollowed, input.RecordedFrom);
            var decisions = await SubjectDecisions.ForAsync(db, kind, id, null, cancellationToken);
            var today = UkTime.Today(db.Clock);
            var result = RecordedDecisions.Record(subject, kind, request, SubjectDecisions.InForce(decisions), !MayRecordOn(decisions), user.Id, today);
            if (result.Decision is not { } decision)
            {
                foreach (var breach in result.Breaches)
                {
                    modelState.AddModelError(breach.Field switch
                    {
                        "" => string.Empty,
                        nameof(AuthorisationDecision.DecidedAt) => Key(nameof(Input.DecidedOn)),
                        _ => Key(breach.Field),
                    }, breach.Message);
                }
                return new Refused(await PageAsync(kind, subject, input, cancellationToken));
            }
            db.AuthorisationDecisions.Add(decision);
            await db.SaveChangesAsync(cancellationToken);
            return new Recorded();
        }

        private async Task<ForceRecord?> SubjectAsync(DecisionSubject kind, Guid id, CancellationToken cancellationToken) => kind switch
        {
            DecisionSubject.Deployment => await db.Deployments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.RetiredAt == null, cancellationToken),
            _ => await db.Collaborations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.RetiredAt == null, cancellationToken),
        };

        private async Task<Page> PageAsync(DecisionSubject kind, ForceRecord subject, Input input, CancellationToken cancellationToken)
        {
            var (reference, path) = subject switch
            {
                Deployment d => (d.Reference, $"/deployments/{d.Id}"),
                Collaboration c => (c.Reference, $"/collaborations/{c.Id}"),
                _ => throw new ArgumentException("A decision is on a deployment or a collaboration.", nameof(subject)),
            };
            return new Page(kind, subject.Id, reference, path, await RecordChoices.PeopleAsync(db, [input.DeciderId], cancellationToken),
                settings.MinimumRank, input);
        }
    }

    public static string Key(string field) => "Input." + field;
}
