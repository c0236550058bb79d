namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>A column of an export: its heading, and its width in a spreadsheet (in characters).</summary>
public sealed record ExportColumn(string Header, double Width);

/// <summary>A list as it is exported: a title (the worksheet's name), the columns and the rows, every cell as text.</summary>
public sealed record ExportTable(string Title, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);
