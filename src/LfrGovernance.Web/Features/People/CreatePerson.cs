using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.People;

/// <summary>Adding a person to the register with the first rank they held: the person and the rank are saved
/// together, each as version 1 in its history.</summary>
public static class CreatePerson
{
    public sealed class Input : PersonFields.Form
    {
        /// <summary>The first rank and the day it was first held.</summary>
        public RankFields FirstRank { get; set; } = new();
    }

    /// <summary>The names the first rank's fields are posted under.</summary>
    public const string Prefix = "Input.FirstRank";

    public sealed record Page(Input Input);

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>Saves the person and returns their id, or returns null with the problems in <paramref name="modelState"/>.</summary>
        public async Task<Guid?> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var from = input.FirstRank.ReadFrom(modelState, Prefix);
            if (!modelState.IsValid || from is not { } day)
            {
                return null;
            }
            var person = new Person();
            input.ApplyTo(db, person);
            try
            {
                person.ChangeRank(input.FirstRank.Rank!.Value, day);
            }
            catch (DomainRuleException ex)
            {
                modelState.AddModelError(RankFields.DateKey(Prefix), ex.Message);
                return null;
            }
            db.People.Add(person);
            await db.SaveChangesAsync(cancellationToken);
            return person.Id;
        }
    }
}
