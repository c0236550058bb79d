using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Organisations;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>A collaboration in scope and the organisation it was with.</summary>
internal sealed record CollaborationInScope(Collaboration Collaboration, Organisation Organisation)
{
    public SourceRecord Source => CollaborationScope.Source(Collaboration);

    public SourceRecord OrganisationSource => InScope.Source(Organisation);

    /// <summary>"Museum of Example (museum)".</summary>
    public string Partner => $"{Organisation.Name} ({FoiNames.Of(Organisation.Kind)})";
}

/// <summary>The collaborations with outside organisations in the request's period and force.</summary>
/// <remarks>A collaboration is in scope when it went ahead (active or ceased: a proposed one is a plan, question 7) and
/// its period (started on to ended on, open at either end when not recorded) shares a day with the request's. The
/// register does not link a collaboration to a system, so the kinds filter cannot apply: collaborations are in scope
/// whatever the kinds asked about.</remarks>
internal sealed class CollaborationScope
{
    private CollaborationScope(IReadOnlyList<CollaborationInScope> rows, IReadOnlySet<Guid> withheld)
    {
        Rows = rows;
        WithheldIds = withheld;
    }

    /// <summary>The collaborations in scope that are not withheld, by start, then reference.</summary>
    public IReadOnlyList<CollaborationInScope> Rows { get; }

    /// <summary>Collaborations in scope withheld (flagged, or with a flagged organisation); 0 for a reader not cleared.</summary>
    public int Withheld => WithheldIds.Count;

    /// <summary>The ids of the collaborations in scope that are withheld.</summary>
    public IReadOnlySet<Guid> WithheldIds { get; }

    public IReadOnlyList<SourceRecord> Sources => [.. Rows.SelectMany(r => new[] { r.Source, r.OrganisationSource }).Distinct()];

    public static SourceRecord Source(Collaboration collaboration) =>
        new(nameof(Collaboration), collaboration.Id, collaboration.Reference) { Version = collaboration.Version };

    public static Task<CollaborationScope> LoadAsync(AnswerBuilder answer, CancellationToken cancellationToken) =>
        answer.Register.SharedAsync("collaborations", answer.Scope, async () =>
        {
            var scope = answer.Scope;
            var (from, to) = (scope.From, scope.To);
            var collaborations = await FoiRegister.ListAsync(
                InScope.OfForce(await answer.Register.RecordsAsync<Collaboration>(cancellationToken), scope)
                    .Where(c => c.RetiredAt == null && c.Status != CollaborationStatus.Proposed
                        && (c.StartedOn == null || c.StartedOn <= to) && (c.EndedOn == null || c.EndedOn >= from)),
                cancellationToken);
            var organisations = await InScope.OrganisationsAsync(answer.Register, [.. collaborations.Select(c => c.OrganisationId).Distinct()],
                cancellationToken);
            var rows = new List<CollaborationInScope>();
            var withheld = new HashSet<Guid>();
            foreach (var collaboration in collaborations.OrderBy(c => c.StartedOn ?? DateOnly.MinValue).ThenBy(c => c.Reference, StringComparer.Ordinal))
            {
                if (!collaboration.DoNotConfirmOrDeny && organisations.GetValueOrDefault(collaboration.OrganisationId) is { DoNotConfirmOrDeny: false } organisation)
                {
                    rows.Add(new CollaborationInScope(collaboration, organisation));
                }
                else
                {
                    withheld.Add(collaboration.Id);
                }
            }
            return new CollaborationScope(rows, withheld);
        });

    /// <summary>"from 1 March 2018 to 30 June 2018", "from 1 March 2018", or "dates not recorded".</summary>
    public static string Dates(Collaboration collaboration) => (collaboration.StartedOn, collaboration.EndedOn) switch
    {
        ({ } start, { } end) => $"from {FoiWording.Day(start)} to {FoiWording.Day(end)}",
        ({ } start, null) => collaboration.Status == CollaborationStatus.Ceased
            ? $"from {FoiWording.Day(start)} (end not recorded)"
            : $"from {FoiWording.Day(start)}",
        (null, { } end) => $"until {FoiWording.Day(end)} (start not recorded)",
        _ => "dates not recorded",
    };
}
