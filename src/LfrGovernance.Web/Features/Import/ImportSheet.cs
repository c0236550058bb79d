using LfrGovernance.Core.Persistence;

namespace LfrGovernance.Web.Features.Import;

/// <summary>A column of an import sheet: its heading (row 1 of the template), the note under it that explains it and
/// its allowed values (row 2), whether a value is required, the values it allows (a validation list in the template)
/// and its width in characters. <paramref name="Several"/> marks a column that holds several of its allowed values
/// separated by semicolons: the template still offers the list, but lets a cell hold more than one.</summary>
public sealed record ImportColumn(string Header, string Note, bool Required = false, IReadOnlyList<string>? Allowed = null, double Width = 22, bool Several = false);

/// <summary>A data row of an uploaded sheet: its row number in the worksheet, and its cells in the order of the
/// sheet's columns, each as text (trimmed; null when empty). Dates come as "2024-03-27", dates with times as
/// "2024-03-27 14:30" (UK time), numbers in invariant form, whatever the cell's type was in the file.</summary>
public sealed record ImportRow(int Number, IReadOnlyList<string?> Cells)
{
    public string? this[int column] => column < Cells.Count ? Cells[column] : null;

    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>One sheet of the import workbook: one record type. Sheets are found in the Web assembly and taken in
/// <see cref="Order"/>, so that a sheet can refer to records that an earlier sheet of the same file brings in.</summary>
public interface IImportSheet
{
    /// <summary>The worksheet's name in the template and in uploads, e.g. "Deployments" (at most 31 characters).</summary>
    string Name { get; }

    /// <summary>Where the sheet comes in the workbook: records referred to come first.</summary>
    int Order { get; }

    /// <summary>The authorization policy (<c>Policies.*</c>) a user needs to import this sheet's rows: the policy that
    /// guards the record type's create and edit pages.</summary>
    string Policy { get; }

    /// <summary>What one row is, for people: "deployment".</summary>
    string RowDescribes { get; }

    /// <summary>The list page of the record type, e.g. "/deployments", linked from the import's result page; null for
    /// a record type without a list of its own.</summary>
    string? ListPath => null;

    /// <summary>The columns, in order. The first columns make the row's natural reference (see the notes).</summary>
    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Checks every row and, for each valid one, adds the record it describes to <see cref="ImportBatch.Db"/>
    /// or changes the existing record with the same natural reference, without saving. An invalid row is reported
    /// with <see cref="ImportBatch.Reject"/> and changes nothing. Each row's outcome is counted with
    /// <see cref="ImportBatch.Count"/>, and each record that later sheets may refer to is remembered with
    /// <see cref="ImportBatch.Remember{T}"/>.</summary>
    Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken);

    /// <summary>The register's current records the user may see, as rows of this sheet (same columns, same text
    /// forms), in a stable order. Importing these rows into an empty register gives the same records.</summary>
    IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db, CancellationToken cancellationToken);
}
