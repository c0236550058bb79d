using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>The two handling columns every sheet ends with: the marking and the "do not confirm or deny" flag. As in
/// the forms (<see cref="RecordHandling"/>), only a user cleared for such records sets or changes the flag; an
/// uncleared user's row never changes it. A blank cell keeps what an existing record has (a new one is OFFICIAL and
/// not flagged). Sheets bring in current records only, so there is no column for a retirement reason.</summary>
internal static class SheetHandling
{
    public const string MarkingHeader = "Marking";

    public const string FlagHeader = "Do not confirm or deny";

    public static readonly ImportChoices<RecordMarking> Markings = new(RecordMarkings.All, RecordMarkings.DisplayName);

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new(MarkingHeader,
            "How carefully views of the record are handled. " + Markings.Note + " Blank: OFFICIAL for a new record, unchanged for an existing one.",
            Allowed: Markings.Allowed, Width: 30),
        new(FlagHeader,
            "Yes if the force neither confirms nor denies that the record exists (for example covert use); only people cleared for such records may set or change it. "
            + ImportCells.YesNoNote + " Blank: No for a new record, unchanged for an existing one.",
            Allowed: ["Yes", "No"], Width: 16),
    ];

    /// <summary>The handling a row gives the record (<paramref name="existing"/> when it changes one); a problem with
    /// either cell is reported and rejects the row. <paramref name="first"/> is the marking column's index.</summary>
    public static (RecordMarking Marking, bool DoNotConfirmOrDeny) Read(SheetRow cells, int first, RegisterRecord? existing)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var marking = cells.Choice(first, Markings);
        var flag = cells.YesNo(first + 1);
        var cleared = cells.Batch.ClearedForDoNotConfirmOrDeny;
        if (!cleared && flag == true)
        {
            cells.Reject(first + 1, "Do not confirm or deny can only be set by someone cleared for such records: leave it blank or write No");
        }
        var current = existing?.DoNotConfirmOrDeny ?? false;
        return (marking ?? existing?.Marking ?? RecordMarking.Official, cleared ? flag ?? current : current);
    }

    /// <summary>The two cells as an export writes them.</summary>
    public static IEnumerable<string?> Cells(RegisterRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        yield return Markings.Name(record.Marking);
        yield return ImportCells.YesNo(record.DoNotConfirmOrDeny);
    }
}
