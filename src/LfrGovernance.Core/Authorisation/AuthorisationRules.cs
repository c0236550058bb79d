using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Authorisation;

/// <summary>The signed-in user who would decide: whether they hold the AuthorisingOfficer role, their account, and the
/// person record linked to that account (null when none is).</summary>
public sealed record DecidingOfficer(bool IsAuthorisingOfficer, string AccountObjectId, string DisplayName, Person? Person);

/// <summary>What the officer decides and why, as entered.</summary>
public sealed record DecisionRequest(
    DecisionOutcome Outcome, string? Rationale, string? Conditions = null, string? UrgencyReason = null, string? ProcessFollowed = null);

/// <summary>Whether an officer may decide, and the rank they hold at that moment.</summary>
public sealed record OfficerCheck(Rank? RankHeld, IReadOnlyList<RuleBreach> Breaches);

/// <summary>A decision ready to be added to the context, or the rules it would break (and then nothing has changed).</summary>
public sealed record DecisionResult(AuthorisationDecision? Decision, IReadOnlyList<RuleBreach> Breaches);

/// <summary>Who may decide on an application, and what a decision needs (domain section 4, issue 5): the
/// AuthorisingOfficer role, a person record linked to the account, at least the minimum rank at that moment (the
/// urgent rank on the urgent path), never on one's own application; an urgent authorisation ratified or cancelled by
/// an officer of the full rank other than the urgent authoriser, ratified within the configured period.</summary>
public static class AuthorisationRules
{
    /// <summary>The lowest rank that may make a decision with <paramref name="outcome"/>.</summary>
    public static Rank RequiredRank(DecisionOutcome outcome, AuthorisationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return outcome == DecisionOutcome.UrgentlyAuthorised ? settings.UrgentRank : settings.MinimumRank;
    }

    /// <summary>Checks that <paramref name="officer"/> may make a decision with <paramref name="outcome"/> on
    /// <paramref name="today"/> (the force's local date of the decision) on an application made by the applicant
    /// named.</summary>
    public static OfficerCheck CheckOfficer(DecidingOfficer officer, DecisionOutcome outcome, Guid? applicantId, string? applicantAccountObjectId,
        DateOnly today, AuthorisationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(settings);
        var breaches = new List<RuleBreach>();
        if (!officer.IsAuthorisingOfficer)
        {
            breaches.Add(new(string.Empty, "Only an authorising officer may decide on an application"));
        }
        var person = officer.Person;
        if (person is null || person.IsRetired
            || !string.Equals(person.AccountObjectId, officer.AccountObjectId, StringComparison.OrdinalIgnoreCase))
        {
            breaches.Add(new(string.Empty, "Your sign-in account is not linked to a current person record, so your rank is not known: ask an administrator to link it"));
            return new(null, breaches);
        }
        var rank = person.RankOn(today);
        var required = RequiredRank(outcome, settings);
        if (rank is not { } held)
        {
            breaches.Add(new(string.Empty, "Your person record holds no rank today, so you cannot decide"));
        }
        else if (!held.IsAtLeast(required))
        {
            breaches.Add(new(string.Empty, $"This decision needs the rank of {Ranks.DisplayName(required)} or above: you hold the rank of {Ranks.DisplayName(held)}"));
        }
        var ownAccount = !string.IsNullOrEmpty(applicantAccountObjectId)
            && string.Equals(applicantAccountObjectId, officer.AccountObjectId, StringComparison.OrdinalIgnoreCase);
        if (person.Id == applicantId || ownAccount)
        {
            breaches.Add(new(string.Empty, "You cannot decide on your own application"));
        }
        return new(rank, breaches);
    }

