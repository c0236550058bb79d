using System.Globalization;
using LfrGovernance.Core.History;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>The file formats a list can be exported to.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>An exported list, ready to download: its bytes, its content type and a file name with the date.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName)
{
    /// <summary>Reads "csv" or "xlsx" (any case).</summary>
    public static ExportFormat? ParseFormat(string? value) => value?.ToUpperInvariant() switch
    {
        "CSV" => ExportFormat.Csv,
        "XLSX" => ExportFormat.Xlsx,
        _ => null,
    };

    /// <summary>Writes <paramref name="table"/> as <paramref name="format"/>, named e.g. "change-history-2024-03-01-0900.csv"
    /// (UK date and time of the export).</summary>
    public static ExportFile Create(ExportTable table, ExportFormat format, string baseName, DateTime nowUtc)
    {
        var stamp = UkTime.ToLocal(nowUtc).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
        return format == ExportFormat.Csv
            ? new ExportFile(CsvWriter.Write(table), CsvWriter.ContentType, $"{baseName}-{stamp}.csv")
            : new ExportFile(XlsxWriter.Write(table), XlsxWriter.ContentType, $"{baseName}-{stamp}.xlsx");
    }

    /// <summary>The access log line every export writes (DPA 2018 s.62: disclosure is logged).</summary>
    public static AccessLogEntry LogEntry(CurrentUser user, DateTime nowUtc, string description, string filters)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AccessLogEntry
        {
            OccurredAt = nowUtc,
            UserId = user.Id,
            UserName = user.DisplayName,
            UserRoles = string.Join(",", user.Roles),
            Action = AccessAction.Exported,
            Description = description,
            Filters = filters,
        };
    }
}
