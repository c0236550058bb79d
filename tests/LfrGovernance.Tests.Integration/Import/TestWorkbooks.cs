using System.IO.Compression;
using System.Text;
using LfrGovernance.Web.Features.Import;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>Workbooks and not-quite-workbooks for the import tests, built here.</summary>
public static class TestWorkbooks
{
    /// <summary>A workbook in the template's layout with these organisation rows (name, kind, contact).</summary>
    public static byte[] Organisations(params string?[][] rows) =>
        ImportWorkbookWriter.Write([ImportSheetContent.InMemory(new TestOrganisationsSheet(), rows)]);

    /// <summary>A plain workbook with one sheet: headings in row 1 and data from row 2 (no notes row).</summary>
    public static byte[] Plain(string sheet, params object?[][] rows)
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook();
        var worksheet = workbook.Worksheets.Add(sheet);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = worksheet.Cell(r + 1, c + 1);
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case DateTime date:
                        cell.SetValue(date);
                        break;
                    case double number:
                        cell.SetValue(number);
                        break;
                    case bool flag:
                        cell.SetValue(flag);
                        break;
                    case var other:
                        cell.SetValue(other.ToString());
                        break;
                }
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Changes a workbook's entries: <paramref name="change"/> gets the archive opened for update.</summary>
    public static byte[] Rewrite(byte[] workbook, Action<ZipArchive> change)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(change);
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(archive);
        }
        return stream.ToArray();
    }

    public static void Replace(ZipArchive archive, string name, string content)
    {
        archive.GetEntry(name)?.Delete();
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    public static string Read(byte[] workbook, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>An OLE compound file as Excel writes a password-protected workbook: the signature, and a directory
    /// naming the EncryptedPackage stream (in UTF-16).</summary>
    public static byte[] PasswordProtected()
    {
        var content = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(content, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(content, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(content, 1152);
        return content;
    }

    /// <summary>An OLE compound file without encryption: an old .xls.</summary>
    public static byte[] OldExcel()
    {
        var content = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(content, 0);
        Encoding.Unicode.GetBytes("Workbook").CopyTo(content, 1024);
        return content;
    }
}
