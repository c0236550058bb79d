using System.ComponentModel.DataAnnotations;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>The purpose asked before showing an assessment whose marking needs one.</summary>
public static class AssessmentPurpose
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter why you need to see this assessment")]
        [StringLength(SensitiveViews.PurposeLength, ErrorMessage = "Your reason must be 2,000 characters or fewer")]
        public string? Purpose { get; set; }
    }

    /// <param name="FormAction">Where the purpose is posted: the record page, or the edit form that shows the record too.</param>
    public sealed record Page(Guid Id, string Name, Input Input, string FormAction);
}
