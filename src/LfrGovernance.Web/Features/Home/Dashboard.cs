using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Features.Account;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Home;

/// <summary>The home page: what the register holds, and what needs someone's attention, each linking to the list
/// filtered to those records. Counts come from the records the user may see; a user cleared for records not
/// confirmed or denied is told how many of the counted deployments are such records.</summary>
public static class Dashboard
{
    /// <summary>One count, with the list it links to and, where some of the records counted are flagged, how many.</summary>
    public sealed record Count(string Label, int Value, string Link, string? Detail = null);

    /// <summary>Something needing attention: how many records (<paramref name="One"/> and <paramref name="Many"/> name
    /// them), what to do, and the filtered list.</summary>
    public sealed record Attention(string One, string Many, int Value, string Link, string Action)
    {
        public string Text => Value == 1 ? $"1 {One}" : $"{Value:N0} {Many}";
    }

    public sealed record Page(YourAccount.Page Account, IReadOnlyList<Count> Register, IReadOnlyList<Attention> NeedsAttention,
        int DoNotConfirmOrDenyDeployments, bool ShowsAttention, DateOnly Today);

    public sealed class Handler(GovernanceDbContext db, RetentionSettings retention)
    {
        public async Task<Page> HandleAsync(YourAccount.Page account, bool showsAttention, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(account);
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var today = UkTime.DayOf(now);
            var yearAgo = now.AddYears(-1);

            var deployments = db.Deployments.Where(d => d.RetiredAt == null);
            var register = new List<Count>
            {
                new("Deployments", await deployments.CountAsync(cancellationToken), "/deployments",
                    $"{await deployments.CountAsync(d => d.StartsAt >= yearAgo, cancellationToken):N0} in the last 12 months"),
                new("Facial recognition systems", await db.Systems.CountAsync(s => s.RetiredAt == null, cancellationToken), "/systems",
                    $"{await db.Systems.CountAsync(s => s.RetiredAt == null && s.Status == SystemStatus.InService, cancellationToken):N0} in service"),
                new("Collaborations", await db.Collaborations.CountAsync(c => c.RetiredAt == null, cancellationToken), "/collaborations",
                    $"{await db.Collaborations.CountAsync(c => c.RetiredAt == null && c.Status == Core.Collaborations.CollaborationStatus.Active, cancellationToken):N0} active"),
                new("Assessments", await db.Assessments.CountAsync(a => a.RetiredAt == null, cancellationToken), "/assessments",
                    $"{await db.Assessments.CountAsync(a => a.RetiredAt == null && a.Status == AssessmentStatus.Approved, cancellationToken):N0} approved"),
                new("Policies", await db.Policies.CountAsync(p => p.RetiredAt == null, cancellationToken), "/policies"),
                new("Organisations", await db.Organisations.CountAsync(o => o.RetiredAt == null, cancellationToken), "/organisations"),
                new("People", await db.People.CountAsync(p => p.RetiredAt == null, cancellationToken), "/people"),
            };
            var flagged = db.ShowsDoNotConfirmOrDenyRecords ? await deployments.CountAsync(d => d.DoNotConfirmOrDeny, cancellationToken) : 0;

            var attention = new List<Attention>();
            if (showsAttention)
            {
                var live = db.Assessments.Where(a => a.RetiredAt == null && a.Status != AssessmentStatus.Superseded && a.Status != AssessmentStatus.Withdrawn
                    && a.Status != AssessmentStatus.Rejected);
                attention.Add(new("assessment past its review date", "assessments past their review date",
                    await live.CountAsync(a => a.NextReviewOn < today, cancellationToken),
                    "/assessments?pastReview=true", "Review each one and record its next review date"));
                attention.Add(new("deployment ended without a post-deployment review", "deployments ended without a post-deployment review",
                    await deployments.CountAsync(d => d.ActualEnd != null && d.ReviewedOn == null, cancellationToken),
                    "/deployments?needsReview=true", "Record each review: date, reviewer, findings and actions"));
                attention.Add(new("DPIA awaiting the DPO's advice", "DPIAs awaiting the DPO's advice",
                    await live.CountAsync(a => a.Kind == AssessmentKind.Dpia && a.Status == AssessmentStatus.InReview && a.DpoAdviceGivenOn == null, cancellationToken),
                    "/assessments?kind=Dpia&status=InReview", "The Data Protection Officer gives written advice on each"));
                attention.Add(new("policy past its review date", "policies past their review date",
                    await db.Policies.CountAsync(p => p.RetiredAt == null && p.NextReviewOn < today, cancellationToken),
                    "/policies?pastReview=true", "Review each one and record its new version or review date"));
                var rules = await db.RetentionRules.AsNoTracking().Where(r => r.RetiredAt == null).ToListAsync(cancellationToken);
                var counts = await db.RetainedImageCounts.AsNoTracking().Where(c => c.RetiredAt == null).ToListAsync(cancellationToken);
                attention.Add(new("category whose retention figures are out of date", "categories whose retention figures are out of date",
                    RetentionRules.OutOfDateFigures(rules, counts, today, retention.FiguresCurrentForDays).Count,
                    "/retention",
                    $"Count the images retained in each category with a retention rule: figures older than {retention.FiguresCurrentForDays} days are out of date"));
            }
            return new Page(account, register, attention, flagged, showsAttention, today);
        }
    }
}
