using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LfrGovernance.Core.Foi.Catalogue;

/// <summary>Collects an answer as a generator works it out: the paragraphs of the draft, the figures with their
/// sources, everything read (for the fingerprint) and how many flagged records fell in scope.</summary>
internal sealed class AnswerBuilder(IFoiQuestion question, FoiRegister register, FoiScope scope)
{
    private readonly List<string> _paragraphs = [];
    private readonly List<Figure> _figures = [];
    private readonly HashSet<(string RecordType, Guid Id, int Version)> _read = [];
    private readonly HashSet<string> _readInBulk = new(StringComparer.Ordinal);

    // The lists of sources already read: several figures often cite the same list (every deployment in scope).
    private readonly HashSet<object> _readLists = new(ReferenceEqualityComparer.Instance);
    private int _withheld;

    public FoiRegister Register { get; } = register;

    public FoiScope Scope { get; } = scope;

    /// <summary>"live facial recognition", or "facial recognition" for every kind.</summary>
    public string Kinds => FoiWording.Kinds(Scope);

    /// <summary>"between 1 January 2018 and 31 December 2019".</summary>
    public string Period => FoiWording.Period(Scope.From, Scope.To);

    /// <summary>"as at 3 May 2018": the day the answer speaks of as now.</summary>
    public string AsAt => $"as at {FoiWording.Day(Register.Today)}";

    /// <summary>Adds a paragraph to the draft, as a sentence.</summary>
    public void Say(string paragraph) => _paragraphs.Add(FoiWording.Sentence(paragraph));

    /// <summary>Adds a paragraph that introduces a list, and the list: one line per item, each a sentence.</summary>
    public void SayList(string introduction, IEnumerable<string> items)
    {
        var lines = items.Select(item => "- " + FoiWording.Sentence(item)).ToList();
        var intro = FoiWording.Sentence(introduction.Trim().TrimEnd('.', ':'));
        _paragraphs.Add(lines.Count == 0 ? intro : $"{intro.TrimEnd('.')}:\n{string.Join('\n', lines)}");
    }

    /// <summary>Adds a figure, and counts its sources among what the answer was built from.</summary>
    public void Figure(string label, string value, IReadOnlyList<SourceRecord> sources)
    {
        _figures.Add(new Figure(label, value, sources));
        Read(sources);
    }

    /// <summary>Records read to build the answer that no figure cites.</summary>
    public void Read(IEnumerable<SourceRecord> sources)
    {
        if (sources is IReadOnlyList<SourceRecord> list && !_readLists.Add(list))
        {
            return;
        }
        foreach (var source in sources)
        {
            _read.Add((source.RecordType, source.Id, source.Version));
        }
    }

    /// <summary>A summary of records read in bulk and not cited one by one (per-alert rows): their number and the sum of
    /// their versions change whenever one of them is added, changed, retired or moved between groups.</summary>
    public void ReadInBulk(string recordType, string group, int count, long versions) =>
        _readInBulk.Add(string.Create(CultureInfo.InvariantCulture, $"{recordType}|{group}|{count}|{versions}"));

    /// <summary>Adds records flagged "do not confirm or deny" that would otherwise have been in scope. They are never
    /// read into the draft, the figures or the fingerprint.</summary>
    public void Withhold(int count) => _withheld += count;

    public GeneratedAnswer Build() => Finish(nothingHeld: false);

    /// <summary>The answer when nothing is held: "No information is held." and, when given, what the register holds
    /// none of.</summary>
    public GeneratedAnswer NothingHeld(string? explanation = null)
    {
        _paragraphs.Clear();
        _figures.Clear();
        _paragraphs.Add(FoiWording.NoInformationHeld);
        if (explanation is not null)
        {
            _paragraphs.Add(FoiWording.Sentence(explanation));
        }
        return Finish(nothingHeld: true);
    }

    private GeneratedAnswer Finish(bool nothingHeld) =>
        new(question.Key, string.Join("\n\n", _paragraphs), [.. _figures], nothingHeld,
            Register.ShowsDoNotConfirmOrDenyRecords ? _withheld : 0, Register.GeneratedAtUtc, Register.AsAtUtc,
            Fingerprint(_read.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.RecordType}|{r.Id:D}|{r.Version}")).Concat(_readInBulk)));

    /// <summary>SHA-256 of what was read, one line per record (type, id, version) or bulk summary, in ordinal order:
    /// the same records give the same fingerprint whatever order they were read in.</summary>
    internal static string Fingerprint(IEnumerable<string> read)
    {
        var text = string.Join('\n', read.Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>What every question shares: its identity, the checks on the scope, and the answer's assembly.</summary>
internal abstract class FoiQuestion : IFoiQuestion
{
    public abstract string Key { get; }

    public abstract string Number { get; }

    public abstract string Title { get; }

    public abstract string Wording { get; }

    public async Task<GeneratedAnswer> GenerateAsync(FoiRegister register, FoiScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(scope);
        scope.Check();
        if (scope.AsAtUtc != register.AsAtUtc)
        {
            throw new ArgumentException("The scope's instant is not the register's: build the register as at the scope's instant.", nameof(scope));
        }
        return await AnswerAsync(new AnswerBuilder(this, register, scope), cancellationToken);
    }

    /// <summary>Works out the answer: reads what it needs, says it, and builds it.</summary>
    protected abstract Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken);
}
