using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Authorisation;
using LfrGovernance.Web.Features.Documents;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>One collaboration's page: every field, its organisation, the images shared within it with their total,
/// a warning when images are recorded as shared but the manner lacks image sharing, the impact assessments that cover
/// it, its documents, the decisions on it (and any request for one) and its history.</summary>
public static class CollaborationDetails
{
    /// <param name="Sharings">Oldest first; retired ones last.</param>
    public sealed record Page(Collaboration Collaboration, RecordMarking Marking, string? Organisation, IReadOnlyList<ImageSharing> Sharings,
        CoveringAssessments.Section Assessments, RecordDocuments.Section Documents, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc,
        IReadOnlyList<AuthorisationDecision> Decisions, string? ApplicantName)
    {
        public long TotalImagesShared => CollaborationRules.TotalImagesShared(Sharings);

        public bool SharingsLackManner => CollaborationRules.SharingsLackManner(Collaboration, Sharings);
    }

    public sealed class Handler(GovernanceDbContext db, RecordPage<Collaboration>.Handler records)
    {
        public async Task<Page> ShowAsync(RecordPage<Collaboration>.Found found, CurrentUser user, string? purpose, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(found);
            await records.LogViewAsync(CollaborationFields.Kind, found, user, null, purpose, cancellationToken);
            var history = await records.TimelineAsync(CollaborationFields.Kind, found, cancellationToken);
            var collaboration = found.Record;
            IReadOnlyList<ImageSharing> sharings;
            string? organisation;
            if (found.AsAtUtc is { } instant)
            {
                sharings = (await RegisterAsOf.AllAsync<ImageSharing>(db, instant, cancellationToken)).Where(s => s.CollaborationId == collaboration.Id).ToList();
                organisation = (await RegisterAsOf.RecordAsync<Organisation>(db, collaboration.OrganisationId, instant, cancellationToken))?.Name;
            }
            else
            {
                sharings = await db.ImageSharings.AsNoTracking().Where(s => s.CollaborationId == collaboration.Id).ToListAsync(cancellationToken);
                organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == collaboration.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
            }
            var ordered = sharings.OrderBy(s => s.IsRetired).ThenBy(s => s.SharedOn).ToList();
            var assessments = await CoveringAssessments.ForAsync(db, AssessedRecordType.Collaboration, collaboration.Id, "collaboration", found.AsAtUtc, cancellationToken);
            var documents = await RecordDocuments.ForAsync(db, nameof(Collaboration), collaboration.Id, found.AsAtUtc, cancellationToken);
            var decisions = await SubjectDecisions.ForAsync(db, DecisionSubject.Collaboration, collaboration.Id, found.AsAtUtc, cancellationToken);
            var applicant = collaboration.ApplicantId is { } applicantId
                ? await db.People.AsNoTracking().Where(p => p.Id == applicantId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
            return new Page(collaboration, found.Marking, organisation, ordered, assessments, documents, history, found.AsAtUtc, decisions, applicant);
        }
    }
}
