using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Import;

/// <summary>A column of an import sheet bound to a property of its record: how an export writes the property, and
/// how an upload's text is read onto it. <see cref="Field"/> names the property, so that a domain rule's breach is
/// reported beside this column.</summary>
public sealed class ImportField<T>(ImportColumn column, string? field, Func<T, string?> write, Func<T, string?, ImportBatch, string?> read)
{
    public ImportColumn Column { get; } = column;

    /// <summary>The record's property this column holds (the <c>RuleBreach.Field</c> it answers for).</summary>
    public string? Field { get; } = field;

    public string? Write(T record) => write(record);

    /// <summary>Reads <paramref name="text"/> onto <paramref name="record"/>; returns the problem (a whole message
    /// naming the column) or null.</summary>
    public string? Read(T record, string? text, ImportBatch batch) => read(record, text, batch);
}

/// <summary>Reads a row's cells onto a record through the sheet's fields.</summary>
public static class ImportFieldReading
{
    /// <summary>Reads each field's cell of <paramref name="row"/> onto <paramref name="record"/>; returns the problems,
    /// each with its column's header.</summary>
    public static List<(string? Column, string Message)> ReadAll<T>(this IReadOnlyList<ImportField<T>> fields, T record, ImportRow row, ColumnIndex at,
        ImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(at);
        var problems = new List<(string? Column, string Message)>();
        foreach (var field in fields)
        {
            if (field.Read(record, row[at[field.Column.Header]], batch) is { } problem)
            {
                problems.Add((field.Column.Header, problem));
            }
        }
        return problems;
    }
}

/// <summary>Makes the usual kinds of <see cref="ImportField{T}"/>: text, dates, instants, counts, decimals, yes or
/// no, choices, and the handling of a record. A sheet keeps one: <c>static readonly ImportFields&lt;Deployment&gt; F = new();</c></summary>
public sealed class ImportFields<T> where T : class
{
    public ImportField<T> Text(string header, string note, string field, Func<T, string?> get, Action<T, string?> set, int maxLength,
        bool required = false, double width = 30) =>
        new(new ImportColumn(header, note, required, Width: width), field, get, (record, text, _) =>
        {
            var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            if (value is null && required)
            {
                return Missing(header);
            }
            if (value is not null && value.Length > maxLength)
            {
                return $"{header} must be {maxLength:N0} characters or fewer";
            }
            set(record, value);
            return null;
        });

    public ImportField<T> Day(string header, string note, string field, Func<T, DateOnly?> get, Action<T, DateOnly?> set, bool required = false) =>
        new(new ImportColumn(header, Join(note, ImportCells.DayNote), required, Width: 14), field, r => ImportCells.Day(get(r)), (record, text, _) =>
        {
            if (!ImportCells.TryDay(text, out var day, out var problem))
            {
                return $"{header} {problem}";
            }
            if (day is null && required)
            {
                return Missing(header);
            }
            set(record, day);
            return null;
        });

    public ImportField<T> Instant(string header, string note, string field, Func<T, DateTime?> get, Action<T, DateTime?> set, bool required = false) =>
        new(new ImportColumn(header, Join(note, ImportCells.InstantNote), required, Width: 18), field, r => ImportCells.Instant(get(r)), (record, text, _) =>
        {
            if (!ImportCells.TryInstant(text, out var instant, out var problem))
            {
                return $"{header} {problem}";
            }
            if (instant is null && required)
            {
                return Missing(header);
            }
            set(record, instant);
            return null;
        });

    public ImportField<T> Count(string header, string note, string field, Func<T, long?> get, Action<T, long?> set, bool required = false,
        long max = int.MaxValue) =>
        new(new ImportColumn(header, Join(note, "A whole number."), required, Width: 12), field, r => ImportCells.Number(get(r)), (record, text, _) =>
        {
            if (!ImportCells.TryCount(text, out var count, out var problem, max))
            {
                return $"{header} {problem}";
            }
            if (count is null && required)
            {
                return Missing(header);
            }
            set(record, count);
            return null;
        });

    public ImportField<T> Number(string header, string note, string field, Func<T, double?> get, Action<T, double?> set, double min, double max) =>
        new(new ImportColumn(header, note, Width: 12), field, r => ImportCells.Number(get(r)), (record, text, _) =>
        {
            if (!ImportCells.TryDecimal(text, min, max, out var value, out var problem))
            {
                return $"{header} {problem}";
            }
            set(record, value);
            return null;
        });

    public ImportField<T> YesNo(string header, string note, string field, Func<T, bool?> get, Action<T, bool?> set, bool required = false) =>
        new(new ImportColumn(header, Join(note, ImportCells.YesNoNote), required, ["Yes", "No"], 10), field, r => ImportCells.YesNo(get(r)), (record, text, _) =>
        {
            if (!ImportCells.TryYesNo(text, out var value, out var problem))
            {
                return $"{header} {problem}";
            }
            if (value is null && required)
            {
                return Missing(header);
            }
            set(record, value);
            return null;
        });

    public ImportField<T> Choice<TEnum>(string header, string note, string field, ImportChoices<TEnum> choices, Func<T, TEnum?> get,
        Action<T, TEnum?> set, bool required = false, double width = 24) where TEnum : struct, Enum =>
        new(new ImportColumn(header, Join(note, choices.Note), required, choices.Allowed, width), field, r => choices.Name(get(r)), (record, text, _) =>
        {
            if (!choices.TryRead(text, out var value, out var problem))
            {
                return $"{header} {problem}";
            }
            if (value is null && required)
            {
                return Missing(header);
            }
            set(record, value);
            return null;
        });

    /// <summary>The "Marking" column of a record (Official when blank).</summary>
    public ImportField<T> Marking(Func<T, RegisterRecord> record) => Choice("Marking",
        "How views of the record are handled. Blank means Official.", nameof(RegisterRecord.Marking), MarkingChoices,
        r => record(r).Marking, (r, marking) => record(r).Marking = marking ?? RecordMarking.Official, width: 30);

    /// <summary>The "Do not confirm or deny" column: only a user cleared for such records sets or changes the flag; an
    /// uncleared user's rows leave it as it is and may not ask for it.</summary>
    public ImportField<T> DoNotConfirmOrDeny(Func<T, RegisterRecord> record) =>
        new(new ImportColumn("Do not confirm or deny", "Yes for a record whose existence the force neither confirms nor denies (for example covert use). "
            + "Only people cleared for such records may set it. Blank means No.", false, ["Yes", "No"], 14), nameof(RegisterRecord.DoNotConfirmOrDeny),
            r => ImportCells.YesNo(record(r).DoNotConfirmOrDeny), (r, text, batch) =>
            {
                if (!ImportCells.TryYesNo(text, out var value, out var problem))
                {
                    return $"Do not confirm or deny {problem}";
                }
                if (!batch.ClearedForDoNotConfirmOrDeny)
                {
                    return value == true ? "Only people cleared for \u201cdo not confirm or deny\u201d records may mark a record so: leave the cell blank" : null;
                }
                record(r).DoNotConfirmOrDeny = value == true;
                return null;
            });

    private static readonly ImportChoices<RecordMarking> MarkingChoices = new(RecordMarkings.All, RecordMarkings.DisplayName);

    private static string Missing(string header) => $"Enter the {char.ToLowerInvariant(header[0])}{header[1..]}";

    private static string Join(string note, string more) => string.IsNullOrEmpty(note) ? more : note + " " + more;
}
