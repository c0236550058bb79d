using System.Globalization;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>How values are written in export cells: instants in UK time and days as "yyyy-MM-dd" (so that a spreadsheet
/// sorts them), counts without separators, yes or no, and the shared columns every record has.</summary>
public static class ExportText
{
    /// <summary>"2026-06-10 09:30" in UK time, or empty.</summary>
    public static string? Instant(DateTime? utc) =>
        utc is { } value ? UkTime.ToLocal(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;

    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string? YesNo(bool? value) => value is { } v ? YesNo(v) : null;

    public static string? Name(IReadOnlyDictionary<Guid, string> names, Guid? id)
    {
        ArgumentNullException.ThrowIfNull(names);
        return id is { } key ? names.TryGetValue(key, out var name) ? name : "Not shown" : null;
    }

    /// <summary>The columns at the end of every record's export: its handling, whether it is retired, and its id.</summary>
    public static ExportSheet<TRecord> RecordColumns<TRecord>(this ExportSheet<TRecord> sheet) where TRecord : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet
            .Column("Handling marking", 18, r => RecordMarkings.DisplayName(r.Marking))
            .Column("Do not confirm or deny", 12, r => YesNo(r.DoNotConfirmOrDeny))
            .Column("Retired", 18, r => Instant(r.RetiredAt))
            .Column("Reason for retiring", 30, r => r.RetirementReason)
            .Column("Id", 38, r => r.Id.ToString("D"));
    }
}
