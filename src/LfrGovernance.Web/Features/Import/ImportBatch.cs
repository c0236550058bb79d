using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Web.Features.Import;

/// <summary>What happened to a valid row.</summary>
public enum ImportRowOutcome
{
    /// <summary>A new record.</summary>
    Created,

    /// <summary>An existing record (same natural reference) whose values changed.</summary>
    Updated,

    /// <summary>An existing record that already had these values: nothing to save.</summary>
    Unchanged,
}

/// <summary>What is wrong with a row: the sheet, the row number, the column at fault (null for the row as a whole)
/// and why, in words a user can act on.</summary>
public sealed record ImportProblem(string Sheet, int Row, string? Column, string Message);

/// <summary>One import in progress: the context the sheets stage records in (nothing is saved until the whole file
/// has been checked), the problems found, the outcome of every valid row, and the records staged so far so that a
/// later sheet can refer to a record an earlier sheet of the same file brings in.</summary>
public sealed class ImportBatch(GovernanceDbContext db)
{
    private readonly List<ImportProblem> problems = [];
    private readonly Dictionary<string, HashSet<int>> rejectedRows = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Sheet, ImportRowOutcome Outcome), int> outcomes = [];
    private readonly Dictionary<(Type Type, string Key), RegisterRecord> remembered = [];

    public GovernanceDbContext Db { get; } = db ?? throw new ArgumentNullException(nameof(db));

    /// <summary>True when the user may see and set "do not confirm or deny" records.</summary>
    public bool ClearedForDoNotConfirmOrDeny => Db.ShowsDoNotConfirmOrDenyRecords;

    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>Reports a problem with a row (or with one of its cells when <paramref name="column"/> is given). The
    /// row is rejected: its sheet must not stage it.</summary>
    public void Reject(IImportSheet sheet, ImportRow row, string? column, string message)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(row);
        problems.Add(new ImportProblem(sheet.Name, row.Number, column, message));
        if (!rejectedRows.TryGetValue(sheet.Name, out var rows))
        {
            rejectedRows[sheet.Name] = rows = [];
        }
        rows.Add(row.Number);
    }

    /// <summary>Reports one problem that rejects every row of a sheet (a required column missing, a sheet the user may
    /// not import): reported once, at <paramref name="headerRow"/>, and every row counted as rejected.</summary>
    public void RejectAll(IImportSheet sheet, IEnumerable<ImportRow> rows, int headerRow, string? column, string message)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(rows);
        problems.Add(new ImportProblem(sheet.Name, headerRow, column, message));
        if (!rejectedRows.TryGetValue(sheet.Name, out var rejected))
        {
            rejectedRows[sheet.Name] = rejected = [];
        }
        foreach (var row in rows)
        {
            rejected.Add(row.Number);
        }
    }

    /// <summary>True when <paramref name="row"/> of <paramref name="sheet"/> has a problem reported.</summary>
    public bool IsRejected(IImportSheet sheet, ImportRow row)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(row);
        return rejectedRows.TryGetValue(sheet.Name, out var rows) && rows.Contains(row.Number);
    }

    /// <summary>The numbers of the rejected rows of a sheet.</summary>
    public IReadOnlySet<int> RejectedRows(string sheet) =>
        rejectedRows.TryGetValue(sheet, out var rows) ? rows : new HashSet<int>();

    /// <summary>Counts the outcome of a valid row.</summary>
    public void Count(IImportSheet sheet, ImportRowOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        outcomes[(sheet.Name, outcome)] = Outcome(sheet.Name, outcome) + 1;
    }

    /// <summary>How many valid rows of a sheet had <paramref name="outcome"/>.</summary>
    public int Outcome(string sheet, ImportRowOutcome outcome) => outcomes.GetValueOrDefault((sheet, outcome));

    /// <summary>Remembers a staged record (new or changed) under its natural reference, for later sheets.</summary>
    public void Remember<T>(string key, T record) where T : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(record);
        remembered[(typeof(T), Normalise(key))] = record;
    }

    /// <summary>A record an earlier sheet of this file staged under <paramref name="key"/>, or null.</summary>
    public T? Find<T>(string key) where T : RegisterRecord =>
        key is not null && remembered.TryGetValue((typeof(T), Normalise(key)), out var record) ? (T)record : null;

    /// <summary>Natural references match whatever their case and surrounding spaces.</summary>
    public static string Normalise(string key) => key.Trim().ToUpperInvariant();
}