    /// <summary>Decides on a deployment's application: checks the officer, the decision's own fields, the readiness
    /// checklist (for an authorisation or ratification) and the lifecycle; if nothing is broken, moves the deployment
    /// and returns the decision to add, superseding <paramref name="inForce"/>.</summary>
    /// <param name="inForce">The deployment's latest decision that no other supersedes, if any.</param>
    /// <param name="today">The force's local date at <paramref name="nowUtc"/>, for the rank held.</param>
    public static DecisionResult DecideOnDeployment(Deployment deployment, DecisionRequest request, DecidingOfficer officer,
        ReadinessReport readiness, AuthorisationDecision? inForce, DateTime nowUtc, DateOnly today, AuthorisationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(readiness);
        var check = CheckOfficer(officer, request.Outcome, deployment.ApplicantId, deployment.ApplicantAccountObjectId, today, settings);
        var breaches = check.Breaches.ToList();
        CheckRequest(breaches, DecisionSubject.Deployment, deployment.Id, request, officer, inForce, nowUtc, settings);

        var transition = request.Outcome switch
        {
            DecisionOutcome.Authorised or DecisionOutcome.UrgentlyAuthorised => DeploymentTransition.Authorise,
            DecisionOutcome.Refused => DeploymentTransition.Refuse,
            DecisionOutcome.ReturnedForChanges => DeploymentTransition.Return,
            DecisionOutcome.UrgentAuthorisationCancelled => DeploymentTransition.Cancel,
            _ => (DeploymentTransition?)null,
        };
        var cancellation = $"Urgent authorisation cancelled: {request.Rationale?.Trim()}";
        if (transition is { } move)
        {
            breaches.AddRange(DeploymentLifecycle.Check(deployment, move, cancellation));
        }
        else if (deployment.Status is not (DeploymentStatus.Authorised or DeploymentStatus.Live))
        {
            breaches.Add(new(string.Empty, "The deployment is no longer authorised: there is nothing to ratify"));
        }
        if (request.Outcome is DecisionOutcome.Authorised or DecisionOutcome.UrgentlyAuthorised or DecisionOutcome.Ratified)
        {
            breaches.AddRange(readiness.Items.Where(i => i.Blocks)
                .Select(i => new RuleBreach(nameof(AuthorisationDecision.Readiness), $"The deployment is not ready to be authorised: {i.Reason}")));
        }
        if (breaches.Count > 0)
        {
            return new(null, breaches);
        }

        if (transition is { } allowed && deployment.Move(allowed, nowUtc, cancellation) is { Count: > 0 } refused)
        {
            return new(null, refused);
        }
        var decision = NewDecision(deployment, DecisionSubject.Deployment, request, officer, check.RankHeld!.Value, inForce, nowUtc);
        decision.DpiaId = readiness.Dpia?.Id;
        decision.DpiaDocumentVersion = readiness.Dpia?.DocumentVersion;
        decision.DpiaRecordVersion = readiness.Dpia?.RecordVersion;
        decision.Readiness = ReadinessChecklist.Serialise(readiness.Items);
        return new(decision, []);
    }

    /// <summary>Decides on a collaboration's open request for a decision: the same officer rules (never on one's own
    /// request), and the process followed is required (FOI question 1b). A collaboration has no urgent path. The
    /// decision answers the request, so the request is cleared. Returns the decision to add, superseding
    /// <paramref name="inForce"/>.</summary>
    public static DecisionResult DecideOnCollaboration(Collaboration collaboration, DecisionRequest request, DecidingOfficer officer,
        AuthorisationDecision? inForce, DateTime nowUtc, DateOnly today, AuthorisationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(collaboration);
        ArgumentNullException.ThrowIfNull(request);
        var check = CheckOfficer(officer, request.Outcome, collaboration.ApplicantId, collaboration.ApplicantAccountObjectId, today, settings);
        var breaches = check.Breaches.ToList();
        CheckRequest(breaches, DecisionSubject.Collaboration, collaboration.Id, request, officer, inForce, nowUtc, settings);
        if (collaboration.DecisionRequestedAt is null)
        {
            breaches.Add(new(string.Empty, "Nobody has asked for a decision on this collaboration: a request for a decision comes first"));
        }
        if (breaches.Count > 0)
        {
            return new(null, breaches);
        }
        collaboration.DecisionRequestedAt = null;
        return new(NewDecision(collaboration, DecisionSubject.Collaboration, request, officer, check.RankHeld!.Value, inForce, nowUtc), []);
    }

    /// <summary>When the ratification period of an urgent authorisation ends.</summary>
    public static DateTime RatificationDueBy(AuthorisationDecision urgent, AuthorisationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(urgent);
        ArgumentNullException.ThrowIfNull(settings);
        return urgent.DecidedAt + settings.RatificationPeriod;
    }

