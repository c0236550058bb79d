using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Foi;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>The wording of an exemption, as a question's exemption and a reusable template share it.</summary>
public class ExemptionWording
{
    [Required(ErrorMessage = "Select the section of the Act the exemption relies on")]
    public string? Section { get; set; }

    public bool NeitherConfirmNorDeny { get; set; }

    [StringLength(FoiExemption.TextLength, ErrorMessage = "The harm statement must be 8,000 characters or fewer")]
    public string? HarmStatement { get; set; }

    [StringLength(FoiExemption.TextLength, ErrorMessage = "The factors favouring disclosure must be 8,000 characters or fewer")]
    public string? FactorsFavouringDisclosure { get; set; }

    [StringLength(FoiExemption.TextLength, ErrorMessage = "The factors against disclosure must be 8,000 characters or fewer")]
    public string? FactorsAgainstDisclosure { get; set; }

    [StringLength(FoiExemption.TextLength, ErrorMessage = "The balance must be 8,000 characters or fewer")]
    public string? Balance { get; set; }

    public int Version { get; set; }

    /// <summary>Adds a message beside each field the exemption's rules find wrong; true when there is none.</summary>
    public bool Check(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var breach in FoiExemptionRules.Check(Section, NeitherConfirmNorDeny, HarmStatement, FactorsFavouringDisclosure, FactorsAgainstDisclosure, Balance))
        {
            if (breach.Field != nameof(FoiExemption.Section) || !modelState.ContainsKey("Input.Section") || modelState["Input.Section"]!.Errors.Count == 0)
            {
                modelState.AddModelError("Input." + breach.Field, breach.Message);
            }
        }
        return modelState.IsValid;
    }

    public void Fill(string section, bool ncnd, string? harm, string? factorsFor, string? factorsAgainst, string? balance)
    {
        Section = section;
        NeitherConfirmNorDeny = ncnd;
        HarmStatement = harm;
        FactorsFavouringDisclosure = factorsFor;
        FactorsAgainstDisclosure = factorsAgainst;
        Balance = balance;
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
