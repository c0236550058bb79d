using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Transparency;

/// <summary>One field of a transparency record: a stable key (snake case, as the ATRS template names its fields), the
/// label people read, and the value; null when the register cannot fill it and a person must.</summary>
public sealed record AtrsField(string Key, string Label, string? Value)
{
    public bool ToBeCompleted => string.IsNullOrWhiteSpace(Value);
}

/// <summary>A repeated part of a section (accuracy evaluations, impact assessments...), each item a set of fields.
/// An empty list is to be completed too: the register holds nothing for it.</summary>
public sealed record AtrsList(string Key, string Label, IReadOnlyList<IReadOnlyList<AtrsField>> Items);

/// <summary>A section of the record: tier 1, or one of the five parts of tier 2.</summary>
public sealed record AtrsSection(string Key, string Title, IReadOnlyList<AtrsField> Fields, IReadOnlyList<AtrsList> Lists);

/// <summary>Where a field the register could not fill sits ("tier_2.description_and_rationale.benefits"), and its name.</summary>
public sealed record AtrsGap(string Path, string Section, string Label);

/// <summary>A UK Algorithmic Transparency Recording Standard record (tier 1 and tier 2) for one facial recognition
/// system, as the register fills it, with the fields it cannot fill listed for a person to complete.</summary>
public sealed record AtrsRecord(Guid SystemId, string SystemName, DateTime GeneratedAtUtc, AtrsSection Tier1, IReadOnlyList<AtrsSection> Tier2)
{
    public const string ToBeCompletedText = "To be completed by a person";

    public IEnumerable<(string Path, AtrsSection Section)> Sections =>
        [("tier_1", Tier1), .. Tier2.Select(s => ($"tier_2.{s.Key}", s))];

    /// <summary>Every field left empty, and every list with no item, in the order of the record.</summary>
    public IReadOnlyList<AtrsGap> ToBeCompleted =>
    [
        .. Sections.SelectMany(s => s.Section.Fields.Where(f => f.ToBeCompleted).Select(f => new AtrsGap($"{s.Path}.{f.Key}", s.Section.Title, f.Label))
            .Concat(s.Section.Lists.Where(l => l.Items.Count == 0).Select(l => new AtrsGap($"{s.Path}.{l.Key}", s.Section.Title, l.Label)))),
    ];

    /// <summary>The record as JSON: fixed field names, null for a field to be completed, and the list of those fields.</summary>
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("standard", "UK Algorithmic Transparency Recording Standard");
            json.WriteString("tiers", "1 and 2");
            json.WriteString("system_id", SystemId.ToString("D"));
            json.WriteString("generated_at", UkTime.Machine(GeneratedAtUtc));
            json.WriteString("generated_from", "The facial recognition governance register: fields it cannot fill are null and listed in to_be_completed");
            json.WritePropertyName("tier_1");
            WriteSection(json, Tier1);
            json.WriteStartObject("tier_2");
            foreach (var section in Tier2)
            {
                json.WritePropertyName(section.Key);
                WriteSection(json, section);
            }
            json.WriteEndObject();
            json.WriteStartArray("to_be_completed");
            foreach (var gap in ToBeCompleted)
            {
                json.WriteStartObject();
                json.WriteString("field", gap.Path);
                json.WriteString("section", gap.Section);
                json.WriteString("label", gap.Label);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>The record as a workbook: the record (section, field, value), then the fields to be completed.</summary>
    public byte[] ToXlsx()
    {
        using var workbook = new XLWorkbook();
        var record = workbook.Worksheets.Add("ATRS record");
        Header(record, ("Section", 34), ("Field", 34), ("Value", 100));
        var row = 2;
        foreach (var (_, section) in Sections)
        {
            foreach (var field in section.Fields)
            {
                Write(record, row++, section.Title, field.Label, field.ToBeCompleted ? ToBeCompletedText : field.Value);
            }
            foreach (var list in section.Lists)
            {
                if (list.Items.Count == 0)
                {
                    Write(record, row++, section.Title, list.Label, ToBeCompletedText);
                }
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var text = string.Join("\n", list.Items[i].Where(f => !f.ToBeCompleted).Select(f => $"{f.Label}: {f.Value}"));
                    Write(record, row++, section.Title, $"{list.Label} ({i + 1} of {list.Items.Count})", text);
                }
            }
        }
        record.SheetView.FreezeRows(1);
        var gaps = workbook.Worksheets.Add("To be completed");
        Header(gaps, ("Section", 34), ("Field", 34), ("Field name in the JSON file", 60));
        row = 2;
        foreach (var gap in ToBeCompleted)
        {
            XlsxWriter.WriteText(gaps.Cell(row, 1), gap.Section);
            XlsxWriter.WriteText(gaps.Cell(row, 2), gap.Label);
            XlsxWriter.WriteText(gaps.Cell(row, 3), gap.Path);
            row++;
        }
        gaps.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteSection(Utf8JsonWriter json, AtrsSection section)
    {
        json.WriteStartObject();
        foreach (var field in section.Fields)
        {
            WriteField(json, field);
        }
        foreach (var list in section.Lists)
        {
            json.WriteStartArray(list.Key);
            foreach (var item in list.Items)
            {
                json.WriteStartObject();
                foreach (var field in item)
                {
                    WriteField(json, field);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, AtrsField field)
    {
        if (field.ToBeCompleted)
        {
            json.WriteNull(field.Key);
        }
        else
        {
            json.WriteString(field.Key, field.Value);
        }
    }

    private static void Header(IXLWorksheet sheet, params (string Text, double Width)[] columns)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            sheet.Column(i + 1).Width = columns[i].Width;
            var cell = sheet.Cell(1, i + 1);
            XlsxWriter.WriteText(cell, columns[i].Text);
            cell.Style.Font.Bold = true;
        }
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    private static void Write(IXLWorksheet sheet, int row, string section, string label, string? value)
    {
        XlsxWriter.WriteText(sheet.Cell(row, 1), section);
        XlsxWriter.WriteText(sheet.Cell(row, 2), label);
        XlsxWriter.WriteText(sheet.Cell(row, 3), value);
        sheet.Cell(row, 3).Style.Alignment.WrapText = true;
    }

    /// <summary>The JSON file's name: "atrs-live-facial-recognition-vans.json".</summary>
    public string FileName(string extension)
    {
        var slug = new StringBuilder();
        foreach (var c in SystemName.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }
        var name = string.Join("-", slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return $"atrs-{(name.Length == 0 ? "system" : name[..Math.Min(60, name.Length)])}.{extension}";
    }
}