    /// <summary>True for an urgent authorisation that no later decision of <paramref name="subjectDecisions"/> (the
    /// decisions on the same subject) has yet ratified, cancelled or otherwise superseded.</summary>
    public static bool IsAwaitingRatification(AuthorisationDecision decision, IEnumerable<AuthorisationDecision> subjectDecisions)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(subjectDecisions);
        return decision.Outcome == DecisionOutcome.UrgentlyAuthorised && !subjectDecisions.Any(d => d.SupersedesId == decision.Id);
    }

    /// <summary>True for an urgent authorisation still awaiting ratification after its period has ended: the register
    /// flags it prominently until an officer of the full rank cancels it.</summary>
    public static bool IsRatificationOverdue(AuthorisationDecision decision, IEnumerable<AuthorisationDecision> subjectDecisions, DateTime nowUtc,
        AuthorisationSettings settings) =>
        IsAwaitingRatification(decision, subjectDecisions) && nowUtc > RatificationDueBy(decision, settings);

    /// <summary>The rules of the decision itself: reasons, urgency, the process followed, and what a ratification or
    /// cancellation answers.</summary>
    private static void CheckRequest(List<RuleBreach> breaches, DecisionSubject subject, Guid subjectId, DecisionRequest request,
        DecidingOfficer officer, AuthorisationDecision? inForce, DateTime nowUtc, AuthorisationSettings settings)
    {
        if (inForce is not null && (inForce.SubjectKind != subject || inForce.SubjectId != subjectId))
        {
            throw new ArgumentException("The decision in force must be one on the same subject.", nameof(inForce));
        }
        if (string.IsNullOrWhiteSpace(request.Rationale))
        {
            breaches.Add(new(nameof(AuthorisationDecision.Rationale), "Enter the reasons for the decision"));
        }
        if (request.Outcome == DecisionOutcome.UrgentlyAuthorised && string.IsNullOrWhiteSpace(request.UrgencyReason))
        {
            breaches.Add(new(nameof(AuthorisationDecision.UrgencyReason), "Enter why the authorisation is urgent"));
        }
        if (subject == DecisionSubject.Collaboration)
        {
            if (request.Outcome is not (DecisionOutcome.Authorised or DecisionOutcome.Refused or DecisionOutcome.ReturnedForChanges))
            {
                breaches.Add(new(nameof(AuthorisationDecision.Outcome), "A collaboration is authorised, refused or returned for changes: the urgent path is for deployments"));
            }
            if (string.IsNullOrWhiteSpace(request.ProcessFollowed))
            {
                breaches.Add(new(nameof(AuthorisationDecision.ProcessFollowed), "Enter the process followed in deciding"));
            }
        }
        if (request.Outcome is DecisionOutcome.Ratified or DecisionOutcome.UrgentAuthorisationCancelled)
        {
            if (inForce?.Outcome != DecisionOutcome.UrgentlyAuthorised)
            {
                breaches.Add(new(string.Empty, "There is no urgent authorisation awaiting ratification"));
            }
            else
            {
                if (officer.Person?.Id == inForce.DeciderId)
                {
                    breaches.Add(new(string.Empty, "The officer who authorised urgently cannot ratify or cancel their own authorisation: another officer of the full rank must"));
                }
                if (request.Outcome == DecisionOutcome.Ratified && nowUtc > RatificationDueBy(inForce, settings))
                {
                    breaches.Add(new(string.Empty, "The period for ratifying the urgent authorisation has ended: it can now only be cancelled"));
                }
            }
        }
    }

    private static AuthorisationDecision NewDecision(Forces.ForceRecord subject, DecisionSubject kind, DecisionRequest request, DecidingOfficer officer,
        Rank rank, AuthorisationDecision? inForce, DateTime nowUtc) => new()
    {
        ForceId = subject.ForceId,
        // A decision is as sensitive as what it decides on, and as hidden.
        Marking = subject.Marking,
        DoNotConfirmOrDeny = subject.DoNotConfirmOrDeny,
        SubjectKind = kind,
        SubjectId = subject.Id,
        Outcome = request.Outcome,
        DeciderId = officer.Person!.Id,
        RankHeld = rank,
        DeciderAccountObjectId = officer.AccountObjectId,
        DeciderName = officer.DisplayName,
        DecidedAt = nowUtc,
        Rationale = request.Rationale!.Trim(),
        Conditions = Blank(request.Conditions),
        UrgencyReason = request.Outcome == DecisionOutcome.UrgentlyAuthorised ? Blank(request.UrgencyReason) : null,
        ProcessFollowed = Blank(request.ProcessFollowed),
        SupersedesId = inForce?.Id,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
