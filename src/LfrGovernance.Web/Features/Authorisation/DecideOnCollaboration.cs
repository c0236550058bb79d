using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Authorisation;

/// <summary>An authorising officer's decision on a collaboration someone asked them to decide on (issue 5, FOI question
/// 1b): the collaboration and the case as they stand, then authorise, refuse or return it, with the reasons, the
/// process followed and any conditions. The rules are <see cref="AuthorisationRules.DecideOnCollaboration"/>.</summary>
public static class DecideOnCollaboration
{
    /// <summary>The decisions a collaboration can have.</summary>
    public static readonly IReadOnlyList<DecisionOutcome> Outcomes =
        [DecisionOutcome.Authorised, DecisionOutcome.Refused, DecisionOutcome.ReturnedForChanges];

    public sealed class Input
    {
        [Required(ErrorMessage = "Select your decision")]
        public DecisionOutcome? Outcome { get; set; }

        [Required(ErrorMessage = "Enter the reasons for the decision")]
        [StringLength(AuthorisationDecision.TextLength, ErrorMessage = "The reasons must be 4,000 characters or fewer")]
        public string? Rationale { get; set; }

        [Required(ErrorMessage = "Enter the process followed in deciding")]
        [StringLength(AuthorisationDecision.TextLength, ErrorMessage = "The process followed must be 4,000 characters or fewer")]
        public string? ProcessFollowed { get; set; }

        [StringLength(AuthorisationDecision.TextLength, ErrorMessage = "The conditions must be 4,000 characters or fewer")]
        public string? Conditions { get; set; }

        /// <summary>The collaboration's version the officer saw.</summary>
        public int Version { get; set; }
    }

    public sealed record Page(Collaboration Collaboration, string? Organisation, string? ApplicantName, long TotalImagesShared,
        IReadOnlyList<AuthorisationDecision> Decisions, Rank? RankToday, Input Input)
    {
        public bool Awaiting => Collaboration.DecisionRequestedAt is not null;
    }

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Decided : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db, AuthorisationSettings settings)
    {
        public async Task<Page?> LoadAsync(Guid id, CurrentUser user, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            var collaboration = await db.Collaborations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.RetiredAt == null, cancellationToken);
            return collaboration is null ? null : await PageAsync(collaboration, user, new Input { Version = collaboration.Version }, cancellationToken);
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, CurrentUser user, bool isAuthorisingOfficer, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(user);
            ArgumentNullException.ThrowIfNull(modelState);
            var collaboration = await db.Collaborations.SingleOrDefaultAsync(c => c.Id == id && c.RetiredAt == null, cancellationToken);
            if (collaboration is null)
            {
                return new NotFound();
            }
            if (collaboration.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "The collaboration changed after you opened this page: read it again below before deciding");
                input.Version = collaboration.Version;
            }
            if (input.Outcome is { } chosen && !Outcomes.Contains(chosen))
            {
                modelState.AddModelError(Key(nameof(Input.Outcome)), "Select one of the decisions offered");
            }
            if (!modelState.IsValid)
            {
                return await RefusedAsync(id, user, input, cancellationToken);
            }
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var today = UkTime.DayOf(now);
            var officer = await SubjectDecisions.OfficerAsync(db, user, cancellationToken);
            var decisions = await SubjectDecisions.ForAsync(db, DecisionSubject.Collaboration, id, null, cancellationToken);
            var request = new DecisionRequest(input.Outcome!.Value, input.Rationale, input.Conditions, ProcessFollowed: input.ProcessFollowed);
            var result = AuthorisationRules.DecideOnCollaboration(collaboration, request,
                new DecidingOfficer(isAuthorisingOfficer, user.Id, user.DisplayName, officer), SubjectDecisions.InForce(decisions), now, today, settings);
            if (result.Decision is not { } decision)
            {
                foreach (var breach in result.Breaches)
                {
                    modelState.AddModelError(breach.Field is nameof(Input.Rationale) or nameof(Input.ProcessFollowed) or nameof(Input.Outcome)
                        ? Key(breach.Field) : string.Empty, breach.Message);
                }
                return await RefusedAsync(id, user, input, cancellationToken);
            }
            db.AuthorisationDecisions.Add(decision);
            db.Entry(collaboration).Property(c => c.Version).OriginalValue = input.Version;
            try
            {
                // The decision and the answered request: one save, one change set in the history.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                modelState.AddModelError(string.Empty, "The collaboration changed after you opened this page: read it again below before deciding");
                return await RefusedAsync(id, user, input, cancellationToken);
            }
            return new Decided();
        }

        private async Task<Outcome> RefusedAsync(Guid id, CurrentUser user, Input input, CancellationToken cancellationToken)
        {
            db.ChangeTracker.Clear();
            var unchanged = await db.Collaborations.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
            input.Version = unchanged.Version;
            return new Refused(await PageAsync(unchanged, user, input, cancellationToken));
        }

        private async Task<Page> PageAsync(Collaboration collaboration, CurrentUser user, Input input, CancellationToken cancellationToken)
        {
            var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == collaboration.OrganisationId).Select(o => o.Name)
                .SingleOrDefaultAsync(cancellationToken);
            var applicant = collaboration.ApplicantId is { } applicantId
                ? await db.People.AsNoTracking().Where(p => p.Id == applicantId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
            var sharings = await db.ImageSharings.AsNoTracking().Where(s => s.CollaborationId == collaboration.Id).ToListAsync(cancellationToken);
            var decisions = await SubjectDecisions.ForAsync(db, DecisionSubject.Collaboration, collaboration.Id, null, cancellationToken);
            var today = UkTime.Today(db.Clock);
            var officer = await SubjectDecisions.OfficerAsync(db, user, cancellationToken);
            return new Page(collaboration, organisation, applicant, CollaborationRules.TotalImagesShared(sharings), decisions, officer?.RankOn(today), input);
        }
    }

    public static string Key(string field) => "Input." + field;
}
