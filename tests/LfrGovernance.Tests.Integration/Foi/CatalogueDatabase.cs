using LfrGovernance.Core.Foi.Catalogue;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration.Foi;

/// <summary>The <see cref="CatalogueRegister"/> in a database of its own, built once for a test class that only reads it.</summary>
public sealed class CatalogueDatabase : IDisposable
{
    public CatalogueDatabase()
    {
        using var db = Database.NewContext();
        Ids = CatalogueRegister.Build(db);
    }

    public TestDatabase Database { get; } = new();

    public CatalogueRegister.Ids Ids { get; }

    /// <summary>The request of the tests: the test force, 2018 and 2019, every kind, the register as it is now.</summary>
    public static FoiScope Scope(params FacialRecognitionKind[] kinds) =>
        new(CatalogueRegister.From, CatalogueRegister.To, TestDatabase.DefaultForceId, kinds.ToHashSet(), null);

    /// <summary>One question's answer, read by someone cleared for records flagged "do not confirm or deny" or not.</summary>
    public async Task<GeneratedAnswer> AnswerAsync(string key, bool cleared = false, FoiScope? scope = null)
    {
        await using var db = Database.NewContext();
        db.ShowsDoNotConfirmOrDenyRecords = cleared;
        var question = FoiCatalogue.Find(key) ?? throw new ArgumentException($"No question {key}.", nameof(key));
        return await question.GenerateAsync(FoiRegister.Current(db), scope ?? Scope(), CancellationToken.None);
    }

    /// <summary>Every answer of the catalogue, by key.</summary>
    public async Task<IReadOnlyDictionary<string, GeneratedAnswer>> AllAsync(bool cleared, FoiScope? scope = null)
    {
        await using var db = Database.NewContext();
        db.ShowsDoNotConfirmOrDenyRecords = cleared;
        var answers = await FoiCatalogue.GenerateAllAsync(FoiRegister.Current(db), scope ?? Scope(), CancellationToken.None);
        return answers.ToDictionary(a => a.QuestionKey);
    }

    /// <summary>The value of the answer's only figure with this label.</summary>
    public static string Value(GeneratedAnswer answer, string label) => Assert.Single(answer.Figures, f => f.Label == label).Value;

    public void Dispose() => Database.Dispose();
}
