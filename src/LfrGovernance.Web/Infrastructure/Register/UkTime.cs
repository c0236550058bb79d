using System.Globalization;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>The register stores instants in UTC; people read and enter them in UK time (Europe/London).</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>What pages say after a time, so nobody has to guess the zone.</summary>
    public const string ZoneName = "UK time";

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UK calendar day a UTC instant falls on.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>Today in the UK, by the register's clock.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DayOf(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>A UTC instant as GOV.UK style writes it in UK time, with seconds: "3:04:05pm on 26 November 2026".</summary>
    public static string Format(DateTime utc)
    {
        var local = ToLocal(utc);
        var time = local.ToString("h:mm:ss", CultureInfo.InvariantCulture) + (local.Hour < 12 ? "am" : "pm");
        return $"{time} on {local.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
    }

    /// <summary>A day as GOV.UK style writes it: "27 March 2024".</summary>
    public static string FormatDay(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant for a <c>datetime</c> attribute.</summary>
    public static string Machine(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Converts a UK wall-clock time to UTC, or null when that time did not exist (the hour the clocks go
    /// forward). A time that happened twice (the hour the clocks go back) is read as the first of the two.</summary>
    public static DateTime? FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            return null;
        }
        if (Zone.IsAmbiguousTime(unspecified))
        {
            var offset = Zone.GetAmbiguousTimeOffsets(unspecified).Max();
            return DateTime.SpecifyKind(unspecified - offset, DateTimeKind.Utc);
        }
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }
}
