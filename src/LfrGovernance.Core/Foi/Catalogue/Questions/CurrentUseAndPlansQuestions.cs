using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>What questions 6 and 7 read: systems, deployments and collaborations in a given state on the day the answer
/// speaks of as now (the register's instant, or today). The period does not apply: both questions ask about now.</summary>
internal static class NowInScope
{
    public static async Task<List<SystemInScope>> SystemsAsync(AnswerBuilder answer, SystemStatus[] statuses, CancellationToken cancellationToken)
    {
        var systems = (await InScope.SystemsAsync(answer, cancellationToken))
            .Where(s => s.IsOf(answer.Scope) && !s.System.IsRetired && statuses.Contains(s.System.Status) && answer.Scope.Covers(s.System.Kind)).ToList();
        answer.Withhold(systems.Count(s => s.Withheld));
        return [.. systems.Where(s => !s.Withheld).OrderBy(s => s.System.Name, StringComparer.Ordinal)];
    }

    public static async Task<List<Deployment>> DeploymentsAsync(AnswerBuilder answer, Func<IQueryable<Deployment>, IQueryable<Deployment>> which,
        CancellationToken cancellationToken)
    {
        var systems = await DeploymentScope.ConfirmableSystemIdsAsync(answer, cancellationToken);
        var deployments = which(DeploymentScope.OfKinds(InScope.OfForce(await answer.Register.RecordsAsync<Deployment>(cancellationToken), answer.Scope), answer.Scope)
            .Where(d => d.RetiredAt == null));
        var found = await FoiRegister.ListAsync(deployments.OrderBy(d => d.StartsAt).ThenBy(d => d.Reference), cancellationToken);
        answer.Withhold(found.Count(d => d.DoNotConfirmOrDeny || !systems.Contains(d.SystemId)));
        return [.. found.Where(d => !d.DoNotConfirmOrDeny && systems.Contains(d.SystemId))];
    }

    public static async Task<List<CollaborationInScope>> CollaborationsAsync(AnswerBuilder answer, CollaborationStatus status, CancellationToken cancellationToken)
    {
        var today = answer.Register.Today;
        var found = await FoiRegister.ListAsync(InScope.OfForce(await answer.Register.RecordsAsync<Collaboration>(cancellationToken), answer.Scope)
            .Where(c => c.RetiredAt == null && c.Status == status && (c.EndedOn == null || c.EndedOn >= today)), cancellationToken);
        var organisations = await InScope.OrganisationsAsync(answer.Register, [.. found.Select(c => c.OrganisationId).Distinct()], cancellationToken);
        var told = found.Where(c => !c.DoNotConfirmOrDeny && organisations.GetValueOrDefault(c.OrganisationId) is { DoNotConfirmOrDeny: false })
            .OrderBy(c => c.Reference, StringComparer.Ordinal)
            .Select(c => new CollaborationInScope(c, organisations[c.OrganisationId])).ToList();
        answer.Withhold(found.Count - told.Count);
        return told;
    }

    public static SourceRecord Source(Deployment d) => new(nameof(Deployment), d.Id, d.Reference) { Version = d.Version };

    public static string Describe(SystemInScope s) =>
        $"{s.System.Name} ({s.System.Product.Trim()}, {FoiWording.Kind(s.System.Kind)}, {FoiNames.Of(s.System.Status)})";
}

/// <summary>Question 6: whether the force is using or collaborating on facial recognition now.</summary>
internal sealed class CurrentUseQuestion : FoiQuestion
{
    public override string Key => "q6";

    public override string Number => "6";

    public override string Title => "Current use and collaboration";

    public override string Wording => "Is the force currently using, or collaborating on, facial recognition?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var systems = await NowInScope.SystemsAsync(answer, [SystemStatus.InService, SystemStatus.Trial], cancellationToken);
        var now = answer.Register.NowUtc;
        var live = await NowInScope.DeploymentsAsync(answer, d => d.Where(x => x.Status == DeploymentStatus.Live), cancellationToken);
        var collaborations = await NowInScope.CollaborationsAsync(answer, CollaborationStatus.Active, cancellationToken);
        if (systems.Count == 0 && live.Count == 0 && collaborations.Count == 0)
        {
            return answer.NothingHeld($"The register records no system of {answer.Kinds} in service or on trial, no live deployment and no continuing collaboration {answer.AsAt}");
        }

