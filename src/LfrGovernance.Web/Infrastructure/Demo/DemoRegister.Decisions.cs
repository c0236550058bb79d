using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Infrastructure.Demo;

/// <summary>The demonstration register's decisions: the past deployments' written authorities and the 2024 advice
/// collaboration, recorded from their documents (the force used paper before the register); the 2025 trial, signed in
/// the register by the Superintendent; and tomorrow's match, authorised urgently this morning by the Inspector and
/// awaiting the Superintendent's ratification. Fictional throughout.</summary>
public static partial class DemoRegister
{
    private static void AddDecisions(GovernanceDbContext db, IReadOnlyList<Deployment> deployments, IReadOnlyList<Collaboration> collaborations,
        IReadOnlyList<Person> people, Assessment dpia, DateOnly today)
    {
        var head = people.Single(p => p.Name == "Tom Hale");
        var superintendent = people.Single(p => p.Name == "Chris Okafor");
        var inspector = people.Single(p => p.Name == "Priya Nair");
        var ig = people.Single(p => p.Name == "Bea Hughes");
        var now = db.Clock.GetUtcNow().UtcDateTime;

        foreach (var deployment in deployments.Where(d => d.Status is DeploymentStatus.Completed or DeploymentStatus.Reviewed))
        {
            var day = UkTime.DayOf(deployment.PlannedStart!.Value).AddDays(-7);
            Record(db, deployment, DecisionSubject.Deployment, head, day, ig, today,
                "Fictional: intelligence case, watchlist criteria and DPIA read; necessary and proportionate for the hotspot.",
                "Written application by the IG team with the DPIA, considered at the weekly LFR authority meeting",
                $"Written authority {deployment.Reference} (paper form, scanned to the force's records system)");
        }
        var advice = collaborations.Single(c => c.Reference == "COL-2024-01");
        Record(db, advice, DecisionSubject.Collaboration, head, new DateOnly(2024, 2, 26), ig, today,
            "Fictional: general advice only; no images to be shared and no system to be installed with the force's involvement.",
            "Request from the venue considered by the head of operations with legal services",
            "Email decision of the head of operations, 26 February 2024 (ref. OPS-ADV-24-03)");

        var trial = collaborations.Single(c => c.Reference == "COL-2025-02");
        var trialDecision = Signed(trial.Id, trial, DecisionSubject.Collaboration, DecisionOutcome.Authorised, superintendent,
            new DateTime(2025, 1, 20, 14, 30, 0, DateTimeKind.Utc),
            "Fictional: seven images, a signed data-sharing agreement, images deleted at the end of the trial; the DPO's advice followed.");
        trialDecision.ProcessFollowed = "Written case by the IG team with the DPO's advice and the draft data-sharing agreement, considered by the authorising officer";
        trialDecision.Conditions = "No more than ten images; the centre's staff take no action on an alert; written confirmation of deletion at the end.";
        db.AuthorisationDecisions.Add(trialDecision);

        var urgent = deployments.Single(d => d.Status == DeploymentStatus.Authorised);
        var urgentDecision = Signed(urgent.Id, urgent, DecisionSubject.Deployment, DecisionOutcome.UrgentlyAuthorised, inspector, now.AddHours(-3),
            "Fictional: a man wanted for a stabbing is expected at the match; the watchlist is limited to serious violence.");
        urgentDecision.UrgencyReason = "Fictional: the intelligence came this morning and no Superintendent could be reached before the watchlist had to be built.";
        urgentDecision.DpiaId = dpia.Id;
        urgentDecision.DpiaDocumentVersion = dpia.DocumentVersion;
        urgentDecision.DpiaRecordVersion = dpia.Version;
        db.AuthorisationDecisions.Add(urgentDecision);
        db.SaveChanges();
    }

    private static void Record(GovernanceDbContext db, Core.Forces.ForceRecord subject, DecisionSubject kind, Person officer, DateOnly day, Person recorder,
        DateOnly today, string rationale, string process, string document)
    {
        var request = new RecordedDecisionRequest(DecisionOutcome.Authorised, officer, officer.RankOn(day)!.Value, day,
            UkTime.FromLocal(day.ToDateTime(TimeOnly.MinValue))!.Value, rationale, null, process, document);
        var result = RecordedDecisions.Record(subject, kind, request, null, false, recorder.AccountObjectId!, today);
        db.AuthorisationDecisions.Add(result.Decision
            ?? throw new InvalidOperationException($"A demonstration decision could not be recorded: {result.Breaches[0].Message}"));
    }

    /// <summary>A decision as the register signs it, for an officer of the demonstration (whose rank that day it keeps).</summary>
    private static AuthorisationDecision Signed(Guid subjectId, Core.Forces.ForceRecord subject, DecisionSubject kind, DecisionOutcome outcome, Person officer,
        DateTime decidedAt, string rationale) => new()
    {
        ForceId = subject.ForceId, Marking = subject.Marking, DoNotConfirmOrDeny = subject.DoNotConfirmOrDeny,
        SubjectKind = kind, SubjectId = subjectId, Outcome = outcome,
        DeciderId = officer.Id, RankHeld = officer.RankOn(UkTime.DayOf(decidedAt))!.Value,
        DeciderAccountObjectId = officer.AccountObjectId!, DeciderName = officer.Name, DecidedAt = decidedAt, Rationale = rationale,
    };
}
