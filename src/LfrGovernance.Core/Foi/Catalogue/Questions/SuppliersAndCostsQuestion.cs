using LfrGovernance.Core.Systems;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Recurring: the systems used, their suppliers and their costs (one-off and yearly).</summary>
/// <remarks>A system is in scope when a deployment in scope used it (whichever force's system it is), or it is the
/// force's and its contract's period (open at either end when not recorded) shares a day with the request's. A system with no contract dates that no deployment in scope used is
/// not: the register cannot place it in the period. Collaborations' costs are in question 1.</remarks>
internal sealed class SuppliersAndCostsQuestion : FoiQuestion
{
    public override string Key => "suppliers-costs";

    public override string Number => string.Empty;

    public override string Title => "Suppliers and costs";

    public override string Wording => "Which facial recognition systems does the force use, who supplied them, and what have they cost?";

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var deployments = await InScope.DeploymentsAsync(answer, cancellationToken);
        var used = deployments.Rows.Select(r => r.SystemId).ToHashSet();
        var scope = answer.Scope;
        var systems = (await InScope.SystemsAsync(answer, cancellationToken))
            .Where(s => !s.System.IsRetired && scope.Covers(s.System.Kind)
                && (used.Contains(s.System.Id) || (s.IsOf(scope) && (s.System.ContractStart is not null || s.System.ContractEnd is not null)
                    && scope.Overlaps(s.System.ContractStart, s.System.ContractEnd))))
            .ToList();
        answer.Withhold(systems.Count(s => s.Withheld));
        var told = systems.Where(s => !s.Withheld).OrderBy(s => s.System.Kind).ThenBy(s => s.System.Name, StringComparer.Ordinal).ToList();
        if (told.Count == 0)
        {
            return answer.NothingHeld($"The register records no system of {answer.Kinds} used or under contract {answer.Period}");
        }

        answer.SayList($"The register records {FoiWording.Count(told.Count, "system")} of {answer.Kinds} used or under contract {answer.Period}",
            told.Select(Describe));
        foreach (var system in told)
        {
            var sources = system.Supplier is { } supplier ? new[] { system.Source, InScope.Source(supplier) } : [system.Source];
            answer.Figure($"Supplier of {system.System.Name}", system.Supplier?.Name ?? "Not recorded", sources);
            if (system.System.CapitalCostPence is { } capital)
            {
                answer.Figure($"One-off cost of {system.System.Name}", FoiWording.Money(capital, system.System.Currency), [system.Source]);
            }
            if (system.System.AnnualCostPence is { } annual)
            {
                answer.Figure($"Yearly cost of {system.System.Name}", FoiWording.Money(annual, system.System.Currency), [system.Source]);
            }
        }
        foreach (var currency in told.GroupBy(s => s.System.Currency.ToUpperInvariant()))
        {
            var capital = currency.Where(s => s.System.CapitalCostPence is not null).ToList();
            if (capital.Count > 0)
            {
                answer.Figure($"One-off costs, all systems ({currency.Key})", FoiWording.Money(capital.Sum(s => s.System.CapitalCostPence!.Value), currency.Key),
                    [.. capital.Select(s => s.Source)]);
            }
            var annual = currency.Where(s => s.System.AnnualCostPence is not null).ToList();
            if (annual.Count > 0)
            {
                answer.Figure($"Yearly costs, all systems ({currency.Key})", FoiWording.Money(annual.Sum(s => s.System.AnnualCostPence!.Value), currency.Key),
                    [.. annual.Select(s => s.Source)]);
            }
        }
        if (told.All(s => s.System.CapitalCostPence is null && s.System.AnnualCostPence is null))
        {
            answer.Say("The register records no costs for these systems");
        }
        return answer.Build();
    }

    /// <summary>"Live vans (NEC NeoFace Live, version 4.1), live facial recognition, in service: supplied by NEC; contract
    /// C-12 from 1 April 2019 to 31 March 2022; one-off cost £250,000; yearly cost £40,000".</summary>
    private static string Describe(SystemInScope s)
    {
        var system = s.System;
        var text = $"{system.Name} ({system.Product.Trim()}{(string.IsNullOrWhiteSpace(system.AlgorithmVersion) ? string.Empty : $", version {system.AlgorithmVersion.Trim()}")}), "
            + $"{FoiWording.Kind(system.Kind)}, {FoiNames.Of(system.Status)}: "
            + (s.Supplier is { } supplier ? $"supplied by {supplier.Name}" : "supplier not recorded");
        if (system.ContractReference is not null || system.ContractStart is not null || system.ContractEnd is not null)
        {
            text += "; contract" + (string.IsNullOrWhiteSpace(system.ContractReference) ? string.Empty : $" {system.ContractReference.Trim()}")
                + (system.ContractStart is { } start ? $" from {FoiWording.Day(start)}" : string.Empty)
                + (system.ContractEnd is { } end ? $" to {FoiWording.Day(end)}" : string.Empty);
        }
        text += system.CapitalCostPence is { } capital ? $"; one-off cost {FoiWording.Money(capital, system.Currency)}" : "; no one-off cost recorded";
        text += system.AnnualCostPence is { } annual ? $"; yearly cost {FoiWording.Money(annual, system.Currency)}" : "; no yearly cost recorded";
        return text;
    }
}
