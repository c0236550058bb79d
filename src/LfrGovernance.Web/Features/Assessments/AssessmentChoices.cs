using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>What the assessment form lets the user choose from: current people and organisations, and whichever
/// are already chosen (even if retired since), so that an edit keeps them.</summary>
public sealed record AssessmentChoices(IReadOnlyList<Choice> People, IReadOnlyList<Choice> Organisations)
{
    public static async Task<AssessmentChoices> LoadAsync(GovernanceDbContext db, AssessmentForm? form, CancellationToken cancellationToken) =>
        new(await RecordChoices.PeopleAsync(db, form?.PeopleChosen().Select(p => (Guid?)p.Id) ?? [], cancellationToken),
            await RecordChoices.OrganisationsAsync(db, [form?.PartnerOrganisationId], cancellationToken));
}

/// <summary>The checks creating and editing an assessment share: the people and partner chosen exist, the
/// reference and version are not taken, and the domain rules (<see cref="AssessmentRules"/>). Each problem is added
/// beside its field.</summary>
public static class AssessmentChecks
{
    /// <summary>Checks <paramref name="assessment"/> (already filled from the form); returns the earlier version it
    /// supersedes, if any, loaded for changing.</summary>
    public static async Task<Assessment?> CheckAsync(GovernanceDbContext db, Assessment assessment, AssessmentForm input,
        ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        var chosen = input.PeopleChosen().ToList();
        var ids = chosen.Select(c => c.Id).Distinct().ToList();
        var known = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var (field, _) in chosen.Where(c => !known.Contains(c.Id)))
        {
            modelState.AddModelError($"Input.{field}", "Select a person from the list");
        }
        if (assessment.PartnerOrganisationId is { } partner
            && !await db.Organisations.AsNoTracking().AnyAsync(o => o.Id == partner, cancellationToken))
        {
            modelState.AddModelError($"Input.{nameof(Assessment.PartnerOrganisationId)}", "Select an organisation from the list");
        }
        // The reference and version are unique in the register, including records the user cannot see.
        if (await db.Assessments.IgnoreQueryFilters().AsNoTracking().AnyAsync(a => a.Id != assessment.Id
                && a.Reference == assessment.Reference && a.DocumentVersion == assessment.DocumentVersion, cancellationToken))
        {
            modelState.AddModelError($"Input.{nameof(Assessment.DocumentVersion)}",
                "This version of this reference is already in the register: give the version another number");
        }
        var supersedes = assessment.SupersedesId is { } earlierId
            ? await db.Assessments.SingleOrDefaultAsync(a => a.Id == earlierId, cancellationToken)
            : null;
        foreach (var breach in AssessmentRules.Check(assessment, supersedes))
        {
            modelState.AddModelError(breach.Field == nameof(Assessment.SupersedesId) ? string.Empty : $"Input.{breach.Field}", breach.Message);
        }
        return supersedes;
    }
}

/// <summary>What the assessment fields partial shows: the form and the choices it offers.</summary>
public sealed record AssessmentFormView(AssessmentForm Form, AssessmentChoices Choices);
