using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>Adding an assessment (its first version, or a version written outside the register) to the register.</summary>
public static class CreateAssessment
{
    public sealed class Input : AssessmentForm;

    public sealed record Page(Input Input, AssessmentChoices Choices);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> LoadAsync(Input input, CancellationToken cancellationToken) =>
            new(input, await AssessmentChoices.LoadAsync(db, input, cancellationToken));

        /// <summary>Saves the assessment and returns its id, or returns null with the problems in <paramref name="modelState"/>.</summary>
        public async Task<Guid?> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var assessment = new Assessment();
            if (!input.TryApplyTo(assessment, modelState, db.ShowsDoNotConfirmOrDenyRecords))
            {
                return null;
            }
            await AssessmentChecks.CheckAsync(db, assessment, input, modelState, cancellationToken);
            if (!modelState.IsValid)
            {
                return null;
            }
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync(cancellationToken);
            return assessment.Id;
        }
    }
}
