using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
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

    // Each entity type's properties in name order, worked out once: a save of 10,000 records would sort them 20,000 times.
    private static readonly ConditionalWeakTable<IEntityType, IProperty[]> InNameOrder = [];

    private static IProperty[] PropertiesInNameOrder(IEntityType type) =>
        InNameOrder.GetValue(type, t => [.. t.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal)]);

    /// <summary>Every stored property of the entity as it is now, in name order: a JSON object of name and value.</summary>
    public static string Capture(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var current = entry.CurrentValues;
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var property in PropertiesInNameOrder(entry.Metadata))
            {
                // Each value as the serializer writes an object's value: by its own type's converter.
                writer.WritePropertyName(property.Name);
                var value = current[property];
                JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), Json);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The properties whose value differs from the one loaded (all of them for a new record), in name order.</summary>
    public static IReadOnlyList<FieldChange> Changes(EntityEntry entry, bool added)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var current = entry.CurrentValues;
        var changes = new List<FieldChange>();
        foreach (var property in PropertiesInNameOrder(entry.Metadata))
        {
            if (property.Name == nameof(Records.RegisterRecord.Version))
            {
                continue;
            }
            var value = current[property];
            if (added)
            {
                if (value is not null)
                {
                    changes.Add(new FieldChange(property.Name, null, Display(value)));
                }
            }
            else if (entry.Property(property) is { IsModified: true, OriginalValue: var original } && !Equals(original, value))
            {
                changes.Add(new FieldChange(property.Name, Display(original), Display(value)));
            }
        }
        return changes;
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
