using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Deployments;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>Asking an authorising officer to decide on a collaboration (<see cref="CollaborationApplication"/>): the
/// case is put, the user who asks is recorded, and the request waits in authorising officers' work until one decides.</summary>
public static class AskForDecision
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter the case for the collaboration: what it is for, why it is necessary and proportionate")]
        [StringLength(Collaboration.LongTextLength, ErrorMessage = "The case must be 4,000 characters or fewer")]
        public string? DecisionCase { get; set; }

        /// <summary>The collaboration's version the user saw.</summary>
        public int Version { get; set; }
    }

    public sealed record Page(Collaboration Collaboration, string? Organisation, Input Input);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Asked : Outcome;

    public sealed record Refused(Page Page) : Outcome;

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var collaboration = await db.Collaborations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.RetiredAt == null, cancellationToken);
            return collaboration is null ? null : await PageAsync(collaboration, new Input { Version = collaboration.Version }, cancellationToken);
        }

        public async Task<Outcome> HandleAsync(Guid id, Input input, CurrentUser user, ModelStateDictionary modelState, CancellationToken cancellationToken)
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
                modelState.AddModelError(string.Empty, "Someone else saved this collaboration after you opened this page: check it below, then try again");
                input.Version = collaboration.Version;
            }
            if (modelState.IsValid)
            {
                var applicant = await DeploymentApplication.PersonOfAsync(db, user, cancellationToken);
                foreach (var breach in CollaborationApplication.AskForDecision(collaboration, input.DecisionCase, user.Id, applicant,
                    db.Clock.GetUtcNow().UtcDateTime))
                {
                    modelState.AddModelError(breach.Field.Length == 0 ? string.Empty : "Input." + breach.Field, breach.Message);
                }
            }
            if (!modelState.IsValid)
            {
                db.ChangeTracker.Clear();
                var unchanged = await db.Collaborations.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
                return new Refused(await PageAsync(unchanged, input, cancellationToken));
            }
            db.Entry(collaboration).Property(c => c.Version).OriginalValue = input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var latest = await db.Collaborations.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
                modelState.AddModelError(string.Empty, "Someone else saved this collaboration after you opened this page: check it below, then try again");
                input.Version = latest.Version;
                return new Refused(await PageAsync(latest, input, cancellationToken));
            }
            return new Asked();
        }

        private async Task<Page> PageAsync(Collaboration collaboration, Input input, CancellationToken cancellationToken) =>
            new(collaboration, await db.Organisations.AsNoTracking().Where(o => o.Id == collaboration.OrganisationId).Select(o => o.Name)
                .SingleOrDefaultAsync(cancellationToken), input);
    }
}
