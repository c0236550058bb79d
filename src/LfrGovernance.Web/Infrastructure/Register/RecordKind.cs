using System.Linq.Expressions;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>How people refer to a record: "it" for things, "they" for people, so shared pages read naturally.</summary>
public enum RecordPronoun
{
    It,
    They,
}

/// <summary>How the shared pages name a record type and where its pages are: what the shared views need, whatever
/// the record type.</summary>
public abstract class RecordKind
{
    /// <param name="singular">The noun in a sentence, in lower case: "organisation".</param>
    /// <param name="plural">The plural, in lower case: "organisations".</param>
    /// <param name="basePath">Where the record type's pages live: "/organisations".</param>
    /// <param name="fields">The labels history and conflict messages use.</param>
    protected RecordKind(string recordType, string singular, string plural, string basePath, RecordFields fields)
    {
        ArgumentException.ThrowIfNullOrEmpty(singular);
        ArgumentException.ThrowIfNullOrEmpty(plural);
        RecordType = recordType;
        Singular = singular;
        Plural = plural;
        BasePath = basePath;
        Fields = fields;
    }

    /// <summary>The record type as history and the access log store it (the entity's class name).</summary>
    public string RecordType { get; }

    public string Singular { get; }

    public string Plural { get; }

    public string BasePath { get; }

    public RecordFields Fields { get; }

    /// <summary>"it" or "they", for sentences about the record.</summary>
    public RecordPronoun Pronoun { get; init; } = RecordPronoun.It;

    /// <summary>What a retired record keeps, as the retire page says: "history", "ranks and history".</summary>
    public string Keeps { get; init; } = "history";

    /// <summary>The singular with a capital, for captions: "Organisation".</summary>
    public string Caption => char.ToUpperInvariant(Singular[0]) + Singular[1..];

    /// <summary>The plural with a capital, for headings: "Organisations".</summary>
    public string PluralCaption => char.ToUpperInvariant(Plural[0]) + Plural[1..];

    public string PathOf(Guid id) => $"{BasePath}/{id}";

    /// <summary>"it"/"them": the record as an object.</summary>
    public string Them => Pronoun == RecordPronoun.They ? "them" : "it";

    /// <summary>"It"/"They": the record as a subject at the start of a sentence.</summary>
    public string They => Pronoun == RecordPronoun.They ? "They" : "It";

    /// <summary>"its"/"their".</summary>
    public string Their => Pronoun == RecordPronoun.They ? "their" : "its";

    /// <summary>"has"/"have", agreeing with <see cref="They"/>.</summary>
    public string Has => Pronoun == RecordPronoun.They ? "have" : "has";

    /// <summary>"was"/"were", agreeing with <see cref="They"/>.</summary>
    public string Was => Pronoun == RecordPronoun.They ? "were" : "was";

    /// <summary>"stays"/"stay", agreeing with <see cref="They"/>.</summary>
    public string Stays => Pronoun == RecordPronoun.They ? "stay" : "stays";
}

/// <summary>What the shared record pages (retire, reinstate, purpose, conflicts, lists) need to know about one record
/// type. Each feature declares one, as a static, beside its fields.</summary>
/// <typeparam name="TRecord">The entity, a register record.</typeparam>
/// <param name="name">The record's name or title; an expression so that lists can sort and project it in SQL.</param>
public sealed class RecordKind<TRecord>(string singular, string plural, string basePath, Expression<Func<TRecord, string>> name, RecordFields fields)
    : RecordKind(typeof(TRecord).Name, singular, plural, basePath, fields)
    where TRecord : RegisterRecord
{
    private readonly Func<TRecord, string> _name = name.Compile();

    public Expression<Func<TRecord, string>> Name { get; } = name;

    /// <summary>A rule of the record type that forbids retiring a record: the message, or null when it may be retired.</summary>
    public Func<TRecord, string?>? RetireRule { get; init; }

    public string NameOf(TRecord record) => _name(record);
}
