using LfrGovernance.Core.Foi.Catalogue.Questions;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>The catalogue of standard FOI questions about facial recognition (domain section 1): the eight numbered
/// questions of the typical request with their sub-questions, then the questions that recur in such requests. Each
/// generates its answer from the register for a request's scope.</summary>
/// <remarks>
/// Question 8 ("in 2018 you answered 'no information held': why?") has no generator of its own: it is answered by
/// generating the catalogue with <see cref="FoiScope.AsAtUtc"/> set to the date of the earlier answer, from the register
/// as it stood then (<see cref="FoiRegister.AsAtAsync"/>), and comparing with the answers generated today
/// (<see cref="EarlierAnswers"/> says so for the page).
/// </remarks>
public static class FoiCatalogue
{
    /// <summary>The note for question 8, which is answered by generating the catalogue as at an earlier date.</summary>
    public const string EarlierAnswers = "Question 8 (what the force held, and said, at an earlier date) is answered by generating these answers "
        + "from the register as it stood on that date, and comparing them with today's.";

    /// <summary>Every question, the numbered ones first in their order, then the recurring ones.</summary>
    public static IReadOnlyList<IFoiQuestion> All { get; } =
    [
        new CollaborationsQuestion(),
        new ImagesSharedQuestion(),
        new CollaborationAuthorityQuestion(),
        new MatchAlertProtocolQuestion(),
        new CollaborationAlertsQuestion(),
        new TruePositivesQuestion(),
        new FalsePositivesQuestion(),
        new CollaborationAndRetentionPolicyQuestion(),
        new CollaborationDpiaQuestion(),
        new UseDpiaQuestion(),
        new PartnerDpiaScrutinyQuestion(),
        new CurrentUseQuestion(),
        new PlansQuestion(),
        new DeploymentsQuestion(),
        new SuppliersAndCostsQuestion(),
        new WatchlistsQuestion(),
        new OutcomesQuestion(),
        new AlertCategoriesQuestion(),
        new AssessmentsQuestion(),
        new PoliciesQuestion(),
        new PartnersQuestion(),
        new RetentionQuestion(),
        new ExternalAdviceQuestion(),
    ];

    /// <summary>The question with this key (case-insensitive), or null.</summary>
    public static IFoiQuestion? Find(string key) =>
        All.FirstOrDefault(q => string.Equals(q.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Generates every question's answer for <paramref name="scope"/>, one after another on the one register
    /// (what several questions read is read once).</summary>
    public static async Task<IReadOnlyList<GeneratedAnswer>> GenerateAllAsync(FoiRegister register, FoiScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(scope);
        var answers = new List<GeneratedAnswer>(All.Count);
        foreach (var question in All)
        {
            answers.Add(await question.GenerateAsync(register, scope, cancellationToken));
        }
        return answers;
    }
}