        answer.Say($"Yes. {FoiWording.Sentence(answer.AsAt).TrimEnd('.')} the force is using or collaborating on {answer.Kinds}");
        if (systems.Count > 0)
        {
            answer.SayList($"{FoiWording.Count(systems.Count, "system is", "systems are")} in service or on trial", systems.Select(NowInScope.Describe));
            answer.Figure("Systems in service or on trial", FoiWording.Number(systems.Count), [.. systems.Select(s => s.Source)]);
        }
        if (live.Count > 0)
        {
            answer.SayList($"{FoiWording.Count(live.Count, "deployment is", "deployments are")} live",
                live.Select(d => $"{d.Reference}: {FoiWording.Kind(d.Kind)} at {d.LocationName.Trim()}, started on {FoiWording.Day(UkDays.Of(d.StartsAt ?? now))}"));
            answer.Figure("Deployments live", FoiWording.Number(live.Count), [.. live.Select(NowInScope.Source)]);
        }
        if (collaborations.Count > 0)
        {
            answer.SayList($"{FoiWording.Count(collaborations.Count, "collaboration continues", "collaborations continue")}",
                collaborations.Select(CollaborationsQuestion.Describe));
            answer.Figure("Collaborations continuing", FoiWording.Number(collaborations.Count),
                [.. collaborations.SelectMany(c => new[] { c.Source, c.OrganisationSource }).Distinct()]);
        }
        return answer.Build();
    }
}

/// <summary>Question 7: plans to use or trial facial recognition: proposed systems, deployments being prepared or
/// authorised but not yet started, and proposed collaborations.</summary>
internal sealed class PlansQuestion : FoiQuestion
{
    private static readonly DeploymentStatus[] Planned =
        [DeploymentStatus.Draft, DeploymentStatus.SubmittedForAuthorisation, DeploymentStatus.ReturnedForChanges, DeploymentStatus.Authorised];

    public override string Key => "q7";

    public override string Number => "7";

    public override string Title => "Plans to use or trial";

    public override string Wording => "Does the force have any plans to use or trial facial recognition?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var systems = await NowInScope.SystemsAsync(answer, [SystemStatus.Proposed], cancellationToken);
        var now = answer.Register.NowUtc;
        var planned = Planned;
        var deployments = await NowInScope.DeploymentsAsync(answer, d => d.Where(x => planned.Contains(x.Status) && (x.StartsAt == null || x.StartsAt >= now)),
            cancellationToken);
        var collaborations = await NowInScope.CollaborationsAsync(answer, CollaborationStatus.Proposed, cancellationToken);
        if (systems.Count == 0 && deployments.Count == 0 && collaborations.Count == 0)
        {
            return answer.NothingHeld($"The register records no proposed system, planned deployment or proposed collaboration on {answer.Kinds} {answer.AsAt}");
        }

        answer.Say($"Yes. {FoiWording.Sentence(answer.AsAt).TrimEnd('.')} the register records plans for {answer.Kinds}");
        if (systems.Count > 0)
        {
            answer.SayList($"{FoiWording.Count(systems.Count, "system is", "systems are")} proposed", systems.Select(NowInScope.Describe));
            answer.Figure("Systems proposed", FoiWording.Number(systems.Count), [.. systems.Select(s => s.Source)]);
        }
        if (deployments.Count > 0)
        {
            answer.SayList($"{FoiWording.Count(deployments.Count, "deployment is", "deployments are")} planned", deployments.Select(d =>
                $"{d.Reference}: {FoiWording.Kind(d.Kind)} at {d.LocationName.Trim()}, "
                + (d.StartsAt is { } start ? $"planned to start on {FoiWording.Day(UkDays.Of(start))}" : "no start date set")
                + $" ({FoiNames.Of(d.Status)})"));
            answer.Figure("Deployments planned", FoiWording.Number(deployments.Count), [.. deployments.Select(NowInScope.Source)]);
        }
        if (collaborations.Count > 0)
        {
            answer.SayList($"{FoiWording.Count(collaborations.Count, "collaboration is", "collaborations are")} proposed",
                collaborations.Select(CollaborationsQuestion.Describe));
            answer.Figure("Collaborations proposed", FoiWording.Number(collaborations.Count),
                [.. collaborations.SelectMany(c => new[] { c.Source, c.OrganisationSource }).Distinct()]);
        }
        return answer.Build();
    }
}
