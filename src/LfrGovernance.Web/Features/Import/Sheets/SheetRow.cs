using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>One row of a sheet as it is read: each cell turned into its value, and every problem reported against the
/// row with the column's header, in the GOV.UK error style ("Started must be a real date, like 2024-03-27").</summary>
internal sealed class SheetRow(IImportSheet sheet, ImportBatch batch, ImportRow row)
{
    private readonly HashSet<int> badColumns = [];
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);

    public ImportRow Row { get; } = row;

    public ImportBatch Batch { get; } = batch;

    /// <summary>True while no problem has been reported for the row.</summary>
    public bool IsValid => !Batch.IsRejected(sheet, Row);

    public string Header(int column) => sheet.Columns[column].Header;

    /// <summary>The cell's text, trimmed; null when empty.</summary>
    public string? Text(int column) => string.IsNullOrWhiteSpace(Row[column]) ? null : Row[column]!.Trim();

    /// <summary>Reports a problem with one cell.</summary>
    public void Reject(int column, string message)
    {
        badColumns.Add(column);
        Batch.Reject(sheet, Row, Header(column), message);
    }

    /// <summary>Reports a problem with the row as a whole.</summary>
    public void RejectRow(string message) => Batch.Reject(sheet, Row, null, message);

    /// <summary>The cell's text, or a problem ("Enter ...") when it is empty.</summary>
    public string? Required(int column, string messageWhenEmpty)
    {
        var text = Text(column);
        if (text is null)
        {
            Reject(column, messageWhenEmpty);
        }
        return text;
    }

    public DateOnly? Day(int column) => Read(column, ImportCells.TryDay(Text(column), out var day, out var problem), problem) ? day : null;

    public DateTime? Instant(int column) => Read(column, ImportCells.TryInstant(Text(column), out var utc, out var problem), problem) ? utc : null;

    public bool? YesNo(int column) => Read(column, ImportCells.TryYesNo(Text(column), out var value, out var problem), problem) ? value : null;

    public long? Count(int column, long max = int.MaxValue) =>
        Read(column, ImportCells.TryCount(Text(column), out var value, out var problem, max), problem) ? value : null;

    public double? Decimal(int column, double min, double max) =>
        Read(column, ImportCells.TryDecimal(Text(column), min, max, out var value, out var problem), problem) ? value : null;

    public long? Pounds(int column) => Read(column, ImportCells.TryPounds(Text(column), out var pence, out var problem), problem) ? pence : null;

    public T? Choice<T>(int column, ImportChoices<T> choices) where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(choices);
        return Read(column, choices.TryRead(Text(column), out var value, out var problem), problem) ? value : null;
    }

    public IReadOnlyList<T> Several<T>(int column, ImportChoices<T> choices) where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(choices);
        return Read(column, choices.TryReadSeveral(Text(column), out var values, out var problem), problem) ? values : [];
    }

    /// <summary>Checks a form's DataAnnotations (required, length) as model binding does, before the form's own
    /// reading (which relies on them); true when they hold. <paramref name="columns"/> maps a form field to its column.</summary>
    public bool Check(object form, IReadOnlyDictionary<string, int> columns)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(columns);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                Add(member, result.ErrorMessage ?? "Check this value", columns);
            }
        }
        return IsValid;
    }

    /// <summary>Reports what a form's reading put in <paramref name="modelState"/>: keys are "Input.&lt;Field&gt;" (a
    /// date's under "Input.&lt;Field&gt;.Day" too); <paramref name="columns"/> maps a field to its column. A column that
    /// already has a problem is not reported twice.</summary>
    public void Report(ModelStateDictionary modelState, IReadOnlyDictionary<string, int> columns)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
            {
                Add(key.StartsWith("Input.", StringComparison.Ordinal) ? key["Input.".Length..] : key, error.ErrorMessage, columns);
            }
        }
    }

    private void Add(string field, string message, IReadOnlyDictionary<string, int> columns)
    {
        var name = field.Split('.')[0];
        if (columns.TryGetValue(name, out var column))
        {
            if (!badColumns.Contains(column) && reported.Add(name))
            {
                Reject(column, message);
            }
        }
        else if (reported.Add(field))
        {
            RejectRow(message);
        }
    }

    private bool Read(int column, bool ok, string? problem)
    {
        if (!ok)
        {
            Reject(column, $"{Header(column)} {problem}");
        }
        return ok;
    }
}
