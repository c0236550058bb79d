using System.Globalization;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>How one record type's stored fields are named and written for people: the history and conflict
/// messages use it so that nobody reads a property name. Fields without a label are not shown.</summary>
public abstract class RecordFields
{
    /// <summary>The label for each shown property, in the order they appear on the record's page.</summary>
    protected abstract IReadOnlyDictionary<string, string> Labels { get; }

    public string? Label(string field) => Labels.TryGetValue(field, out var label) ? label : null;

    /// <summary>Orders changes the way the record's page does.</summary>
    public int Order(string field)
    {
        var index = 0;
        foreach (var key in Labels.Keys)
        {
            if (key == field)
            {
                return index;
            }
            index++;
        }
        return int.MaxValue;
    }

    /// <summary>A value as history stored it (see <c>RecordSnapshot.Display</c>), written for people.</summary>
    public virtual string Display(string field, string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return "Not set";
        }
        if (field == nameof(RegisterRecord.Marking) && Enum.TryParse<RecordMarking>(stored, out var marking))
        {
            return RecordMarkings.DisplayName(marking);
        }
        if (stored is "True" or "False")
        {
            return stored == "True" ? "Yes" : "No";
        }
        if (stored.EndsWith(" UTC", StringComparison.Ordinal)
            && DateTime.TryParseExact(stored, "yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return UkTime.Format(instant);
        }
        return stored;
    }

    /// <summary>The labels every register record shares.</summary>
    protected static IEnumerable<KeyValuePair<string, string>> Common =>
    [
        new(nameof(RegisterRecord.Marking), "Handling marking"),
        new(nameof(RegisterRecord.DoNotConfirmOrDeny), "Do not confirm or deny"),
        new(nameof(RegisterRecord.RetiredAt), "Retired"),
        new(nameof(RegisterRecord.RetirementReason), "Reason for retiring"),
    ];
}
