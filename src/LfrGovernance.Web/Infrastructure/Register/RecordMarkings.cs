using LfrGovernance.Core.Records;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>How a handling marking is written on pages.</summary>
public static class RecordMarkings
{
    public static readonly IReadOnlyList<RecordMarking> All = Enum.GetValues<RecordMarking>();

    public static string DisplayName(RecordMarking marking) => marking switch
    {
        RecordMarking.Official => "OFFICIAL",
        RecordMarking.OfficialSensitive => "OFFICIAL-SENSITIVE",
        RecordMarking.OfficialSensitivePurposeRequired => "OFFICIAL-SENSITIVE, purpose required",
        _ => marking.ToString(),
    };

    public static string Description(RecordMarking marking) => marking switch
    {
        RecordMarking.Official => "Ordinary register information. Views are not logged.",
        RecordMarking.OfficialSensitive => "Every view is logged.",
        RecordMarking.OfficialSensitivePurposeRequired => "Whoever views it must first say why. The view and the reason are logged.",
        _ => string.Empty,
    };
}
