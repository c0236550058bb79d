namespace LfrGovernance.Core.Foi;

/// <summary>The parts of the UK with their own bank holidays (England and Wales share theirs). A working day under
/// FOIA s.10 is lost to a bank holiday in any of them, so a holiday names the nations it is kept in.</summary>
[Flags]
public enum UkNation
{
    None = 0,
    EnglandAndWales = 1,
    Scotland = 2,
    NorthernIreland = 4,
    All = EnglandAndWales | Scotland | NorthernIreland,
}

/// <summary>How nations read in a reason for a day off.</summary>
public static class UkNations
{
    /// <summary>"all UK", or the nations named, such as "England and Wales, Northern Ireland".</summary>
    public static string Describe(this UkNation nations)
    {
        if ((nations & UkNation.All) == UkNation.All)
        {
            return "all UK";
        }
        var names = new List<string>();
        if (nations.HasFlag(UkNation.EnglandAndWales))
        {
            names.Add("England and Wales");
        }
        if (nations.HasFlag(UkNation.Scotland))
        {
            names.Add("Scotland");
        }
        if (nations.HasFlag(UkNation.NorthernIreland))
        {
            names.Add("Northern Ireland");
        }
        return names.Count == 0 ? "no UK nation" : string.Join(", ", names);
    }
}
