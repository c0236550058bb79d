using ClosedXML.Excel;
using LfrGovernance.Core.Foi;
using LfrGovernance.Web.Features.Records;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>The response to a request as a workbook the FOI team can send (issue: FOI casework): a "Response" sheet in
/// the REQUEST | RESPONSE layout with the questions and final answers, then the exemptions, their harm statements and
/// public interest tests, then the caveat; a "Figures" sheet with the data behind each answer; a "Sources" sheet with
/// the records each figure comes from and the instant the register was read. Print-ready: A4, wrapped text, the header
/// row repeated on every page. Every cell is text: nothing a user typed becomes a formula.</summary>
/// <remarks>Built with ClosedXML 0.95.4: column widths are set here, since <c>AdjustToContents</c> needs GDI+.</remarks>
public static class ResponseWorkbook
{
    public const string Caveat = "The figures in this response are recorded locally by the force for its own purposes. They are not comparable "
        + "with figures from other forces, whose recording practices differ, and should not be used to compare forces.";

    public sealed record Question(FoiQuestion Record, IReadOnlyList<FoiExemption> Exemptions, StoredAnswer? Stored);

    public sealed record Document(FoiRequest Request, IReadOnlyList<Question> Questions, DateTime BuiltAtUtc);

    public static byte[] Build(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var workbook = new XLWorkbook();
        WriteResponse(workbook.Worksheets.Add("Response"), document);
        WriteFigures(workbook.Worksheets.Add("Figures"), document);
        WriteSources(workbook.Worksheets.Add("Sources"), document);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteResponse(IXLWorksheet sheet, Document document)
    {
        Columns(sheet, 60, 90);
        var row = Header(sheet, "REQUEST", "RESPONSE");
        foreach (var question in document.Questions)
        {
            var notice = FoiExemptionRules.RefusalNotice(question.Exemptions);
            var answer = question.Record.IsFinal ? question.Record.Answer ?? string.Empty : "(No final answer yet)";
            var response = string.Join(Environment.NewLine + Environment.NewLine, new[] { answer, notice }.Where(t => t.Length > 0));
            Row(sheet, ++row, $"{question.Record.Number}. {question.Record.Text}", response);
        }
        var exemptions = document.Questions.SelectMany(q => q.Exemptions.Where(e => !e.IsRetired).Select(e => (q.Record.Number, Exemption: e))).ToList();
        if (exemptions.Count > 0)
        {
            row += 2;
            Title(sheet, row, "Exemptions");
            Row(sheet, ++row, "Question and section", "Exemption, and whether the force neither confirms nor denies", bold: true);
            foreach (var (number, e) in exemptions)
            {
                Row(sheet, ++row, $"{number}: {e.Section}",
                    $"{FoiExemptionSections.Find(e.Section)?.Title ?? e.Section}{(e.NeitherConfirmNorDeny ? " (neither confirm nor deny)" : "")}");
            }
            row += 2;
            Title(sheet, row, "Harm statements");
            Row(sheet, ++row, "Question and section", "Harm statement", bold: true);
            foreach (var (number, e) in exemptions.Where(x => !string.IsNullOrWhiteSpace(x.Exemption.HarmStatement)))
            {
                Row(sheet, ++row, $"{number}: {e.Section}", e.HarmStatement);
            }
            var tested = exemptions.Where(x => FoiExemptionSections.Find(x.Exemption.Section)?.Qualified == true).ToList();
            if (tested.Count > 0)
            {
                row += 2;
                Title(sheet, row, "Public interest test");
                foreach (var (number, e) in tested)
                {
                    Row(sheet, ++row, $"{number}: {e.Section}", "Public interest test", bold: true);
                    Row(sheet, ++row, "Factors favouring disclosure", e.FactorsFavouringDisclosure);
                    Row(sheet, ++row, "Factors against disclosure", e.FactorsAgainstDisclosure);
                    Row(sheet, ++row, "Balance and decision", e.Balance);
                }
            }
        }
        row += 2;
        Title(sheet, row, "Caveat");
        Row(sheet, ++row, "Figures", Caveat);
        Print(sheet, XLPageOrientation.Portrait);
    }

    private static void WriteFigures(IXLWorksheet sheet, Document document)
    {
        Columns(sheet, 10, 40, 50, 30, 12, 28);
        var row = Header(sheet, "Question", "Catalogue question", "Figure", "Value", "Records", "Register read");
        foreach (var question in document.Questions.Where(q => q.Stored is not null))
        {
            foreach (var figure in question.Stored!.Figures)
            {
                row++;
                Cells(sheet, row, question.Record.Number, question.Record.CatalogueKey, figure.Label, figure.Value,
                    figure.Sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ReadAt(question.Record));
            }
        }
        Print(sheet, XLPageOrientation.Landscape);
    }

    private static void WriteSources(IXLWorksheet sheet, Document document)
    {
        Columns(sheet, 10, 40, 24, 40, 38, 52, 10, 28);
        var row = Header(sheet, "Question", "Figure", "Record type", "Reference", "Record id", "Link in the register", "Version", "Register read");
        foreach (var question in document.Questions.Where(q => q.Stored is not null))
        {
            foreach (var figure in question.Stored!.Figures)
            {
                foreach (var source in figure.Sources)
                {
                    row++;
                    Cells(sheet, row, question.Record.Number, figure.Label, source.RecordType, source.Reference, source.Id.ToString(),
                        RecordLinksController.PathOf(source.RecordType, source.Id), source.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ReadAt(question.Record));
                }
            }
        }
        Print(sheet, XLPageOrientation.Landscape);
    }

    /// <summary>When the register was read for the answer: as at an instant, or as it was when the draft was generated.</summary>
    private static string ReadAt(FoiQuestion question) => question.GeneratedAsAt is { } asAt
        ? $"As at {UkTime.Format(asAt)} ({UkTime.ZoneName})"
        : question.GeneratedAt is { } at ? $"At {UkTime.Format(at)} ({UkTime.ZoneName})" : string.Empty;

    private static void Columns(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
            sheet.Column(i + 1).Style.Alignment.WrapText = true;
            sheet.Column(i + 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }
    }

    private static int Header(IXLWorksheet sheet, params string[] headers)
    {
        Cells(sheet, 1, headers);
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        return 1;
    }

    private static void Title(IXLWorksheet sheet, int row, string title)
    {
        XlsxWriter.WriteText(sheet.Cell(row, 1), title);
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 1).Style.Font.FontSize = 13;
    }

    private static void Row(IXLWorksheet sheet, int row, string? left, string? right, bool bold = false)
    {
        Cells(sheet, row, left, right);
        if (bold)
        {
            sheet.Range(row, 1, row, 2).Style.Font.Bold = true;
        }
    }

    private static void Cells(IXLWorksheet sheet, int row, params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var cell = sheet.Cell(row, i + 1);
            XlsxWriter.WriteText(cell, values[i]);
            cell.Style.Alignment.WrapText = true;
        }
    }

    private static void Print(IXLWorksheet sheet, XLPageOrientation orientation)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = orientation;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }
}
