using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>A record's handling as the create and edit forms post it: the marking, and the "do not confirm or
/// deny" flag, which only users cleared for such records may see or change.</summary>
public static class RecordHandling
{
    /// <summary>Sets the marking, and the flag if the context's user is cleared (an uncleared user's form has no
    /// such field, so what it posts must never clear a flag it cannot see).</summary>
    public static void Apply(GovernanceDbContext db, RegisterRecord record, RecordMarking marking, bool doNotConfirmOrDeny)
    {
        ArgumentNullException.ThrowIfNull(db);
        Apply(record, marking, doNotConfirmOrDeny, db.ShowsDoNotConfirmOrDenyRecords);
    }

    /// <summary>The same, for a form that was told whether its user is cleared.</summary>
    public static void Apply(RegisterRecord record, RecordMarking marking, bool doNotConfirmOrDeny, bool cleared)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Marking = marking;
        if (cleared)
        {
            record.DoNotConfirmOrDeny = doNotConfirmOrDeny;
        }
    }

    /// <summary>What the flag means, for the form's hint and the record page.</summary>
    public const string DoNotConfirmOrDenyDescription =
        "The force neither confirms nor denies that this record exists (for example covert use). Only people cleared for such records can see it; figures that include it say so.";
}

/// <summary>What the handling partial shows: the marking chosen and the flag.</summary>
public sealed record HandlingSection(RecordMarking? Marking, bool DoNotConfirmOrDeny);
