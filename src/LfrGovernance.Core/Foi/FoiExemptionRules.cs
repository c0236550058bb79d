using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Foi;

/// <summary>The rules of an exemption, and the wording of the refusal notice s.17 asks for.</summary>
public static class FoiExemptionRules
{
    /// <summary>Checks an exemption (or a template's wording, which follows the same rules): a known section; neither
    /// confirm nor deny only where the section allows it; a qualified exemption needs its public interest test (factors
    /// for, factors against, the balance); a harm statement for every exemption but s.12, s.14 and s.21, which are
    /// about the request, not about harm.</summary>
    public static IReadOnlyList<RuleBreach> Check(string? section, bool neitherConfirmNorDeny, string? harm, string? factorsFor, string? factorsAgainst,
        string? balance)
    {
        var breaches = new List<RuleBreach>();
        if (FoiExemptionSections.Find(section) is not { } known)
        {
            breaches.Add(new(nameof(FoiExemption.Section), "Select the section of the Act the exemption relies on"));
            return breaches;
        }
        if (neitherConfirmNorDeny && !known.MayNeitherConfirmNorDeny)
        {
            breaches.Add(new(nameof(FoiExemption.NeitherConfirmNorDeny), $"{known.Section} does not let the force neither confirm nor deny: choose the section that does, or untick it"));
        }
        if (string.IsNullOrWhiteSpace(harm) && known.Section is not ("s.12" or "s.14" or "s.21"))
        {
            breaches.Add(new(nameof(FoiExemption.HarmStatement), "Enter the harm statement: what harm disclosure (or confirming or denying) would cause"));
        }
        if (known.Qualified)
        {
            Require(breaches, factorsFor, nameof(FoiExemption.FactorsFavouringDisclosure), $"{known.Section} is qualified: enter the factors favouring disclosure");
            Require(breaches, factorsAgainst, nameof(FoiExemption.FactorsAgainstDisclosure), $"{known.Section} is qualified: enter the factors against disclosure");
            Require(breaches, balance, nameof(FoiExemption.Balance), $"{known.Section} is qualified: enter the balance of the public interest test and its outcome");
        }
        return breaches;
    }

    /// <summary>The refusal notice for a question's exemptions, as s.17 asks: which exemptions, why they apply, and the
    /// public interest reasons where an exemption is qualified (under neither confirm nor deny, without saying whether
    /// the information is held).</summary>
    public static string RefusalNotice(IReadOnlyList<FoiExemption> exemptions)
    {
        ArgumentNullException.ThrowIfNull(exemptions);
        var current = exemptions.Where(e => !e.IsRetired).ToList();
        if (current.Count == 0)
        {
            return string.Empty;
        }
        var sections = string.Join(", ", current.Select(e => e.Section));
        var lines = new List<string>();
        lines.Add(current.Any(e => e.NeitherConfirmNorDeny)
            ? $"The force neither confirms nor denies that it holds information relevant to this question, by virtue of the following exemptions: {sections}."
            : $"The information is exempt from disclosure under {sections} of the Freedom of Information Act 2000.");
        foreach (var exemption in current)
        {
            var section = FoiExemptionSections.Find(exemption.Section);
            lines.Add($"{exemption.Section} ({section?.Title ?? exemption.Section}).");
            if (!string.IsNullOrWhiteSpace(exemption.HarmStatement))
            {
                lines.Add($"Harm: {exemption.HarmStatement.Trim()}");
            }
            if (section?.Qualified == true)
            {
                lines.Add($"Factors favouring disclosure: {exemption.FactorsFavouringDisclosure?.Trim()}");
                lines.Add($"Factors against disclosure: {exemption.FactorsAgainstDisclosure?.Trim()}");
                lines.Add($"Balance: {exemption.Balance?.Trim()}");
            }
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static void Require(List<RuleBreach> breaches, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            breaches.Add(new(field, message));
        }
    }
}
