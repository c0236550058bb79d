using LfrGovernance.Core.Collaborations;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Question 1a: the images shared within the collaborations: how many, from which datasets, for what purposes,
/// on what legal basis and under which security and handling protocol.</summary>
/// <remarks>A sharing is in scope when it was made within the period (shared on) in a collaboration in scope.</remarks>
internal sealed class ImagesSharedQuestion : FoiQuestion
{
    public override string Key => "q1a";

    public override string Number => "1a";

    public override string Title => "Images shared";

    public override string Wording => "Were images shared? If so, how many, from which datasets, for what purposes, on what legal basis, "
        + "and under which security and handling protocols?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var collaborations = await CollaborationScope.LoadAsync(answer, cancellationToken);
        var byId = collaborations.Rows.ToDictionary(r => r.Collaboration.Id);
        var relevant = byId.Keys.Concat(collaborations.WithheldIds).ToList();
        var (from, to) = (answer.Scope.From, answer.Scope.To);
        var sharings = await FoiRegister.ListAsync((await answer.Register.RecordsAsync<ImageSharing>(cancellationToken))
            .Where(s => s.RetiredAt == null && s.SharedOn >= from && s.SharedOn <= to && relevant.Contains(s.CollaborationId)), cancellationToken);
        var told = sharings.Where(s => !s.DoNotConfirmOrDeny && byId.ContainsKey(s.CollaborationId))
            .OrderBy(s => s.SharedOn).ThenBy(s => byId[s.CollaborationId].Collaboration.Reference, StringComparer.Ordinal).ToList();
        answer.Withhold(sharings.Count - told.Count);
        if (told.Count == 0)
        {
            return answer.NothingHeld($"The register records no images shared in a collaboration on {answer.Kinds} {answer.Period}");
        }

        var given = told.Where(s => s.Direction == ImageSharingDirection.ForceToPartner).ToList();
        var received = told.Where(s => s.Direction == ImageSharingDirection.PartnerToForce).ToList();
        var totals = new List<string>();
        if (given.Count > 0)
        {
            totals.Add($"the force gave {FoiWording.Count(given.Sum(s => s.ImageCount), "image")} to its partners");
        }
        if (received.Count > 0)
        {
            totals.Add($"partners gave {FoiWording.Count(received.Sum(s => s.ImageCount), "image")} to the force");
        }
        answer.SayList($"Yes. Images were shared on {FoiWording.Count(told.Count, "occasion")} {answer.Period} ({FoiWording.List(totals)})",
            told.Select(s => Describe(s, byId[s.CollaborationId])));

        if (given.Count > 0)
        {
            answer.Figure("Images the force shared with partners", FoiWording.Number(given.Sum(s => s.ImageCount)), Sources(given, byId));
        }
        if (received.Count > 0)
        {
            answer.Figure("Images partners shared with the force", FoiWording.Number(received.Sum(s => s.ImageCount)), Sources(received, byId));
        }
        foreach (var sharing in told)
        {
            var row = byId[sharing.CollaborationId];
            answer.Figure($"Images shared on {FoiWording.Day(sharing.SharedOn)} ({row.Collaboration.Reference})", Describe(sharing, row),
                [Source(sharing, row), row.Source, row.OrganisationSource]);
        }
        return answer.Build();
    }

    private static string Describe(ImageSharing s, CollaborationInScope row)
    {
        var images = FoiWording.Count(s.ImageCount, "image");
        var who = s.Direction == ImageSharingDirection.ForceToPartner
            ? $"the force gave {row.Organisation.Name} {images}"
            : $"{row.Organisation.Name} gave the force {images}";
        var protocol = string.IsNullOrWhiteSpace(s.SecurityProtocol)
            ? "no security and handling protocol is recorded"
            : $"under the security and handling protocol {FoiWording.Quote(s.SecurityProtocol)}";
        return $"on {FoiWording.Day(s.SharedOn)} {who} ({row.Collaboration.Reference}), from {s.SourceDataset.Trim()}, "
            + $"for {s.Purposes.Trim().TrimEnd('.')}, on the legal basis {FoiWording.Quote(s.LegalBasis)}; {protocol}";
    }

    private static SourceRecord Source(ImageSharing sharing, CollaborationInScope row) =>
        new(nameof(ImageSharing), sharing.Id, $"{row.Collaboration.Reference}, shared on {FoiWording.Day(sharing.SharedOn)}") { Version = sharing.Version };

    private static List<SourceRecord> Sources(IEnumerable<ImageSharing> sharings, Dictionary<Guid, CollaborationInScope> byId) =>
        [.. sharings.Select(s => Source(s, byId[s.CollaborationId]))];
}
