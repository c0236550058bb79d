using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LfrGovernance.Core.History;

/// <summary>One field a change altered, as text a person can read.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>Writes a record's stored fields as JSON, and builds a record back from that JSON.</summary>
public static class RecordSnapshot
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    /// <summary>Every stored property of the entity as it is now, in name order.</summary>
    public static string Capture(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            values[property.Metadata.Name] = property.CurrentValue;
        }
        return JsonSerializer.Serialize(values, Json);
    }

    /// <summary>The properties whose value differs from the one loaded (all of them for a new record).</summary>
    public static IReadOnlyList<FieldChange> Changes(EntityEntry entry, bool added)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Properties
            .Where(p => p.Metadata.Name != nameof(Records.RegisterRecord.Version))
            .Where(p => added ? p.CurrentValue is not null : p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
            .OrderBy(p => p.Metadata.Name, StringComparer.Ordinal)
            .Select(p => new FieldChange(p.Metadata.Name, added ? null : Display(p.OriginalValue), Display(p.CurrentValue)))
            .ToList();
    }

    public static string Serialize(IReadOnlyList<FieldChange> changes) => JsonSerializer.Serialize(changes, Json);

    public static IReadOnlyList<FieldChange> DeserializeChanges(string json) =>
        JsonSerializer.Deserialize<List<FieldChange>>(json, Json) ?? [];

    /// <summary>Builds a detached entity of <paramref name="entityType"/> from a snapshot.</summary>
    public static object Restore(IEntityType entityType, string snapshot)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        var instance = Activator.CreateInstance(entityType.ClrType, nonPublic: true)
            ?? throw new InvalidOperationException($"Cannot create a {entityType.ClrType.Name}.");
        using var document = JsonDocument.Parse(snapshot);
        foreach (var property in entityType.GetProperties())
        {
            if (property.PropertyInfo is { CanWrite: true } info && document.RootElement.TryGetProperty(property.Name, out var value))
            {
                info.SetValue(instance, value.Deserialize(property.ClrType, Json));
            }
        }
        return instance;
    }

    /// <summary>A stored value as a person reads it.</summary>
    public static string? Display(object? value) => value switch
    {
        null => null,
        DateTime date => DateTime.SpecifyKind(date, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
